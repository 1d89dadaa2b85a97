"""Full-text search on folded columns: every word of the query (accents and case ignored) must occur
as a whole syllable ("an" does not find "ban" or "toàn"); the last one may be the start of a syllable,
so a search typed halfway ("tuyen tr") still finds "tuyên truyền".

The folded columns (`Plan.folded_title`, `Task.search_text`, `Agency.folded_name`) are written on
save with `cchc.importer.text.fold`, so the same query works on SQLite and PostgreSQL.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from django.db.models import Q

from cchc.importer.text import fold

from .models import Agency, Plan, Task

LIMIT = 100


@dataclass
class SearchResults:
    plans: list[Plan]
    tasks: list[Task]
    agencies: list[Agency]

    @property
    def total(self) -> int:
        return len(self.plans) + len(self.tasks) + len(self.agencies)


def query_words(query: str) -> list[str]:
    return [w for w in re.split(r"[\s,;]+", fold(query)) if w][:10]


def _all_words(column: str, words: list[str]) -> Q:
    condition = Q()
    for i, word in enumerate(words):
        # the plain `contains` test runs first and spares most rows the pattern (a Python call per row
        # on SQLite), which asks for a syllable boundary before the word, and after it unless it is the last
        end = "" if i == len(words) - 1 else "([^a-z0-9]|$)"
        condition &= Q(**{f"{column}__contains": word}) & Q(**{f"{column}__regex": f"(^|[^a-z0-9]){re.escape(word)}{end}"})
    return condition


def search(query: str) -> SearchResults:
    words = query_words(query)
    if not words:
        return SearchResults([], [], [])
    plans = Plan.objects.filter(_all_words("folded_title", words)).select_related("province")[:LIMIT]
    tasks = (Task.objects.filter(_all_words("search_text", words), is_active=True)
             .select_related("plan", "area").order_by("plan", "position")[:LIMIT])
    agency_match = _all_words("folded_name", words)
    agencies = Agency.objects.filter(agency_match).select_related("province")[:LIMIT]
    return SearchResults(list(plans), list(tasks), list(agencies))
