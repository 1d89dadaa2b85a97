"""Column widths in characters, and fragments that are two cells' lines glued together."""
from __future__ import annotations

import re
from collections import Counter

from ...text import fold
from .model import _Fragment, _Widths, _words
from .vocabulary import _AGENCY_WORDS, _DEADLINE_WORDS, _agency_share, _deadline_share



def _initial_widths(frags: list[_Fragment]) -> _Widths:
    """Narrow-column and content-column widths from line lengths: narrow columns hold most
    lines, the content column the long ones, and few lengths fall in the valley between."""
    sizes = sorted(len(f.text) for f in frags if f.wrapped)
    if len(sizes) < 8:  # the text does not mark wrapped lines: all lines, less sharply
        sizes = sorted(len(f.text) for f in frags if f.text)
    if len(sizes) < 8:
        return _Widths()
    counts = Counter(sizes)
    above = {n: sum(counts[m] for m in range(n + 1, n + 7)) for n in range(8, 31)}
    lowest = min(above.values())
    valley = min(n for n, c in above.items() if c <= lowest + 2)  # its near edge
    upper = [n for n in sizes if n > valley + 6] or sizes[-1:]
    wide = float(upper[int(0.9 * (len(upper) - 1))])
    return _Widths(narrow=float(valley), wide=max(wide, valley * 2.0))


def _split_glued(frags: list[_Fragment], widths: _Widths) -> list[_Fragment]:
    """Split fragments that are two cells' lines glued together (the separating space was
    lost): too wide for any column, or a wrapped line too wide for a narrow column, made
    only of agency and deadline words, yet too short to be a wrapped line of the content
    column (those fill their width). Where to cut is left open: row decoding tries each
    plausible cut, this picks the one it starts from."""
    out = []
    for frag in frags:
        words = frag.text.split()
        cuts = _glued_cuts(frag, words, widths)
        if not cuts:
            out.append(frag)
            continue
        pairs = tuple((" ".join(words[:k]), " ".join(words[k:])) for k in cuts)
        left, right = pairs[0]
        out.append(_Fragment(left, wrapped=True, lineno=frag.lineno, page=frag.page, alternatives=pairs))
        out.append(_Fragment(right, wrapped=frag.wrapped, lineno=frag.lineno, page=frag.page))
    return out


def _glued_cuts(frag: _Fragment, words: list[str], widths: _Widths) -> list[int]:
    """Word indices where `frag` may be two lines glued, the likeliest first."""
    if len(frag.text) > widths.wide * 1.1:  # a content line and a narrow one
        def fits(left: str, right: str) -> bool:
            return _wide_then_narrow(left, right, widths) or _wide_then_narrow(right, left, widths)
        cuts = [k for k in range(1, len(words)) if fits(" ".join(words[:k]), " ".join(words[k:]))]
        return sorted(cuts, key=lambda k: -abs(len(" ".join(words[:k])) - len(" ".join(words[k:]))))
    vocab = all(w in _AGENCY_WORDS or w in _DEADLINE_WORDS or w.isdigit() for w in frag.words)
    if frag.wrapped and widths.narrow + 3 < len(frag.text) < 0.75 * widths.wide and vocab:
        cuts = [k for k in range(1, len(words))
                if max(len(" ".join(words[:k])), len(" ".join(words[k:]))) <= widths.narrow + 1]
        return sorted(cuts, key=lambda k: -k)  # a wrapped line fills its column
    # Short enough for one narrow line, but an agency line runs into a deadline's first word.
    return [k for k in range(1, len(words)) if _DEADLINE_HEAD.match(" ".join(words[k:]))
            and _agency_share(list(_words(" ".join(words[:k])))) >= 0.75]


def _wide_then_narrow(wide: str, narrow: str, widths: _Widths) -> bool:
    return len(wide) <= widths.wide + 2 and len(narrow) <= widths.narrow + 2 and _narrow_like(narrow)


_DEADLINE_HEAD = re.compile(r"^(?:Trong|Thường(?! trực)|Quý|Tháng|Hàng|Định kỳ|Năm)\b")


def _narrow_like(text: str) -> bool:
    words = re.findall(r"[a-z0-9]+", fold(text))
    return max(_agency_share(words), _deadline_share(words)) >= 0.75


