"""All pages of a file, read by several Tesseract processes at once, in page order.

Tesseract runs single-threaded (see `engine`), so one page per core is the fast way through
a long scan. Pages are decoded in this thread (pdfium is not thread-safe) and only a few
are in flight at a time, so a 200-page scan never sits in memory whole.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

from .engine import OcrClock, OcrSettings
from .page import PageText, read_page
from .pages import PageImage

MAX_WORKERS = 4


def default_workers() -> int:
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1))


def read_pages(pages: Iterable[PageImage], settings: OcrSettings, clock: OcrClock | None = None,
               workers: int | None = None, on_page: Callable[[], None] | None = None) -> list[PageText]:
    """OCR every page; `on_page` is called once per finished page (for progress bars)."""
    workers = workers or default_workers()
    results = []
    for result in _ordered_map(lambda page: read_page(page, settings, clock), pages, workers):
        results.append(result)
        if on_page is not None:
            on_page()
    return results


def _ordered_map(function, items: Iterable, workers: int) -> Iterator:
    if workers == 1:
        yield from map(function, items)
        return
    in_flight: deque[Future] = deque()
    with ThreadPoolExecutor(max_workers=workers) as executor:
        try:
            for item in items:
                in_flight.append(executor.submit(function, item))
                if len(in_flight) >= workers:
                    yield in_flight.popleft().result()
            while in_flight:
                yield in_flight.popleft().result()
        finally:
            for future in in_flight:  # an error on one page: do not start the rest
                future.cancel()
