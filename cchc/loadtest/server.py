"""The application under test: Django's WSGI app served by `--workers` processes (so the clients'
threads do not share their interpreter lock), each with `--threads` threads (default 1: gunicorn's
default sync worker; more: its gthread worker), all accepting on one listening socket that the parent
opens and the workers inherit — how gunicorn's workers share a port. A connection waits in the
kernel's queue until a thread is free, in whichever process, so neither process queues work while
the other is idle."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

from .database import environment_for

# Pages here are CPU-bound (SQLite in the page cache, rendered HTML in the file cache): more threads
# per process only share its interpreter lock. At 20 back-to-back clients on a busy 2-core machine
# (interleaved runs) p95 was 66–233 ms, median 145, with 1 thread; 204–220 with 2; 164–288 with 4.
DEFAULT_THREADS = 1


class PooledServer(WSGIServer):
    """Serves on an already listening socket with `threads` threads, each accepting one connection
    at a time and keeping its database connection (CONN_MAX_AGE). A thread per connection
    (socketserver's default) cost a new thread and database connection per request and twenty
    threads fighting for one interpreter lock: ~7 ms of CPU per cached page, against 3.5–4.5 ms."""

    def __init__(self, listening: socket.socket, app, threads: int = DEFAULT_THREADS):
        super().__init__(listening.getsockname(), QuietHandler, bind_and_activate=False)
        self.socket.close()
        self.socket = listening
        self.server_bind()
        self.set_app(app)
        self.threads = max(1, threads)

    def server_bind(self) -> None:
        """Bound and listening already: only note the address for the WSGI environ."""
        self.server_address = self.socket.getsockname()
        self.server_name, self.server_port = self.server_address[:2]
        self.setup_environ()

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        workers = [threading.Thread(target=self._accept_loop, name=f"wsgi-{n}", daemon=True)
                   for n in range(self.threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()

    def _accept_loop(self) -> None:
        while True:
            try:
                request, address = self.get_request()
            except OSError:  # the socket was shut down: stop
                return
            try:
                self.finish_request(request, address)
            except Exception:  # noqa: BLE001 - as socketserver: log, keep serving
                self.handle_error(request, address)
            finally:
                self.shutdown_request(request)

    def stop(self) -> None:
        """Wake the accepting threads and close (in-process use: the socket is the workers' shared one)."""
        try:
            self.socket.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.socket.close()


class QuietHandler(WSGIRequestHandler):
    # wsgiref writes the headers and the body separately: with Nagle's algorithm the body waits for
    # the client's delayed ACK (~40 ms on Linux loopback). Production servers (gunicorn) set it too.
    disable_nagle_algorithm = True

    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


def listen(port: int = 0) -> socket.socket:
    """A listening socket on 127.0.0.1 (`port` 0: any free port) that worker processes can inherit."""
    sock = socket.create_server(("127.0.0.1", port), backlog=128)  # 20+ clients connect at once
    sock.set_inheritable(True)
    return sock


def serve(fd: int, threads: int = DEFAULT_THREADS) -> None:
    """Run in a worker process, after use_database(): serve on the inherited socket until killed."""
    from django.core.wsgi import get_wsgi_application

    PooledServer(socket.socket(fileno=fd), get_wsgi_application(), threads).serve_forever()


class Servers:
    """The worker processes and the socket they share; `port` is where clients connect."""

    def __init__(self, db: Path, port: int = 0, workers: int = 1, threads: int = DEFAULT_THREADS,
                 timeout: float = 60):
        self.socket = listen(port)
        self.port = self.socket.getsockname()[1]
        env = {**os.environ, **environment_for(db)}
        command = [sys.executable, "-m", "cchc.loadtest", "serve", "--db", str(db),
                   "--fd", str(self.socket.fileno()), "--threads", str(threads)]
        self.processes = [subprocess.Popen(command, env=env, pass_fds=(self.socket.fileno(),))
                          for _ in range(max(1, workers))]
        try:
            self._wait_until_serving(timeout)
        except RuntimeError:
            self.stop()
            raise

    def _wait_until_serving(self, timeout: float) -> None:
        """Until a worker answers (the socket listens from the start: connections wait for a worker)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            stopped = [p for p in self.processes if p.poll() is not None]
            if stopped:
                raise RuntimeError(f"Máy chủ thử nghiệm dừng ngay khi khởi động (mã {stopped[0].returncode}).")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/dang-nhap/",
                                            timeout=max(1.0, deadline - time.monotonic())):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("Máy chủ thử nghiệm không khởi động kịp.")

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self.socket.close()
