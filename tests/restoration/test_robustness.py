"""No input breaks the restorer, and it never adds or drops lines."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cchc.restoration import is_damaged, restore_line, restore_text

_NUMBERS = re.compile(r"(?<![\w&¢€§©'])\d+(?![\w&¢€§©'])")  # numbers not glued to letters
_ALPHABET = st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĐÔƯáàảãạéệóộợúừỳ &¢€§©'0123456789/-.,;:()|\n\t"))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=120) | st.text(max_size=60))
def test_any_text_restores_with_the_same_lines(text):
    restored = restore_text(text)
    assert restored.count("\n") == text.count("\n")
    assert isinstance(is_damaged(text.split("\n")[0]), bool)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_restore_line_keeps_numbers_and_line_breaks(text):
    restored = restore_line(text)
    assert restored.count("\n") == text.count("\n")
    assert _NUMBERS.findall(restored) == _NUMBERS.findall(text)
