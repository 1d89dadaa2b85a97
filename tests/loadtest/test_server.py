"""The load-test server runs requests on a fixed pool of threads (as gunicorn's gthread worker)."""
from __future__ import annotations

import functools
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from wsgiref.simple_server import make_server

from cchc.loadtest.driver import request
from cchc.loadtest.server import PooledServer, QuietHandler, free_port


def test_concurrent_requests_share_a_fixed_pool_of_threads():
    running, most, seen = 0, 0, set()
    lock = threading.Lock()

    def app(environ, start_response):
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
            seen.add(threading.current_thread().name)
        time.sleep(0.02)  # long enough for the other clients' requests to pile up
        with lock:
            running -= 1
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"ok"]

    port = free_port()
    server = make_server("127.0.0.1", port, app, server_class=functools.partial(PooledServer, threads=3),
                         handler_class=QuietHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with ThreadPoolExecutor(12) as clients:
            answers = list(clients.map(lambda _: request(port, "GET", "/")[::2], range(36)))
    finally:
        server.shutdown()
        server.server_close()
    assert answers == [(200, b"ok")] * 36  # every request answered, none dropped while waiting
    assert most == 3  # the pool was full, never more
    assert len(seen) == 3 and all(name.startswith("wsgi") for name in seen)  # threads reused
