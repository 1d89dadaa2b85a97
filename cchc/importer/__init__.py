"""Plan importer: a document as it arrives -> a structured `Plan`. Pure library: no Django, no database.

    from cchc.importer import parse_file
    plan = parse_file("ke-hoach.docx")
    plan.to_dict()   # the shape of shared/gold/SCHEMA.md
"""
from __future__ import annotations

from pathlib import Path

from .document import Document, Line, Notice, Table
from .errors import ImportFailed, UnreadableDocument, UnsupportedFormat
from .plan import Deadline, Plan, PlanInfo, Target, Task

__all__ = ["parse_file", "parse_document", "read_document", "Document", "Line", "Table", "Notice",
           "Plan", "PlanInfo", "Task", "Target", "Deadline", "ImportFailed", "UnreadableDocument",
           "UnsupportedFormat"]


def read_document(path: str | Path, progress: bool = False) -> Document:
    """Read any supported file into the intermediate form (lines and tables)."""
    from .readers import read_document as _read

    return _read(Path(path), progress=progress)


def parse_document(doc: Document) -> Plan:
    """Turn the intermediate form into a structured plan."""
    from .structure import build_plan

    return build_plan(doc)


def parse_file(path: str | Path, progress: bool = False) -> Plan:
    return parse_document(read_document(path, progress=progress))
