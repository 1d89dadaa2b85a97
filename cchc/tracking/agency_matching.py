"""Finding the agency a plan means by a name as written ("Sở TT&TT", "UBND cấp huyện").

Read-only: looks in the database (names and aliases, accent-insensitive), then in the importer's
agency registry (`cchc.importer.fields.agencies.AgencyRegistry`, when present). Creating agencies is
left to `actions.create_agency`.
"""
from __future__ import annotations

import functools
import logging
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from cchc.importer.text import fold, fold_words

from .models import Agency, AgencyKind, Province

log = logging.getLogger(__name__)

REGISTRY_MIN_SCORE = 85
DATABASE_MIN_SCORE = 92


@dataclass
class RegistryMatch:
    key: str
    name: str
    kind: str
    score: float


@dataclass
class Suggestion:
    """What the review screen proposes for one name: an existing agency or a new one."""

    name: str
    agency: Agency | None
    new_name: str
    kind: str
    members_kind: str
    key: str = ""


# Collectives: a name for a whole tier of agencies, and which tier it is (folded prefixes).
_COLLECTIVE_PREFIXES = [
    (("cac so", "so, ban", "so ban nganh", "cac co quan chuyen mon", "cac co quan, don vi",
      "cac co quan don vi", "co quan chuyen mon cap tinh"), AgencyKind.DEPARTMENT),
    (("ubnd cap huyen", "ubnd cac huyen", "uy ban nhan dan cap huyen", "uy ban nhan dan cac huyen",
      "cap huyen"), AgencyKind.DISTRICT),
    (("ubnd cap xa", "ubnd cac xa", "uy ban nhan dan cap xa", "uy ban nhan dan cac xa", "cap xa"),
     AgencyKind.COMMUNE),
]
_SINGLE_PREFIXES = [
    (("van phong ubnd tinh", "van phong uy ban nhan dan tinh", "ubnd tinh", "uy ban nhan dan tinh"),
     AgencyKind.PEOPLES_COMMITTEE),
    (("so ", "ban dan toc", "ban quan ly", "thanh tra tinh", "cong an tinh", "bo chi huy"),
     AgencyKind.DEPARTMENT),
    (("ubnd huyen", "ubnd thanh pho", "ubnd thi xa", "uy ban nhan dan huyen", "uy ban nhan dan thanh pho",
      "uy ban nhan dan thi xa"), AgencyKind.DISTRICT),
    (("ubnd xa", "ubnd phuong", "ubnd thi tran", "uy ban nhan dan xa", "uy ban nhan dan phuong"),
     AgencyKind.COMMUNE),
]
_REGISTRY_KINDS = {
    "province": AgencyKind.PEOPLES_COMMITTEE, "peoples_committee": AgencyKind.PEOPLES_COMMITTEE,
    "department": AgencyKind.DEPARTMENT, "office": AgencyKind.DEPARTMENT, "district": AgencyKind.DISTRICT,
    "commune": AgencyKind.COMMUNE, "collective": AgencyKind.COLLECTIVE, "group": AgencyKind.COLLECTIVE,
}


def classify_name(name: str) -> tuple[str, str]:
    """(kind, members_kind) guessed from the wording of an agency name."""
    folded = fold_words(name.replace("&", " va "))
    raw = fold(name)
    for prefixes, tier in _COLLECTIVE_PREFIXES:
        if any(raw.startswith(p) or folded.startswith(p) for p in prefixes):
            return AgencyKind.COLLECTIVE, tier
    for prefixes, kind in _SINGLE_PREFIXES:
        if any(raw.startswith(p) or folded.startswith(p) for p in prefixes):
            return kind, ""
    return AgencyKind.OTHER, ""


@functools.lru_cache(maxsize=1)
def _registry():
    try:
        from cchc.importer.fields.agencies import AgencyRegistry
    except ImportError:
        return None
    try:
        return AgencyRegistry.default()
    except Exception:  # registry data missing or broken: matching falls back to the database
        log.warning("agency registry unavailable", exc_info=True)
        return None


def registry_match(name: str) -> RegistryMatch | None:
    registry = _registry()
    if registry is None:
        return None
    try:
        found = registry.match(name)
    except Exception:
        log.warning("agency registry failed on %r", name, exc_info=True)
        return None
    if not found:
        return None
    get = (lambda k: found.get(k)) if isinstance(found, dict) else (lambda k: getattr(found, k, None))
    score = float(get("score") or 0)
    if score <= 1:
        score *= 100
    if score < REGISTRY_MIN_SCORE or not get("name"):
        return None
    return RegistryMatch(key=str(get("key") or ""), name=str(get("name")), kind=str(get("kind") or ""),
                         score=score)


def registry_kind(kind: str) -> str:
    return _REGISTRY_KINDS.get(kind.lower(), "") if kind else ""


def province_agencies(province: Province | None):
    return Agency.objects.filter(province=province) if province else Agency.objects.filter(province__isnull=True)


def find_in_database(name: str, province: Province | None) -> Agency | None:
    """An agency of `province` whose name or an alias is `name` (accent-insensitive, near-exact)."""
    target = fold_words(name)
    if not target:
        return None
    choices: dict[str, Agency] = {}
    for agency in province_agencies(province):
        for written in agency.all_names():
            choices.setdefault(fold_words(written), agency)
    if target in choices:
        return choices[target].current()
    best = process.extractOne(target, list(choices), scorer=fuzz.ratio, score_cutoff=DATABASE_MIN_SCORE)
    return choices[best[0]].current() if best else None


def find_by_key(key: str, province: Province | None) -> Agency | None:
    if not key:
        return None
    agency = province_agencies(province).filter(key=key).first()
    return agency.current() if agency else None


def suggest(name: str, province: Province | None) -> Suggestion:
    """The agency `name` most likely means, or the agency to create for it."""
    kind, members_kind = classify_name(name)
    existing = find_in_database(name, province)
    if existing:
        return Suggestion(name, existing, existing.name, existing.kind, existing.members_kind, existing.key)
    match = registry_match(name)
    if match:
        existing = find_by_key(match.key, province) or find_in_database(match.name, province)
        if kind != AgencyKind.COLLECTIVE:
            kind = registry_kind(match.kind) or kind
        return Suggestion(name, existing, match.name, kind, members_kind, match.key)
    return Suggestion(name, None, name, kind, members_kind)


@dataclass
class RegistrySuccession:
    """What the registry says happened to an agency: its remit passed to `name` in `year`."""

    key: str
    name: str
    year: int
    agency: Agency | None  # the successor in the same province, if already in the database


def registry_succession(agency: Agency, year: int) -> RegistrySuccession | None:
    """The reorganisation the registry records for `agency` (by its key), up to `year`; None if none."""
    registry = _registry()
    entries = getattr(registry, "agencies", None)
    if not agency.key or not entries or agency.key not in entries:
        return None
    entry = entries[agency.key]
    if not getattr(entry, "successor", None) or not entry.successor_year or entry.successor_year > year:
        return None
    successor = registry.current(agency.key, year)
    in_database = find_by_key(successor.key, agency.province) or find_in_database(successor.name, agency.province)
    return RegistrySuccession(successor.key, successor.name, entry.successor_year, in_database)
