"""Structure stage: the intermediate `Document` -> a `Plan` (metadata, targets, tasks).

`build_plan` is the whole stage; each step lives in its own module:
`layouts` (tables hidden in text), `flattened` (tables flattened by PDF-to-text),
`ocr_layout` (tables scattered by OCR), `columns` and `rows` (task tables), `tasks` (rows -> tasks),
`outline` (running text),
`metadata`, `genre` (documents that are no plan), `targets`, `prose` (plans without a task table),
`reporting` (reporting regime),
`budget` (stated total vs rows). Damaged text is restored first (`cchc.importer.restore`).
"""
from __future__ import annotations

from dataclasses import replace

from ..document import Document, Line, Notice, Table
from ..fields.areas import area_code
from ..plan import Plan, PlanInfo, Task
from ..restore import restore_document
from .budget import check_budget
from .columns import scattered_header
from .genre import not_a_plan
from .layouts import recover_tables
from .metadata import read_metadata, theme_area
from .outline import NUMBER, Paragraph, outline
from .page_tables import join_page_tables
from .prose import prose_tasks
from .reporting import find_reporting
from .rows import report_schedules, said_above, task_tables
from .targets import find_targets
from .tasks import PlanContext, dedupe_ids, tasks_from_tables, without_repeats


def build_plan(doc: Document) -> Plan:
    doc = recover_tables(restore_document(doc))
    info = read_metadata(doc.text())
    genre = not_a_plan([ln.text for ln in doc.lines()])
    if genre:
        return _not_a_plan(doc, info, genre)
    paragraphs = outline(doc.lines())
    annual = info.kind == "annual" or (info.period_start is not None and info.period_start == info.period_end)
    ctx = PlanContext(year=info.period_end if annual else info.period_start, annual=annual,
                      area_headings=[p.text for p in paragraphs if p.kind == NUMBER and
                                     area_code(p.text) != "other" and len(p.text) < 160],
                      theme_area=theme_area(info))
    tables, tasks = _tables_and_tasks(doc, paragraphs, ctx)
    tasks, repeats = without_repeats(tasks)
    dedupe_ids(tasks)
    plan = Plan(document=doc.source, info=info, tasks=tasks,
                targets=find_targets(paragraphs, info.period_end, doc.tables()))
    plan.reporting = find_reporting("\n".join(p.text for p in paragraphs), report_schedules(doc.tables()))
    plan.notices = list(doc.notices) + [n for t in tables for n in t.notices] + ctx.notices + repeats
    check_budget(plan, doc, tables)
    if not tasks:
        plan.notices.append(_no_tasks(doc))
    return plan


def _no_tasks(doc: Document) -> Notice:
    header = scattered_header(doc.lines())
    if header is None:
        return Notice("Không tìm thấy bảng nhiệm vụ hoặc danh mục nhiệm vụ trong văn bản.")
    return Notice("Văn bản có tiêu đề của bảng nhiệm vụ, nhưng các ô của bảng không nằm theo hàng (văn bản chép từ "
                  "PDF mà không giữ bố cục, từng cột một): không đọc được nhiệm vụ. Hãy nhập chính tệp PDF, hoặc "
                  "chép lại bằng \"pdftotext -layout\".", header.lineno)


def _not_a_plan(doc: Document, info: PlanInfo, genre: str) -> Plan:
    notice = Notice(f"Văn bản là {genre.lower()}, không phải kế hoạch và không ban hành kế hoạch nào: "
                    "không lấy nhiệm vụ và chỉ tiêu.")
    # a line that opens "Kế hoạch ..." in such a document names no plan of its own
    return Plan(document=doc.source, info=replace(info, title=None), notices=[*doc.notices, notice])


_FLAT_HEADER = ["STT", "Nội dung, nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
                "Ghi chú"]


def _tables_and_tasks(doc: Document, paragraphs: list[Paragraph], ctx: PlanContext) -> tuple[list[Table], list[Task]]:
    """The task tables and their tasks, else the tasks of the running text. Text OCR'd with its marks
    comes in undamaged: where neither gives a task, its lines are read as OCR scatters a table."""
    tables = task_tables(join_page_tables(doc.blocks), said_above(doc.blocks)) or task_tables(_text_tables(doc))
    if tables:
        return tables, tasks_from_tables(tables, ctx)
    tasks = prose_tasks(paragraphs, ctx.year, ctx.annual)
    if tasks or doc.damaged:
        return [], tasks
    tables = task_tables(_ocr_tables(doc.lines()))
    return tables, tasks_from_tables(tables, ctx) if tables else []


def _text_tables(doc: Document) -> list[Table]:
    """A task table that only survives as scattered text: OCR'd page lines, or PDF-to-text weave."""
    return (_ocr_tables(doc.lines()) if doc.damaged else []) or _flattened_tables(doc.lines())


def _ocr_tables(lines: list[Line]) -> list[Table]:
    """The task table OCR scattered over the lines, if any (its reader loads when first needed)."""
    from .ocr_layout import ocr_table

    table = ocr_table(lines)
    return [table] if table is not None else []


def _flattened_tables(lines: list[Line]) -> list[Table]:
    """The task table rebuilt from text in which PDF-to-text interleaved the cells."""
    from .flattened import find_flattened_table, recover_flattened_rows

    texts = [ln.text for ln in lines]
    start = find_flattened_table(texts)
    if start is None:
        return []
    flat = recover_flattened_rows(texts[start:])
    if not flat:
        return []
    rows = [_FLAT_HEADER] + [[r.number, r.title, r.lead, r.coordinating, r.deadline, r.notes] for r in flat]
    linenos = [lines[start].lineno] + [lines[start].lineno + r.lineno - 1 for r in flat]
    return [Table(rows=rows, lineno=linenos[0], row_linenos=linenos)]


__all__ = ["build_plan", "Line"]
