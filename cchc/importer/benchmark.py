"""Import throughput: KB of text and documents per second, per stage, in CPU time."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from .document import Document, Line
from .readers import read_document
from .structure import build_plan
from .structure.layouts import recover_tables

STAGES = ("read", "layout", "structure")


@dataclass
class StageTimes:
    documents: int = 0
    kilobytes: float = 0.0
    read: float = 0.0
    layout: float = 0.0
    structure: float = 0.0

    def add(self, other: "StageTimes") -> None:
        for name in ("documents", "kilobytes", *STAGES):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def total(self) -> float:
        return self.read + self.layout + self.structure


def time_document(path: Path, times: StageTimes) -> None:
    t0 = time.process_time()
    doc = read_document(path)
    t1 = time.process_time()
    recover_tables(doc)  # timed on its own; build_plan repeats it as its first step
    t2 = time.process_time()
    build_plan(doc)
    t3 = time.process_time()
    times.documents += 1
    times.kilobytes += len(doc.text().encode("utf-8")) / 1024
    times.read += t1 - t0
    times.layout += t2 - t1
    times.structure += (t3 - t2) - (t2 - t1)


def load_resources() -> float:
    """CPU seconds of what a process loads once, before its first document: the agency registry,
    the diacritic-restoration model (only damaged documents use the latter) and the parsers that
    are imported on first use (flattened and OCR'd tables)."""
    from cchc.restoration import load_restorer

    from .fields.agency_registry import AgencyRegistry

    start = time.process_time()
    AgencyRegistry.default()
    load_restorer()
    from .structure import flattened, ocr_layout  # noqa: F401 (else imported by the first table that needs them)
    return time.process_time() - start


def synthetic_plan(seeds: list[Path], copies: int) -> Document:
    """A large plan: the seeds' lines repeated, as a province-wide plan of many departments would be."""
    lines: list[Line] = []
    for _ in range(copies):
        for seed in seeds:
            for text in seed.read_text(encoding="utf-8").split("\n"):
                lines.append(Line(text, len(lines) + 1))
    return Document(blocks=lines, source="synthetic")


def time_synthetic(doc: Document) -> StageTimes:
    times = StageTimes(documents=1, kilobytes=len(doc.text().encode("utf-8")) / 1024)
    t0 = time.process_time()
    recover_tables(doc)
    t1 = time.process_time()
    build_plan(doc)
    t2 = time.process_time()
    times.layout, times.structure = t1 - t0, (t2 - t1) - (t1 - t0)
    return times


def format_times(name: str, t: StageTimes) -> str:
    total = max(t.total, 1e-9)
    parts = [f"{name:<26}", f"{t.documents:>5} tài liệu", f"{t.kilobytes:9.1f} KB", f"CPU {t.total:7.3f} s",
             f"{t.kilobytes / total:9.1f} KB/s", f"{t.documents / total:8.2f} tài liệu/s"]
    stages = "  ".join(f"{s}: {t.kilobytes / getattr(t, s):.0f} KB/s" if getattr(t, s) > 0 else f"{s}: -"
                       for s in STAGES)
    return "  ".join(parts) + "   [" + stages + "]"
