"""The application under test: Django's WSGI app in a wsgiref server with a fixed pool of threads, in
worker processes of their own (so the clients' threads do not share their interpreter lock). With
several workers, each process listens on the same port (SO_REUSEPORT), as a pre-forking production
server would; the pool is what gunicorn's gthread worker does (`--workers 2 --threads 4`)."""
from __future__ import annotations

import functools
import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from .database import environment_for


DEFAULT_THREADS = 4


class PooledServer(ThreadingMixIn, WSGIServer):
    """Requests run on `threads` long-lived threads; others wait in the listen queue.

    A thread per connection (socketserver's default) costs a new thread and a new database
    connection per request, and twenty threads fighting for one interpreter lock on one core: at
    20 back-to-back clients that took ~7 ms of CPU per request against ~4.5 ms with a pool of 4.
    """

    request_queue_size = 128  # 20+ clients connect at once
    allow_reuse_port = True  # several worker processes listen on one port; the kernel spreads connections

    def __init__(self, *args, threads: int = DEFAULT_THREADS, **kwargs):
        super().__init__(*args, **kwargs)
        self.pool = ThreadPoolExecutor(max(1, threads), thread_name_prefix="wsgi")

    def process_request(self, request, client_address):
        self.pool.submit(self.process_request_thread, request, client_address)

    def server_close(self):
        super().server_close()
        self.pool.shutdown(wait=False, cancel_futures=True)


class QuietHandler(WSGIRequestHandler):
    # wsgiref writes the headers and the body separately: with Nagle's algorithm the body waits for
    # the client's delayed ACK (~40 ms on Linux loopback). Production servers (gunicorn) set it too.
    disable_nagle_algorithm = True

    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


def serve(port: int, threads: int = DEFAULT_THREADS) -> None:
    """Run in the server process, after use_database(): serve until killed."""
    from django.core.wsgi import get_wsgi_application

    server = make_server("127.0.0.1", port, get_wsgi_application(),
                         server_class=functools.partial(PooledServer, threads=threads), handler_class=QuietHandler)
    server.serve_forever()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_servers(db: Path, port: int, workers: int = 1, threads: int = DEFAULT_THREADS,
                  timeout: float = 60) -> list[subprocess.Popen]:
    """Start `workers` × `python -m cchc.loadtest serve` on `port`; wait until they accept connections."""
    env = {**os.environ, **environment_for(db)}
    command = [sys.executable, "-m", "cchc.loadtest", "serve", "--db", str(db), "--port", str(port),
               "--threads", str(threads)]
    processes = [subprocess.Popen(command, env=env) for _ in range(max(1, workers))]
    try:
        _wait_until_listening(processes, port, timeout)
    except RuntimeError:
        stop_servers(processes)
        raise
    time.sleep(0.5 if workers > 1 else 0)  # let the other workers bind as well
    return processes


def _wait_until_listening(processes: list[subprocess.Popen], port: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        stopped = [p for p in processes if p.poll() is not None]
        if stopped:
            raise RuntimeError(f"Máy chủ thử nghiệm dừng ngay khi khởi động (mã {stopped[0].returncode}).")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("Máy chủ thử nghiệm không khởi động kịp.")


def stop_servers(processes: list[subprocess.Popen]) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
