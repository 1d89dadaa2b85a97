"""Charts for reports, rendered to PNG with matplotlib (no display needed)."""
from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (the backend must be chosen first)

_COLORS = {"done": "#00703c", "doing": "#1d70b8", "late": "#d4351c"}


def completion_chart(rows: list[dict]) -> bytes:
    """Stacked bars per reform area: done / in progress / late tasks."""
    names = [r["name"] for r in rows]
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(rows) + 1.2), dpi=150)
    left = [0] * len(rows)
    for key, label in (("done", "Hoàn thành"), ("doing", "Đang thực hiện"), ("late", "Quá hạn")):
        values = [r[key] for r in rows]
        ax.barh(names, values, left=left, color=_COLORS[key], label=label)
        left = [a + b for a, b in zip(left, values)]
    ax.invert_yaxis()
    ax.set_xlabel("Số nhiệm vụ")
    ax.legend(loc="lower right", fontsize=8)
    return _png(fig)


def trend_chart(labels: list[str], values: list[float | None], target: float, title: str) -> bytes:
    """An indicator's value per period against its target."""
    fig, ax = plt.subplots(figsize=(6, 3), dpi=150)
    ax.plot(labels, [v if v is not None else float("nan") for v in values], marker="o", color="#1d70b8")
    ax.axhline(target, color="#d4351c", linestyle="--", label=f"Chỉ tiêu {target:g}%")
    ax.set_ylim(0, 105)
    ax.set_title(title, fontsize=9)
    ax.legend(fontsize=8)
    return _png(fig)


def _png(fig) -> bytes:
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    return buffer.getvalue()
