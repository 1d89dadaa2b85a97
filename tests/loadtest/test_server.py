"""The load-test server: a fixed number of threads accepting on one shared socket (as gunicorn)."""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from cchc.loadtest.driver import request
from cchc.loadtest.server import PooledServer, listen


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

    sock = listen()
    port = sock.getsockname()[1]
    server = PooledServer(sock, app, threads=3)
    serving = threading.Thread(target=server.serve_forever, daemon=True)
    serving.start()
    try:
        with ThreadPoolExecutor(12) as clients:
            answers = list(clients.map(lambda _: request(port, "GET", "/")[::2], range(36)))
    finally:
        server.stop()
    serving.join(timeout=5)
    assert not serving.is_alive()  # stop() wakes the threads blocked in accept()
    assert answers == [(200, b"ok")] * 36  # every request answered, none dropped while waiting
    assert most == 3  # the pool was full, never more
    assert len(seen) == 3 and all(name.startswith("wsgi-") for name in seen)  # the same threads, reused
