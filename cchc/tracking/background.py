"""Work that outlives its request: parsing a slow plan document (a scan read by OCR) in a thread.

One small pool of worker threads per server process. The upload request waits a few seconds for
the parse (`CCHC_IMPORT_WAIT_SECONDS`); a document that takes longer goes on in the pool and its
outcome is written by an action once it is done. A process that stops mid-parse leaves the import
waiting: the review page offers to read the file again once it is stale.
"""
from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor

from django.conf import settings
from django.db import connections

_lock = threading.Lock()
_pool: ThreadPoolExecutor | None = None


def submit(fn, *args) -> Future:
    """Run `fn(*args)` in a worker thread; the thread's database connections are closed after it."""
    return _executor().submit(_run, fn, *args)


def _executor() -> ThreadPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=settings.CCHC_IMPORT_WORKERS, thread_name_prefix="cchc-import")
        return _pool


def _run(fn, *args):
    try:
        return fn(*args)
    finally:
        connections.close_all()
