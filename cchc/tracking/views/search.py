"""Accent-insensitive search over plans, tasks and agencies ("so noi vu" finds "Sở Nội vụ")."""
from django.shortcuts import render

from ..search import search
from .access import reader_required


@reader_required
def search_page(request):
    query = (request.GET.get("q") or "").strip()[:200]
    results = search(query) if query else None
    return render(request, "tracking/search.html", {"query": query, "results": results})
