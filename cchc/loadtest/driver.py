"""HTTP clients for the load test: log in once, then threads that fetch pages and time them."""
from __future__ import annotations

import http.client
import math
import random
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass, field


@dataclass
class Page:
    name: str
    paths: list[str]


@dataclass
class Sample:
    page: str
    seconds: float
    status: int


@dataclass
class PageStats:
    name: str
    count: int
    errors: int
    p50_ms: float
    p95_ms: float
    max_ms: float
    per_second: float


@dataclass
class LoadResult:
    clients: int
    seconds: float
    samples: list[Sample] = field(default_factory=list)

    def stats(self, pages: list[Page]) -> list[PageStats]:
        return [page_stats(page.name, [s for s in self.samples if s.page == page.name], self.seconds)
                for page in pages]


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile of `values` (share in 0..1)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)] if ordered else 0.0


def page_stats(name: str, samples: list[Sample], seconds: float) -> PageStats:
    times = [s.seconds * 1000 for s in samples]
    return PageStats(name, len(samples), sum(s.status != 200 for s in samples), percentile(times, 0.5),
                     percentile(times, 0.95), max(times, default=0.0), len(samples) / seconds if seconds else 0.0)


def request(port: int, method: str, path: str, headers: dict | None = None, body: str | None = None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read()
    finally:
        connection.close()


def _cookies(headers) -> dict[str, str]:
    found = {}
    for name, value in headers:
        if name.lower() == "set-cookie":
            key, _, rest = value.partition("=")
            found[key.strip()] = rest.split(";", 1)[0]
    return found


def login(port: int, username: str, password: str) -> str:
    """Log in through the login page (CSRF and all); return the Cookie header of the session."""
    status, headers, body = request(port, "GET", "/dang-nhap/")
    cookies = _cookies(headers)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    if status != 200 or not token or "csrftoken" not in cookies:
        raise RuntimeError(f"Không mở được trang đăng nhập (mã {status}).")
    form = urllib.parse.urlencode({"csrfmiddlewaretoken": token.group(1).decode(), "username": username,
                                   "password": password})
    status, headers, _ = request(port, "POST", "/dang-nhap/", body=form, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={cookies['csrftoken']}",
        "Referer": f"http://127.0.0.1:{port}/dang-nhap/"})
    session = _cookies(headers).get("sessionid")
    if status != 302 or not session:
        raise RuntimeError(f"Đăng nhập thất bại (mã {status}).")
    return f"sessionid={session}; csrftoken={cookies['csrftoken']}"


def timed_get(port: int, path: str, cookie: str) -> tuple[int, float]:
    started = time.perf_counter()
    status, _, _ = request(port, "GET", path, headers={"Cookie": cookie})
    return status, time.perf_counter() - started


def _fetch(port: int, path: str, cookie: str) -> tuple[int, float]:
    started = time.perf_counter()
    try:
        return timed_get(port, path, cookie)
    except OSError:  # refused, reset or timed out: an error that took this long
        return 0, time.perf_counter() - started


def _run_clients(clients: int, client) -> float:
    """Run `client(number)` on `clients` threads; return the seconds until all are done."""
    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


def run_load(port: int, cookie: str, pages: list[Page], clients: int, requests_per_client: int,
             max_seconds: float, think_ms: float = 0, seed: int = 1) -> LoadResult:
    """`clients` threads, each making up to `requests_per_client` requests (pages in turn), all
    stopping at `max_seconds`. With `think_ms`, a client pauses about that long between requests,
    as a person reading the page would (0: back to back, the hardest case)."""
    samples: list[Sample] = []
    lock = threading.Lock()
    deadline = time.monotonic() + max_seconds

    def client(number: int) -> None:
        rng = random.Random(seed * 1000 + number)
        for index in range(requests_per_client):
            if time.monotonic() >= deadline:
                return
            page = pages[(number + index) % len(pages)]
            status, seconds = _fetch(port, rng.choice(page.paths), cookie)
            with lock:
                samples.append(Sample(page.name, seconds, status))
            if think_ms:
                time.sleep(rng.uniform(0.5, 1.5) * think_ms / 1000)

    return LoadResult(clients, _run_clients(clients, client), samples)


def warm_up(port: int, cookie: str, pages: list[Page], clients: int, max_seconds: float,
            seed: int = 1) -> LoadResult:
    """Every path of every page once, `clients` requests at a time, in random order: the server
    processes load their code and templates and the shared cache fills, as it does in the first
    minutes of a working day. Reported apart from the steady-state measurement that follows."""
    work = [(page.name, path) for page in pages for path in page.paths]
    random.Random(seed).shuffle(work)
    pending = iter(work)
    samples: list[Sample] = []
    lock = threading.Lock()
    deadline = time.monotonic() + max_seconds

    def client(_: int) -> None:
        while time.monotonic() < deadline:
            with lock:
                name, path = next(pending, (None, None))
            if path is None:
                return
            status, seconds = _fetch(port, path, cookie)
            with lock:
                samples.append(Sample(name, seconds, status))

    return LoadResult(clients, _run_clients(clients, client), samples)
