"""Accent folding, memoised: rebuilding a table folds the same lines, runs and words many times over."""
from __future__ import annotations

from functools import lru_cache

from ... import text

_SIZE = 1 << 16  # distinct strings of a long plan's table, with room to spare

fold = lru_cache(maxsize=_SIZE)(text.fold)
fold_words = lru_cache(maxsize=_SIZE)(text.fold_words)
