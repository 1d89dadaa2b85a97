"""Turn a gold plan (shared/gold/SCHEMA.md) into real documents for end-to-end tests.

    plan_to_docx(gold, tmp_path / "ke-hoach.docx")                    # Word, with a Phụ lục task table
    plan_to_docx(gold, path, header=("STT", "Nội dung công việc", ...)) # renamed / permuted columns
    plan_to_html(gold, tmp_path / "ke-hoach.html")                     # the same as a portal page
    docx_to_pdf(docx_path, tmp_path)                                   # through LibreOffice

Columns are found from the header names ("Đơn vị chủ trì" is the lead column) or given
explicitly as (name, field) pairs; fields: id, title, outputs, lead, coordinating, deadline,
budget, notes. Area headings become rows numbered with their Roman numeral and merged across
the table; group headings become rows with their number and title.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.shared import Pt

from cchc.importer.readers import libreoffice
from cchc.importer.text import fold

DEFAULT_HEADER = ("TT", "Nội dung, nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp",
                  "Thời gian thực hiện", "Kinh phí (triệu đồng)")
FIELDS = ("id", "title", "outputs", "lead", "coordinating", "deadline", "budget", "notes")
# Folded keywords of a column name -> field; the first match wins, so specific words come first.
_FIELD_KEYWORDS = (
    ("chu tri", "lead"), ("phoi hop", "coordinating"), ("san pham", "outputs"), ("ket qua", "outputs"),
    ("kinh phi", "budget"), ("du toan", "budget"), ("thoi gian", "deadline"), ("thoi han", "deadline"),
    ("tien do", "deadline"), ("ghi chu", "notes"), ("noi dung", "title"), ("nhiem vu", "title"),
    ("ten", "title"), ("stt", "id"), ("tt", "id"), ("so thu tu", "id"),
)
_ROMAN = re.compile(r"[IVXLC]+")


@dataclass
class Row:
    kind: str  # "area", "group" or "task"
    number: str
    text: str = ""
    cells: dict[str, list[str]] = field(default_factory=dict)  # field -> paragraphs of the cell


def column_fields(header) -> list[tuple[str, str]]:
    """(name, field) for each header entry: a name alone is matched by its words."""
    columns = []
    for entry in header:
        if isinstance(entry, (tuple, list)):
            if entry[1] not in FIELDS:
                raise ValueError(f"unknown field {entry[1]!r}; fields are {', '.join(FIELDS)}")
            columns.append((entry[0], entry[1]))
            continue
        words = f" {' '.join(re.findall(r'[a-z0-9]+', fold(entry)))} "
        match = next((f for key, f in _FIELD_KEYWORDS if f" {key} " in words), None)
        if match is None:
            raise ValueError(f"no field for column {entry!r}; pass (name, field)")
        columns.append((entry, match))
    return columns


def format_million(value) -> str:
    """Vietnamese number: 1.500 for thousands, 2,5 for decimals; "" when there is none."""
    if value is None:
        return ""
    whole = int(value)
    grouped = f"{whole:,}".replace(",", ".")
    if float(value).is_integer():
        return grouped
    decimals = f"{float(value) - whole:.3f}"[2:].rstrip("0")
    return f"{grouped},{decimals}"


def task_cells(task: dict) -> dict[str, list[str]]:
    return {
        "id": [task["id"].split(".")[-1]],
        "title": [task["title"]],
        "outputs": [f"- {output}" for output in task.get("outputs") or []],
        "lead": ["; ".join(task.get("lead") or [])],
        "coordinating": ["; ".join(task.get("coordinating") or [])],
        "deadline": [task.get("deadline_text") or ""],
        "budget": [format_million(task.get("budget_million_vnd"))],
        "notes": [task.get("notes") or ""],
    }


def table_rows(gold: dict) -> list[Row]:
    """Heading rows (areas, groups) and task rows in document order."""
    rows: list[Row] = []
    previous: list[tuple[str, str, str]] = []
    numberer = _HeadingNumberer()
    for task in gold["tasks"]:
        headings = task_headings(task, numberer)
        changed = next((i for i, h in enumerate(headings) if i >= len(previous) or previous[i] != h), len(headings))
        rows += [Row(kind, number, text) for kind, number, text in headings[changed:]]
        rows.append(Row("task", task["id"].split(".")[-1], cells=task_cells(task)))
        previous = headings
    return rows


def task_headings(task: dict, numberer: "_HeadingNumberer") -> list[tuple[str, str, str]]:
    """(kind, number, text) of the heading levels above a task, read from its id path:
    "I.1.2" is area I, group 1; "A.I.1" is group A, area I; "II.3" is area II."""
    parts = task["id"].split(".")[:-1]
    area, group = task["area_heading"], task.get("group")
    if not parts:
        return numberer.headings(area, group)
    area_level = next((i for i, part in enumerate(parts) if _ROMAN.fullmatch(part)), 0)
    group_level = max((i for i in range(len(parts)) if i != area_level), default=None)
    levels = [("area", number, area) if level == area_level
              else ("group", number, group or "" if level == group_level else "")
              for level, number in enumerate(parts)]
    if group_level is None and group:
        levels.append(("group", "", group))
    return levels


class _HeadingNumberer:
    """Numbers for headings of tasks whose ids carry no path: I, II, ... and 1, 2, ... within an area."""

    def __init__(self) -> None:
        self.area = self.group = None
        self.area_count = self.group_count = 0

    def headings(self, area: str, group: str | None) -> list[tuple[str, str, str]]:
        if area != self.area:
            self.area, self.group = area, None
            self.area_count += 1
            self.group_count = 0
        levels = [("area", _roman(self.area_count), area)]
        if group:
            if group != self.group:
                self.group = group
                self.group_count += 1
            levels.append(("group", str(self.group_count), group))
        return levels


def _roman(value: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for amount, numeral in numerals:
        count, value = divmod(value, amount)
        out += numeral * count
    return out


def front_matter(gold: dict, plan_number: str | None = None) -> list[str]:
    """Paragraphs before the appendix: letterhead, number or issuing decision, title, targets, budget."""
    plan = gold["plan"]
    province = plan.get("province") or ""
    title = plan.get("title") or "Kế hoạch cải cách hành chính"
    subtitle = re.sub(r"^\s*kế hoạch\s*", "", title, flags=re.I)
    lines = [f"ỦY BAN NHÂN DÂN TỈNH {province.upper()}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc"]
    if not plan.get("decision_number"):
        lines.append(f"Số: {plan_number or '...'}/KH-UBND")
    lines += ["KẾ HOẠCH", subtitle[:1].upper() + subtitle[1:]]
    if plan.get("decision_number"):
        lines.append(f"(Ban hành kèm theo Quyết định số {plan['decision_number']}"
                     f"{_date_words(plan.get('decision_date'))} của {plan.get('issuer') or 'UBND tỉnh'} {province})")
    lines += ["I. MỤC TIÊU, YÊU CẦU", "1. Mục tiêu"]
    lines += [f"- {target['text']}." for target in gold.get("targets") or []]
    lines += ["II. NHIỆM VỤ", "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này."]
    if plan.get("total_budget_million_vnd") is not None:
        lines += ["III. KINH PHÍ THỰC HIỆN",
                  f"Tổng kinh phí thực hiện: {format_million(plan['total_budget_million_vnd'])} triệu đồng."]
    return lines


def _date_words(iso: str | None) -> str:
    if not iso:
        return ""
    day = date.fromisoformat(iso)
    return f" ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def appendix_heading(gold: dict) -> list[str]:
    year = gold["plan"].get("period_end") or ""
    return ["PHỤ LỤC", f"NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM {year}".strip()]


def _cell_paragraphs(row: Row, column_field: str, number_first: bool) -> list[str]:
    """What a heading or task row shows in one column. An area heading spans the row: after its
    number when the number column comes first, else with the number in front ("I. CẢI CÁCH ...")."""
    if row.kind == "task":
        return row.cells.get(column_field, [""])
    if column_field == "id" and (number_first or row.kind == "group"):
        return [row.number]
    if row.kind == "area":
        return [row.text if number_first else f"{row.number}. {row.text}".lstrip(". ")]
    return [row.text] if column_field == "title" else [""]


def table_grid(gold: dict, header=DEFAULT_HEADER) -> list[list[str]]:
    """The task table as a reader should return it: header row first, merged cells repeated,
    paragraphs of a cell joined by newlines."""
    columns = column_fields(header)
    fields = [f for _, f in columns]
    number_first = fields[0] == "id"
    grid = [[name for name, _ in columns]]
    for row in table_rows(gold):
        if row.kind == "area":
            text = _cell_paragraphs(row, "title", number_first)[0]
            grid.append([row.number if (f == "id" and i == 0 and number_first) else text for i, f in enumerate(fields)])
        else:
            grid.append(["\n".join(p for p in _cell_paragraphs(row, f, number_first) if p) for f in fields])
    return grid


# --- Word -----------------------------------------------------------------------------------------

def plan_to_docx(gold: dict, path, header=DEFAULT_HEADER, *, merge_repeats: bool = False,
                 rows_can_split: bool = False, word_lists: bool = False, plan_number: str | None = None) -> Path:
    """Write the plan as a Word document. `merge_repeats` merges equal lead/coordinating/deadline
    cells of consecutive tasks vertically, as many provinces do; `rows_can_split` lets a long row
    break across pages (a PDF then shows it as two rows); `word_lists` writes "- " bullets as Word
    automatic bullets (style "List Bullet") instead of typed dashes."""
    path = Path(path)
    columns = column_fields(header)
    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    for line in front_matter(gold, plan_number):
        _set_paragraph(document.add_paragraph(), line, word_lists)
    _landscape_section(document)
    for line in appendix_heading(gold):
        document.add_paragraph(line)
    table = _task_table(document, columns, table_rows(gold), rows_can_split, word_lists)
    if merge_repeats:
        _merge_repeated(table, table_rows(gold), [f for _, f in columns])
    document.save(path)
    return path


def _landscape_section(document) -> None:
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width


def _task_table(document, columns, rows: list[Row], rows_can_split: bool, word_lists: bool):
    table = document.add_table(rows=1 + len(rows), cols=len(columns))
    table.style = "Table Grid"
    fields = [f for _, f in columns]
    number_first = fields[0] == "id"
    for cell, (name, _) in zip(table.rows[0].cells, columns):
        cell.text = name
    _set_row_property(table.rows[0], "w:tblHeader")
    for table_row, row in zip(table.rows[1:], rows):
        if not rows_can_split:
            _set_row_property(table_row, "w:cantSplit")
        cells = table_row.cells  # once per row: table.cell() re-reads the whole table
        if row.kind == "area":
            first = 1 if number_first else 0
            if number_first:
                cells[0].text = row.number
            merged = cells[first].merge(cells[-1]) if first < len(cells) - 1 else cells[first]
            merged.text = _cell_paragraphs(row, "title", number_first)[0]
            continue
        for cell, column_field in zip(cells, fields):
            _write_cell(cell, _cell_paragraphs(row, column_field, number_first), word_lists)
    return table


def _write_cell(cell, paragraphs: list[str], word_lists: bool) -> None:
    paragraphs = paragraphs or [""]
    _set_paragraph(cell.paragraphs[0], paragraphs[0], word_lists)
    for text in paragraphs[1:]:
        _set_paragraph(cell.add_paragraph(), text, word_lists)


def _set_paragraph(paragraph, text: str, word_lists: bool) -> None:
    if word_lists and text.startswith("- "):
        paragraph.style = "List Bullet"
        text = text[2:]
    paragraph.text = text


def _set_row_property(row, name: str) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement(name))


def _merge_repeated(table, rows: list[Row], fields: list[str]) -> None:
    for c, column_field in enumerate(fields):
        if column_field not in ("lead", "coordinating", "deadline"):
            continue
        for start, end in _runs(rows, column_field):
            top = table.rows[start + 1].cells[c]
            text = top.text
            top.merge(table.rows[end + 1].cells[c]).text = text


def _runs(rows: list[Row], column_field: str) -> list[tuple[int, int]]:
    """Index ranges of consecutive task rows with the same non-empty value in a column."""
    runs, start = [], None
    for i, row in enumerate(rows + [Row("end", "")]):
        value = row.cells.get(column_field) if row.kind == "task" else None
        if start is not None and (value != rows[start].cells.get(column_field) or i == len(rows)):
            if i - 1 > start:
                runs.append((start, i - 1))
            start = None
        if start is None and value and value != [""]:
            start = i
    return runs


# --- HTML -----------------------------------------------------------------------------------------

_PORTAL_TOP = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title} - Cổng thông tin điện tử</title>
<script>window.dataLayer = [{{"page": "van-ban"}}]; document.write("<p>Quảng cáo</p>");</script>
<style>.menu li {{ display: inline; }}</style></head>
<body><header class="site-header"><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {province}</div>
<form class="search-box"><input name="q" placeholder="Tìm kiếm"></form></header>
<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li></ul></nav>
<div id="page-wrapper"><div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">Văn bản</a></div>
<div class="content-main"><div class="news-detail"><div class="news-content">
"""
_PORTAL_BOTTOM = """</div><div class="share-buttons"><a href="#">Facebook</a> <a href="#">Zalo</a> In bài viết</div>
<div class="comment-box">Ý kiến bạn đọc: hãy gửi bình luận của bạn</div></div></div>
<aside class="sidebar"><h3>Tin nổi bật</h3><ul><li><a href="/1">Hội nghị trực tuyến toàn tỉnh</a></li>
<li><a href="/2">Lịch tiếp công dân</a></li></ul></aside>
<div class="related-news"><h4>Tin liên quan</h4><a href="/a">Kế hoạch năm trước</a> <a href="/b">Báo cáo quý</a>
<a href="/c">Thông báo tuyển dụng</a></div></div>
<footer class="site-footer">Bản quyền thuộc Cổng thông tin điện tử tỉnh. Ghi rõ nguồn khi phát hành lại.</footer>
</body></html>
"""


def plan_to_html(gold: dict, path, header=DEFAULT_HEADER, *, merge_repeats: bool = False,
                 plan_number: str | None = None) -> Path:
    """Write the plan as a provincial portal page: chrome around an article holding the plan."""
    path = Path(path)
    columns = column_fields(header)
    plan = gold["plan"]
    parts = [_PORTAL_TOP.format(title=html.escape(plan.get("title") or ""),
                                province=html.escape((plan.get("province") or "").upper()))]
    parts += [f"<p>{html.escape(line)}</p>" for line in front_matter(gold, plan_number)]
    parts += [f"<p><strong>{html.escape(line)}</strong></p>" for line in appendix_heading(gold)]
    parts.append(_html_table(columns, table_rows(gold), merge_repeats))
    parts.append(_PORTAL_BOTTOM)
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def _html_table(columns, rows: list[Row], merge_repeats: bool) -> str:
    fields = [f for _, f in columns]
    number_first = fields[0] == "id"
    spans = _row_spans(rows, fields) if merge_repeats else {}
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0">',
           "<tr>" + "".join(f"<th>{html.escape(name)}</th>" for name, _ in columns) + "</tr>"]
    for r, row in enumerate(rows):
        cells = []
        if row.kind == "area":
            if number_first:
                cells.append(f"<td>{html.escape(row.number)}</td>")
            text = _cell_paragraphs(row, "title", number_first)[0]
            cells.append(f'<td colspan="{len(columns) - (1 if number_first else 0)}"><b>{html.escape(text)}</b></td>')
        else:
            for c, column_field in enumerate(fields):
                span = spans.get((r, c))
                if span == 0:
                    continue  # covered by a rowspan above
                paragraphs = _cell_paragraphs(row, column_field, number_first)
                body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p)
                rowspan = f' rowspan="{span}"' if span else ""
                cells.append(f"<td{rowspan}>{body}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _row_spans(rows: list[Row], fields: list[str]) -> dict[tuple[int, int], int]:
    """(row, column) -> rowspan for the first row of a run, 0 for the rows it covers."""
    spans = {}
    for c, column_field in enumerate(fields):
        if column_field not in ("lead", "coordinating", "deadline"):
            continue
        for start, end in _runs(rows, column_field):
            spans[(start, c)] = end - start + 1
            spans.update({(r, c): 0 for r in range(start + 1, end + 1)})
    return spans


# --- Markdown -------------------------------------------------------------------------------------

def plan_to_markdown(gold: dict, path, header=DEFAULT_HEADER) -> Path:
    """Write the plan as pandoc writes a Word file in Markdown: "#" headings, and a pipe table whose
    cells put their paragraphs together with "<br>" and whose area rows are bold."""
    path = Path(path)
    columns = column_fields(header)
    fields = [f for _, f in columns]
    number_first = fields[0] == "id"
    out = []
    for line in front_matter(gold) + appendix_heading(gold):
        level = (1 if line in ("KẾ HOẠCH", "PHỤ LỤC") else 2 if re.match(r"[IVX]+\. ", line)
                 else 3 if re.match(r"\d+\. ", line) else 0)
        out += [f"{'#' * level} {line}" if level else line, ""]
    out += ["| " + " | ".join(name for name, _ in columns) + " |", "|" + " --- |" * len(columns)]
    for row in table_rows(gold):
        if row.kind == "task":
            cells = ["<br>".join(p for p in _cell_paragraphs(row, f, number_first) if p) for f in fields]
        else:   # a heading: its number, then its text in the title column, in bold
            cells = [f"**{row.number}**" if f == "id" else f"**{row.text}**" if f == "title" else ""
                     for f in fields]
        out.append("| " + " | ".join(cells) + " |")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


# --- PDF ------------------------------------------------------------------------------------------

def docx_to_pdf(docx_path, outdir) -> Path:
    """Convert with LibreOffice, as a province exports its plan to PDF."""
    return libreoffice.convert(Path(docx_path), "pdf", Path(outdir))
