import sys
from pathlib import Path

import pytest

# `tests.support` is shared by test packages; make it importable however pytest is started.
_ROOT = str(Path(__file__).resolve().parents[3])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from reader_samples import build_plan_docx  # noqa: E402


@pytest.fixture
def plan_docx(tmp_path) -> Path:
    return build_plan_docx(tmp_path / "ke-hoach.docx")
