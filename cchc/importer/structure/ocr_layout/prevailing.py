"""What the table's complete cells nearly always write in one place.

Plans repeat the same agency lists row after row: when the complete cells nearly always write the
same name (or level) in a place, an incomplete item in that place is read as it. `heads`, `tails`
and `levels` count what is written where and ask here which value, if any, prevails.
"""
from __future__ import annotations

from collections import Counter

MIN_EVIDENCE = 3  # complete cells that write the value in that place ...
MIN_SHARE = 0.8  # ... and their share of all the values written there


def prevailing(seen: Counter | None, own: int = 0) -> str | None:
    """The value written most often in `seen` when it is written there at least `MIN_EVIDENCE` times
    and makes `MIN_SHARE` of all values written there, `own` of which (the item's own copies) are
    left out of the total; None otherwise."""
    if not seen:
        return None
    value, count = seen.most_common(1)[0]
    if count < MIN_EVIDENCE or count < MIN_SHARE * (sum(seen.values()) - own):
        return None
    return value
