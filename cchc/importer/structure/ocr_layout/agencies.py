"""Agency cells snapped to the agency registry: the names kept, the words of other cells dropped.

Rebuilt agency cells of an OCR'd table carry words of the neighbouring columns ("Sở Tư pháp st",
"Sở Nội vụ hoạch") and debris. The registry knows the agencies and collectives plans name, so a
cell is read as the longest runs of its words that the registry recognises (accent- and
typo-insensitive, `AgencyRegistry.match`), kept as written; a cell in which no run is recognised
is left as it is, since it may name an agency the registry does not know.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from ...fields.agencies import split_agencies
from ...fields.agency_registry import AgencyMatch, AgencyRegistry, normalize
from .folding import fold_words
from .model import join_fragments
from .vocabulary import _agency_share, continues

_MAX_NAME_WORDS = 10  # "Các đơn vị sự nghiệp công lập thuộc tỉnh, thuộc huyện"
_MIN_SCORE = 90.0
_PATTERN_SCORE = 95.0  # registry patterns ("Báo ...") match loosely: trusted only for a whole item
# folded first words of the names and collectives the registry holds
_NAME_START = re.compile(
    r"^(so|ubnd|uy|van|vp|vpubnd|cac|co|don|dai|bao|cong|ban|trung|thanh|kho|cuc|chi|bo|hoi|lien|tinh|buu|"
    r"hdnd|ubmttq|bhxh|thue|truong|doan|tt)$")
_TRAILING = ".,;:-"
_ISSUING = re.compile(r"(ban hanh|phe duyet)\b")
_AGENCY_FRAGMENT = 0.5  # share of agency words from which a fragment is part of the agency cell


def _registry() -> AgencyRegistry:
    return AgencyRegistry.default()


@lru_cache(maxsize=8192)
def match_agency(name: str) -> AgencyMatch | None:
    """`AgencyRegistry.match`, memoised: runs of a table are matched many times over."""
    return _registry().match(name)


@lru_cache(maxsize=1)
def _written_forms() -> dict[str, list[str]]:
    """Each registry agency's name and aliases as plans write them, by agency key."""
    return {key: [agency.name, *agency.aliases] for key, agency in _registry().agencies.items()}


@lru_cache(maxsize=None)
def _normalized_forms(key: str) -> frozenset[str]:
    return frozenset(normalize(form) for form in _written_forms()[key])


def agency_names(cell: str, patterns: bool = True) -> list[str]:
    """The runs of a cell's words that name registry agencies, in order, as written.

    `patterns=False` leaves out names only the registry's loose patterns recognise ("Báo ...").
    """
    words = cell.split()
    folded = [fold_words(w) for w in words]
    names: list[str] = []
    i = 0
    while i < len(words):
        found = _longest_name(words, folded, i, patterns) if _NAME_START.match(folded[i]) else None
        if found:
            end, name = found
            names.append(name)
            i = end
        else:
            i += 1
    return names


def _longest_name(words: list[str], folded: list[str], start: int,
                  patterns: bool = True) -> tuple[int, str] | None:
    """(end, name) of the longest run from `start` that the registry recognises; None if none.

    A run written exactly as one of an agency's forms wins over a longer one the registry only
    reaches by dropping a province tail ("UBND tỉnh ban hành" is "UBND tỉnh" and another cell's
    words) or by typo tolerance ("Sở Khoa học và Công nghệ, Sở"); a run never crosses a ";" (the
    end of a list item). A typo match is written as the closest of the agency's own forms
    (restoration slips: "Sở, ban, ngân" is "Sở, ban, ngành").
    """
    last = next((k + 1 for k in range(start, len(words)) if words[k].endswith(";")), len(words))
    fallback = None
    for end in range(min(last, start + _MAX_NAME_WORDS), start, -1):
        if not folded[end - 1]:
            continue
        run = " ".join(words[start:end]).strip(_TRAILING + " ")
        found = match_agency(run)
        if found is None or found.score < _MIN_SCORE:
            continue
        if found.score == 100.0 and normalize(run) in _normalized_forms(found.key):
            return end, run
        whole_item = end == len(words) or words[end - 1].endswith((",", ";"))
        if fallback is None and (found.score != _PATTERN_SCORE or whole_item and patterns):
            fallback = end, run if found.score == _PATTERN_SCORE else _closest_form(run, found.key)
    return fallback


def _closest_form(run: str, key: str) -> str:
    folded = fold_words(run)
    return max(_written_forms()[key], key=lambda form: fuzz.ratio(fold_words(form), folded))


def leading_name(text: str) -> tuple[str, str] | None:
    """(name, rest) when `text` starts with a registry agency name: "Sở Tài chính tỉnh; UBND cấp" ->
    ("Sở Tài chính", "tỉnh; UBND cấp"); None otherwise."""
    words = text.split()
    folded = [fold_words(w) for w in words]
    found = _longest_name(words, folded, 0) if words and _NAME_START.match(folded[0]) else None
    if not found:
        return None
    return " ".join(words[:found[0]]), " ".join(words[found[0]:])


def opens_agency_run(text: str, title: str) -> bool:
    """A run that opens with an agency cell and does not go on with the task text above it.

    On a line inside a task text, an agency cell whose task-text line OCR lost ("Sở Tài chính
    tỉnh; UBND cấp" between two lines of the task text). Task texts name agencies too ("100% UBND
    cấp huyện có bộ phận ..."), so the run must start (after at most one word of debris) with a
    department or list agencies with ";".
    """
    words = text.split()
    folded = [fold_words(w) for w in words]
    if _agency_share(text) < _AGENCY_FRAGMENT or continues(title, text) > 0:
        return False
    for start in range(min(2, len(words))):
        if not (words[start][:1].isupper() and _NAME_START.match(folded[start])):
            continue
        found = _longest_name(words, folded, start)
        if found and (";" in text or match_agency(found[1]).kind == "department"):
            return True
    return False


def snap_agency_cell(cell: str) -> str:
    """A rebuilt agency cell reduced to the registry names it holds ("; "-separated); unchanged if none.

    The cell is first read as a list (`split_agencies`), so that "Các sở: Tư pháp; Tài chính" gives
    "Sở Tư pháp" and "Sở Tài chính" before the items are matched. An agency named twice (a line
    OCR printed twice, "UBND cấp xã; UBND cấp Xã") is kept once.
    """
    names = [name for item in split_agencies(cell) for name in agency_names(item)]
    if not names:
        return cell
    by_agency: dict[str, str] = {}
    for name in names:
        by_agency.setdefault(agency_key(name), name)
    return "; ".join(by_agency.values())


def agency_key(name: str) -> str:
    """The registry key of the agency `name` names; the name itself if it names none."""
    found = match_agency(name)
    return found.key if found else name


def snap_agency_fragments(fragments: list[str]) -> str:
    """An agency cell from its line fragments: other cells' fragments and words dropped, then snapped.

    A fragment or a word of other cells that adds nothing the registry recognises ("Do bị số
    lượng" between "Sở, ban, ngành" and "tỉnh; UBND cấp", "hằng năm;" glued after a name) would
    otherwise split a name in two; a line of a product cell names no agency of the cell. A cell in
    which the registry recognises nothing is left whole.
    """
    fragments = [f for f in fragments if not _product_line(f)]
    if _covered(fragments) == 0:
        return join_fragments(fragments)
    words = join_fragments(_without_debris(fragments)).split()
    return snap_agency_cell(" ".join(_without_debris(words)))


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """Words of the registry's names as written (accents kept: "sở" is one, "số" is not)."""
    return frozenset(word.strip(_TRAILING + "()").lower() for forms in _written_forms().values()
                     for form in forms for word in form.split())


def _agency_part(part: str) -> bool:
    """A fragment mostly of agency words, or an agency word as the registry writes it ("số" is not)."""
    if " " not in part.strip() and part.strip(_TRAILING + "()").lower() not in _name_words():
        return False
    return _agency_share(part) >= _AGENCY_FRAGMENT


def _without_debris(parts: list[str]) -> list[str]:
    """The parts (fragments or words) left once those that only separate registry names are dropped.

    Only parts between two parts with agency words can separate names; the rest goes at snapping.
    """
    agency = [k for k, part in enumerate(parts) if _agency_part(part)]
    if len(agency) < 2:
        return parts
    kept = parts[:agency[0] + 1]
    current = _covered(parts)  # of kept + the parts not yet decided
    for k in range(agency[0] + 1, agency[-1]):
        part, rest = parts[k], parts[k + 1:]
        if k not in agency:
            without = _covered(kept + rest)
            if without >= current:
                current = without
                continue
        kept.append(part)
    return kept + parts[agency[-1]:]


def _product_line(fragment: str) -> bool:
    """A line of a product cell: a name and its issuing verb ("UBND tỉnh ban hành" of "Quyết định của
    UBND tỉnh ban hành Kế hoạch ...")."""
    split = leading_name(fragment)
    return split is not None and bool(_ISSUING.match(fold_words(split[1])))


def _covered(fragments: list[str]) -> int:
    return registry_words(join_fragments(fragments))


@lru_cache(maxsize=1 << 14)
def registry_words(cell: str) -> int:
    """Words of the registry names read in a cell (a plural list "Các sở: Tư pháp; ..." read as a list).

    It decides which words go together, so loose pattern matches do not count: dropping "cáo" from
    "Báo cáo kết quả" must not make a newspaper of it.
    """
    items = split_agencies(cell) if ":" in cell else [cell]
    return sum(len(name.split()) for item in items for name in agency_names(item, patterns=False))


def reads_more_together(before: str, after: str) -> bool:
    """`after` goes on with the name `before` ends with ("Sở Thông tin và" + "Truyền thông"): read
    together, the registry recognises more words of names than in each apart."""
    return registry_words(f"{before} {after}") > registry_words(before) + registry_words(after)
