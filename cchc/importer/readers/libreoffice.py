"""Headless LibreOffice conversion (legacy Word, OpenDocument, RTF -> .docx; .docx -> .pdf).

Each run gets its own throw-away user profile: two conversions sharing a profile block or
fail, and imports may run in parallel.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import UnreadableDocument

DEFAULT_TIMEOUT = 180.0


def soffice_binary() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(source: Path, target: str, outdir: Path, timeout: float = DEFAULT_TIMEOUT,
            import_filter: str | None = None) -> Path:
    """Convert `source` into `outdir`; `target` is a LibreOffice format such as "docx" or "pdf".

    `import_filter` forces how the source is read: without it LibreOffice falls back to reading a
    damaged file as plain text and "converts" its bytes."""
    binary = soffice_binary()
    if binary is None:
        raise UnreadableDocument(
            f"Cần LibreOffice (soffice) để đọc tệp {source.suffix or 'này'} nhưng máy chủ chưa cài đặt.")
    with tempfile.TemporaryDirectory(prefix="cchc-lo-profile-") as profile:
        command = [binary, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
                   "--nolockcheck", *([f"--infilter={import_filter}"] if import_filter else []),
                   "--convert-to", target, "--outdir", str(outdir), str(source)]
        _run(command, timeout)
    result = outdir / f"{source.stem}.{target.split(':')[0]}"
    if not result.is_file() or result.stat().st_size == 0:
        raise UnreadableDocument(f"LibreOffice không chuyển đổi được tệp {source.suffix}; tệp có thể bị hỏng.")
    return result


@contextmanager
def converted_copy(path: Path, suffix: str, target: str, timeout: float = DEFAULT_TIMEOUT,
                   import_filter: str | None = None) -> Iterator[Path]:
    """`path` converted to `target`, in a temporary directory removed afterwards. The copy converted
    has a plain name with the suffix of its real format: LibreOffice picks its import filter partly
    by suffix, and a misnamed file would otherwise be opened as text."""
    with tempfile.TemporaryDirectory(prefix="cchc-convert-") as workdir:
        source = Path(workdir) / f"input{suffix}"
        shutil.copyfile(path, source)
        outdir = Path(workdir) / "out"
        outdir.mkdir()
        yield convert(source, target, outdir, timeout=timeout, import_filter=import_filter)


def _run(command: list[str], timeout: float) -> None:
    # A session of its own lets a timeout end soffice.bin too, not only the launcher script.
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise UnreadableDocument(
            f"LibreOffice chuyển đổi tệp quá {int(timeout)} giây và đã bị dừng; tệp có thể bị hỏng.") from None
