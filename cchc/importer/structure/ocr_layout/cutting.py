"""Cutting runs where two cells' words were glued together (task text, agency names, cell tails)."""
from __future__ import annotations

import re

from .agencies import match_agency, reads_more_together, registry_words
from .folding import fold_words
from .model import AGENCY_COLUMNS, COORDINATING, DEADLINE, LEAD, OUTPUTS, TITLE, _ITEM_START
from .tokens import _TITLE_WIDTH
from .vocabulary import (_AGENCY_START, _OUTPUT_START, _TERMINAL, _agency_share, _bigram_evidence, _task_text,
                         column_scores, continues, ends_unfinished)


_DEFAULT_TITLE_WIDTH = 35


def _title_width(lines: list[list[str]]) -> int:
    """Width of the task-text column in characters: what its fragments reach on most lines."""
    lengths = sorted(len(parts[0]) for parts in lines if parts)
    if len(lengths) < 3:
        return _DEFAULT_TITLE_WIDTH
    return lengths[len(lengths) * 3 // 4]


def _join_title_segments(text: str, parts: list[str], width: int) -> list[str]:
    """Segments that junk cut out of the task text: they lie within the column's width on the line."""
    position, keep = 0, 1
    for k, part in enumerate(parts):
        start = text.find(part, position)
        if start < 0:
            break
        position = start + len(part)
        if k == 0:
            continue
        if position > width + 3 or not _task_text([part]) or _AGENCY_START.match(fold_words(part)):
            break
        keep = k + 1
    return [" ".join(parts[:keep])] + parts[keep:]


_TAIL_MIN_RUN = 8  # characters of another cell's text before a glued agency word ("tương đương huyện")
_ITEM_END = re.compile(r"[.;,)]$")  # an agency cell that ended its item, list or parenthesis


def split_agency_tail(part: str, context: dict[str, str]) -> list[str]:
    """The last word of an agency cell glued inside another cell's run: "... cạnh tranh huyện xét
    thăng hạng" where "huyện" ends "UBND cấp" of the line above.

    A word that follows an unfinished agency cell far better than it follows its neighbour in the
    run is cut out (on its own, with what follows it as another segment).
    """
    cells = [context[c] for c in AGENCY_COLUMNS if context.get(c) and not _ITEM_END.search(context[c])]
    words = part.split()
    if not cells or len(words) < 3 or _agency_share(part) > 0.5:
        return [part]
    for k in range(2, len(words)):
        word = words[k].strip(".,;:")
        if word[:1].isupper() or len(" ".join(words[:k])) < _TAIL_MIN_RUN:
            continue
        if any(continues(cell, word) >= 1.5 for cell in cells) and continues(" ".join(words[:k]), word) == 0:
            rest = " ".join(words[k + 1:])
            return [" ".join(words[:k]), words[k]] + ([rest] if rest else [])
    return [part]


def split_cell_tail(part: str, context: dict[str, str]) -> list[str]:
    """The last word of another cell glued to the end of an agency run: "Cơ quan, đơn vị liên quan
    hiện" where "hiện" ends "Báo cáo kết quả thực" of the line above (the mirror of
    `split_agency_tail`).

    Cut off when it follows an unfinished cell of a column right of the agency columns far better
    than it follows the agency words.
    """
    words = part.split()
    if len(words) < 3:
        return [part]
    head, last = " ".join(words[:-1]), words[-1].strip(".,;:")
    if not last or last[:1].isupper() or _agency_share(head) < 0.5:
        return [part]
    cells = [text for column, text in context.items()
             if column not in (TITLE, LEAD, COORDINATING) and text and not _TERMINAL.search(text)]
    if any(continues(cell, last) >= 1.5 for cell in cells) and continues(head, last) == 0:
        return [head, words[-1]]
    return [part]


def split_agency_product(part: str) -> list[str]:
    """An agency cell glued to the product cell beside it: "tỉnh; UBND cấp Báo cáo kết quả thực".

    Cut before the first capitalised word, after at least two words that read as agency words,
    from which the run reads as the opening of a product ("Báo cáo", "Kế hoạch", "Quyết định").
    """
    words = part.split()
    for k in range(2, len(words) - 1):
        rest = " ".join(words[k:])
        if words[k][:1].isupper() and _OUTPUT_START.match(fold_words(rest)) and \
                _agency_share(" ".join(words[:k])) >= 0.5:
            return [" ".join(words[:k]), rest]
    return [part]


def split_listed_name(part: str, context: dict[str, str]) -> list[str]:
    """The next item of an agency list glued after another cell's words: "một cửa điện tử liên thd UBND
    cấp xã" below a coordinating cell ending "Truyền thông;".

    An agency cell of the lines above that ends in ";" goes on with another name; a run that ends in a
    whole registry name (capitalised, after at least two other words that do not lead into it, as
    "trình UBND tỉnh" or "của UBND tỉnh" do) gives it that name.
    """
    if not any(context.get(c, "").rstrip().endswith(";") for c in AGENCY_COLUMNS):
        return [part]
    words = part.split()
    for k in range(2, len(words) - 1):
        tail = " ".join(words[k:])
        if words[k][:1].isupper() and _AGENCY_START.match(fold_words(tail)) and \
                registry_words(tail) == len(fold_words(tail).split()) and not _leads_into(words[k - 1], words[k]):
            return [" ".join(words[:k]), tail]
    return [part]


def _leads_into(word: str, name: str) -> bool:
    """Syllable-bigram evidence that `word` is followed by the name in running text."""
    last, first = word.strip(".,;:()").lower(), name.strip(".,;:()").lower()
    return bool(last and first) and _bigram_evidence(last, first) > 0


def split_agency_run(part: str, context: dict[str, str]) -> list[str]:
    """An agency name glued to the next column's words: "Sở Nội vụ tỉnh; UBND cấp" where "tỉnh; UBND
    cấp" goes on with "Sở, ban, ngành" that the next column printed on the line above.

    Cut after the shortest leading run that names a known agency when the rest reads as the next
    words of an agency cell of the lines above (by syllable bigrams, or because together they make
    a longer registry name: "UBND cấp huyện Truyền thông;" under "Sở Thông tin và"), or when another
    agency name follows it with no list mark between ("Sở, ban, ngành Sở Nội vụ phối": two cells
    side by side). One lower-case word of debris before the name ("số Sở Nội vụ ...") is cut off
    with it.
    """
    words = part.split()
    debris = len(words) > 3 and words[0][:1].islower() and words[1][:1].isupper() and \
        _AGENCY_START.match(fold_words(" ".join(words[1:])))
    if debris:
        cut = split_agency_run(" ".join(words[1:]), context)
        return [part] if len(cut) == 1 else [words[0]] + cut
    if len(words) < 3 or not _AGENCY_START.match(fold_words(part)):
        return [part]
    open_cells = [context[c] for c in AGENCY_COLUMNS if context.get(c)]
    for n in range(2, len(words)):
        head = " ".join(words[:n])
        found = match_agency(head.rstrip(",;"))
        if not found or found.score < 95:
            continue
        rest = " ".join(words[n:])
        beside = rest[:1].isupper() and not head.endswith((",", ";")) and _AGENCY_START.match(fold_words(rest))
        goes_on = rest[:1].islower() and any(_completes(cell, rest) or continues(cell, rest) > 0 and
                                             not _ends_with_name(cell) for cell in open_cells)
        finishes = rest[:1].isupper() and any(_completes(cell, rest) for cell in open_cells)
        if beside or goes_on or finishes:
            return [head.rstrip(",;"), rest]
    return [part]


def _ends_with_name(cell: str) -> bool:
    """A cell whose last item is a whole registry name ("...; UBND cấp huyện"): finished, unless the
    registry reads a longer name with the words after it (`_completes`)."""
    last = cell.rsplit(";", 1)[-1].strip()
    return bool(last) and registry_words(last) == len(last.split())


def _completes(cell: str, rest: str) -> bool:
    """`rest` goes on with the agency name the cell ends with: together the registry reads more.

    Names do not cross a ";": only the cell's last item and the rest's first one are read.
    """
    last, first = cell.rsplit(";", 1)[-1].strip(), rest.split(";", 1)[0].strip()
    return bool(last and first) and reads_more_together(last, first)


def _agency_list(head: str, tail: str) -> bool:
    """Capitalised names listed with ";" ("Tài chính; Khoa"), the items of an agency cell, after a word
    that does not lead into a name ("của", "và", "Bộ", "Điều 6", a list going on after ",")."""
    if not tail[:1].isupper() or ";" not in tail or _agency_share(tail) < 0.5:
        return False
    last = head.split()[-1]
    return not (ends_unfinished(head) or last.strip("(")[:1].isupper() or last[-1:] in ",:" or
                last[-1:].isdigit() or _leads_into(last, tail.split()[0]))


def _split_title(parts: list[str]) -> list[str]:
    """A first segment too wide for the task-text column is cut before the next column's first words."""
    if not parts or len(parts[0]) <= _TITLE_WIDTH:
        return parts
    words = parts[0].split()
    best, best_score = None, 0.0
    for k in range(2, len(words)):
        head = " ".join(words[:k])
        if len(head) < 12 or len(head) > _TITLE_WIDTH + 4:
            continue
        tail = " ".join(words[k:])
        scores = column_scores(tail)
        cue = max(scores[LEAD], scores[DEADLINE], scores[OUTPUTS] - 0.3)
        if _AGENCY_START.match(fold_words(tail)) or _OUTPUT_START.match(fold_words(tail)) or \
                _ITEM_START.match(tail) or _agency_list(head, tail):
            cue += 1.0
        if cue > best_score:
            best, best_score = k, cue
    if best is None or best_score < 2.0:
        return parts
    return [" ".join(words[:best]), " ".join(words[best:])] + parts[1:]
