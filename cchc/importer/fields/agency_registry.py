"""The registry of a province's agencies: canonical names, aliases, abbreviations and succession.

Data: `cchc/importer/data/agencies.json`. A name is matched after folding (no accents, case or punctuation),
with common abbreviations spelled out ("UBND" -> "ủy ban nhân dân", "VP" -> "văn phòng", "HĐND", "BCĐ", "CCHC",
"HCC", "PTTH") and compared as written and without spaces ("Sở KH&CN" = "Sở KHCN"). Then the trailing
province name is dropped ("Sở Tư pháp tỉnh Kon Tum"), then per-agency patterns ("Báo Gia Lai" is the provincial
newspaper), then a fuzzy match (rapidfuzz) that tolerates typos but not a different word ("cấp huyện" is
never "cấp xã").
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from collections import Counter
from functools import cache, cached_property, lru_cache
from importlib import resources

from rapidfuzz import fuzz, process

from ..text import clean, fold_words

_EXPANSIONS = {
    "ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "vp": "van phong", "vpubnd": "van phong uy ban nhan dan",
    "vpub": "van phong uy ban nhan dan", "ubmttq": "uy ban mat tran to quoc", "mttq": "mat tran to quoc",
    "ubmttqvn": "uy ban mat tran to quoc viet nam", "bcd": "ban chi dao", "cchc": "cai cach hanh chinh",
    "hcc": "hanh chinh cong", "ptth": "phat thanh truyen hinh", "dbqh": "dai bieu quoc hoi", "ub": "uy ban",
}
ABBREVIATIONS = frozenset(_EXPANSIONS) | {"hđnd", "bcđ", "ubmttqvn", "tt&tt", "kh&đt", "kh&cn", "lđtb&xh", "tn&mt"}
_PROVINCE_TAIL = re.compile(r" (?:tinh|thanh pho|tp)(?: [a-z]+){0,3}$")
_PROVINCE_NAME = re.compile(r" (tinh|thanh pho)(?: [a-z]+){1,3}$")
_FUZZY_CUTOFF = 90
_WORD_CUTOFF = 75


@dataclass(frozen=True)
class AgencyMatch:
    key: str
    name: str
    kind: str  # "department", "district", "commune", "collective", "office", "other"
    score: float


@dataclass(frozen=True)
class Agency:
    key: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    successor: str | None = None
    successor_year: int | None = None
    successor_also: tuple[str, ...] = ()


@lru_cache(maxsize=1 << 14)
def normalize(name: str) -> str:
    """Folded words of an agency name with abbreviations spelled out, parentheses dropped."""
    text = re.sub(r"\([^)]*\)", " ", clean(name))
    return " ".join(_EXPANSIONS.get(word, word) for word in fold_words(text).split())


def _agency(entry: dict) -> Agency:
    successor = entry.get("successor") or {}
    return Agency(entry["key"], entry["name"], entry["kind"], tuple(entry.get("aliases", ())),
                  tuple(entry.get("patterns", ())), successor.get("key"), successor.get("year"),
                  tuple(successor.get("also", ())))


class AgencyRegistry:
    """Look up agency names as plans write them; `default()` loads the bundled data once."""

    def __init__(self, agencies: list[Agency]):
        self.agencies = {a.key: a for a in agencies}
        self._exact: dict[str, Agency] = {}
        self._compact: dict[str, Agency] = {}
        for agency in agencies:
            for written in (agency.name, *agency.aliases):
                self._exact.setdefault(normalize(written), agency)
                self._compact.setdefault(normalize(written).replace(" ", ""), agency)
        self._choices = list(self._exact)
        self._spellings: dict[str, str] = {}   # folded words -> a name as the registry writes it
        for agency in agencies:
            for written in (agency.name, *agency.aliases):
                self._spellings.setdefault(fold_words(written), written)
        self._patterns = [(re.compile(p), a) for a in agencies for p in a.patterns]

    @cached_property
    def word_cases(self) -> dict[str, str]:
        """Each lower-cased word of the registry's names as the names mostly write it inside a name."""
        return word_cases(name for agency in self.agencies.values() for name in (agency.name, *agency.aliases))

    @classmethod
    def from_json(cls, text: str) -> AgencyRegistry:
        return cls([_agency(entry) for entry in json.loads(text)["agencies"]])

    @classmethod
    @cache
    def default(cls) -> AgencyRegistry:
        data = resources.files("cchc.importer.data").joinpath("agencies.json").read_text(encoding="utf-8")
        return cls.from_json(data)

    def match(self, name: str) -> AgencyMatch | None:
        """The registry agency `name` refers to, or None if none is close enough."""
        key = normalize(name or "")
        if not key:
            return None
        # "Sở Tư pháp tỉnh Kon Tum" -> "... tỉnh" -> "Sở Tư pháp"
        province_dropped = _PROVINCE_NAME.sub(r" \1", key)
        for candidate in dict.fromkeys((key, province_dropped, _PROVINCE_TAIL.sub("", key))):
            found = self._exact.get(candidate) or self._compact.get(candidate.replace(" ", ""))
            if found:
                return self._result(found, 100.0)
        for pattern, agency in self._patterns:
            if pattern.search(key):
                return self._result(agency, 95.0)
        return self._fuzzy(key)

    def spelling(self, name: str) -> str | None:
        """A registry name that is `name` word for word but for marks and case ("Sở Nội vu": "Sở Nội vụ")."""
        return self._spellings.get(fold_words(name))

    def _fuzzy(self, key: str) -> AgencyMatch | None:
        best = process.extractOne(key, self._choices, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
        if best is None or not _same_words(key, best[0]):
            return None
        return self._result(self._exact[best[0]], float(best[1]))

    @staticmethod
    def _result(agency: Agency, score: float) -> AgencyMatch:
        return AgencyMatch(agency.key, agency.name, agency.kind, score)

    def current(self, key: str, year: int) -> Agency:
        """The agency holding `key`'s remit in `year`, following reorganisations (e.g. 2025 mergers)."""
        agency = self.agencies[key]
        seen = {key}
        while agency.successor and agency.successor_year and agency.successor_year <= year:
            if agency.successor in seen:
                break
            seen.add(agency.successor)
            agency = self.agencies[agency.successor]
        return agency


def word_cases(names) -> dict[str, str]:
    """Lower-cased word -> its most frequent spelling after a name's first word ("nội" -> "Nội")."""
    seen: Counter = Counter(word for name in names for word in re.findall(r"[^\W\d_]+", name)[1:])
    cases: dict[str, str] = {}
    for word, _ in seen.most_common():
        cases.setdefault(word.lower(), word)
    return cases


def _same_words(left: str, right: str) -> bool:
    """Every word of each side resembles a word of the other: typos pass, swapped words do not."""
    left_words, right_words = left.split(), right.split()
    return all(max(fuzz.ratio(w, o) for o in right_words) >= _WORD_CUTOFF for w in left_words) and \
        all(max(fuzz.ratio(w, o) for o in left_words) >= _WORD_CUTOFF for w in right_words)
