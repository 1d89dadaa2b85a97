"""Where the shared seeds and gold live for tests (read-only, beside the repository)."""
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold"


def seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


def gold(prefix: str) -> Path:
    return next(GOLD.glob(f"{prefix}_*.json"))
