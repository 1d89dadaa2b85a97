"""Where the shared seeds and corpus live for these tests (read-only, beside the repository)."""
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"


def seed(prefix: str) -> Path:
    return next((SHARED / "seeds").glob(f"{prefix}_*.txt"))
