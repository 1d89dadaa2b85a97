"""The application under test: Django's WSGI app in a threaded wsgiref server, in its own process
(so the clients' threads do not share its interpreter lock)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from .database import environment_for


class ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    request_queue_size = 128  # 20+ clients connect at once


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


def serve(port: int) -> None:
    """Run in the server process, after use_database(): serve until killed."""
    from django.core.wsgi import get_wsgi_application

    server = make_server("127.0.0.1", port, get_wsgi_application(), server_class=ThreadingServer,
                         handler_class=QuietHandler)
    server.serve_forever()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int, timeout: float = 60) -> subprocess.Popen:
    """Start `python -m cchc.loadtest serve` on `port` and wait until it accepts connections."""
    env = {**os.environ, **environment_for(db)}
    process = subprocess.Popen([sys.executable, "-m", "cchc.loadtest", "serve", "--db", str(db), "--port", str(port)],
                               env=env)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Máy chủ thử nghiệm dừng ngay khi khởi động (mã {process.returncode}).")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process
        except OSError:
            time.sleep(0.1)
    stop_server(process)
    raise RuntimeError("Máy chủ thử nghiệm không khởi động kịp.")


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
