"""Pointing Django at the load-test database, and only there, before Django is set up."""
from __future__ import annotations

import os
from pathlib import Path

SETTINGS = "cchc.web.settings"
REPO = Path(__file__).resolve().parents[2]
DEFAULT_PATH = REPO / "var" / "loadtest" / "cchc-loadtest.sqlite3"


class UnsafeDatabase(Exception):
    """The chosen file is (or may be) the user's own database."""


def user_database_paths() -> set[Path]:
    """Files the application itself uses: the default SQLite file and any sqlite DATABASE_URL."""
    var_dir = Path(os.environ.get("CCHC_VAR_DIR", REPO / "var"))
    paths = {(var_dir / "cchc.sqlite3").resolve()}
    url = os.environ.get("DATABASE_URL", "")
    if url == os.environ.get("CCHC_LOADTEST_DATABASE_URL"):
        return paths  # set by environment_for() in a parent process: already ours
    if url.startswith("sqlite:///"):
        paths.add(Path(url[len("sqlite:///"):]).resolve())
    return paths


def environment_for(path: Path) -> dict[str, str]:
    """Environment variables that make Django (here or in a subprocess) use `path` alone."""
    path = path.resolve()
    if path in user_database_paths():
        raise UnsafeDatabase(f"Không dùng cơ sở dữ liệu của ứng dụng cho kiểm thử tải: {path}")
    url = f"sqlite:///{path}"
    return {"DJANGO_SETTINGS_MODULE": SETTINGS, "DATABASE_URL": url, "CCHC_LOADTEST_DATABASE_URL": url,
            "CCHC_VAR_DIR": str(path.parent), "CCHC_CACHE_DIR": str(cache_dir(path)), "CCHC_DEBUG": "0"}


def cache_dir(path: Path) -> Path:
    """The rendered-page cache shared by the load test's server processes: beside its database, never
    the application's own (CCHC_CACHE_DIR may point there), so a run may empty it."""
    return path.resolve().parent / "cache"


def use_database(path: Path) -> None:
    """Set up Django in this process on the load-test database (call before anything imports models)."""
    env = environment_for(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.environ.update(env)
    import django

    django.setup()
