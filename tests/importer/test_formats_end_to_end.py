"""Real plans arrive as Word, web pages and PDF with other column names and orders: the whole
pipeline (reader -> structure -> fields) must read them as well as the seed text files."""
import json
import re
import textwrap

import docx
import pytest

from cchc.importer import parse_file
from cchc.importer.evaluation import TASK_FIELDS, score_plan
from tests.support.render import docx_to_pdf, plan_to_docx, plan_to_html, plan_to_markdown

from .paths import gold, seed
from .readers.reader_samples import add_list, number_paragraph

RENAMED = ("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành",
           "Kết quả/sản phẩm", "Kinh phí (triệu đồng)", "Ghi chú")


def expected(prefix: str) -> dict:
    return json.loads(gold(prefix).read_text(encoding="utf-8"))


def assert_read_like_the_gold(path, plan_gold):
    s = score_plan(parse_file(path).to_dict(), plan_gold)
    assert s.task_f1[2] >= 0.98, s.misses
    for name in TASK_FIELDS:
        assert s.field_accuracy(name) >= 0.97, (name, s.misses)
    assert s.target_f1[2] >= 0.95, s.misses
    assert s.meta_accuracy == 1.0, s.misses


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_word_document(prefix, tmp_path):
    plan_gold = expected(prefix)
    assert_read_like_the_gold(plan_to_docx(plan_gold, tmp_path / "ke-hoach.docx"), plan_gold)


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_word_document_with_renamed_reordered_columns_and_merged_cells(prefix, tmp_path):
    plan_gold = expected(prefix)
    path = plan_to_docx(plan_gold, tmp_path / "ke-hoach.docx", header=RENAMED, merge_repeats=True)
    assert_read_like_the_gold(path, plan_gold)


def test_portal_web_page(tmp_path):
    plan_gold = expected("002")
    assert_read_like_the_gold(plan_to_html(plan_gold, tmp_path / "ke-hoach.html", header=RENAMED), plan_gold)


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_markdown_copy(prefix, tmp_path):
    """pandoc's Markdown of the plan: "#" headings, a pipe table with "<br>" inside its cells."""
    plan_gold = expected(prefix)
    assert_read_like_the_gold(plan_to_markdown(plan_gold, tmp_path / "ke-hoach.md", header=RENAMED), plan_gold)


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_pdf_exported_from_word(prefix, tmp_path):
    plan_gold = expected(prefix)
    pdf = docx_to_pdf(plan_to_docx(plan_gold, tmp_path / "ke-hoach.docx"), tmp_path)
    assert_read_like_the_gold(pdf, plan_gold)


def one_cell_per_line(prefix: str) -> str:
    """The seed's TAB table as a PDF viewer copies it: each non-empty cell on a line, no blank lines."""
    out = []
    for line in seed(prefix).read_text(encoding="utf-8").split("\n"):
        cells = [c.strip() for c in line.split("\t")] if "\t" in line else [line]
        out += [c for c in cells if c.strip()]
    return "\n".join(out)


def test_table_copied_one_cell_per_line_without_blank_lines(tmp_path):
    plan_gold = expected("002")
    path = tmp_path / "ke-hoach.txt"
    path.write_text(one_cell_per_line("002"), encoding="utf-8")
    assert_read_like_the_gold(path, plan_gold)


# a PDF viewer wraps each cell at its column's width (characters): TT, task, product, lead, coordinating,
# deadline, budget
PDF_COLUMN_WIDTHS = (4, 45, 30, 18, 22, 14, 10)
PDF_PAGE_LINES = 60


def pdf_viewer_copy(prefix: str) -> str:
    """The seed's TAB table as a PDF viewer copies it: each cell wrapped on lines of its own, no blank
    lines, and at a page break the page's number, then the header again."""
    out, header, since, page = [], None, 0, 2
    for line in seed(prefix).read_text(encoding="utf-8").split("\n"):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) == 1 or re.match(r"[IVX]+\b", cells[0]):   # text, or an area row across the table
            out += [c for c in cells if c]
            since += 1
            continue
        wrapped = [piece for column, cell in enumerate(cells) if cell
                   for piece in textwrap.wrap(cell, PDF_COLUMN_WIDTHS[min(column, len(PDF_COLUMN_WIDTHS) - 1)])]
        if "Nội dung" in line:   # the header, at the top of the table or of one of the seed's pages
            header, since = header or wrapped, 0
        elif header and re.fullmatch(r"\d+(\.\d+)*\.?", cells[0]) and since >= PDF_PAGE_LINES:
            out += [str(page), *header]
            page, since = page + 1, 0
        out += wrapped
        since += len(wrapped)
    return "\n".join(out)


def test_table_copied_from_a_pdf_viewer_with_cells_wrapped_and_headers_repeated(tmp_path):
    path = tmp_path / "ke-hoach.txt"
    path.write_text(pdf_viewer_copy("002"), encoding="utf-8")
    s = score_plan(parse_file(path).to_dict(), expected("002"))
    assert s.task_f1[2] >= 0.98, s.misses
    for name in ("lead", "coordinating", "area", "deadline_kind", "deadline_end"):
        assert s.field_accuracy(name) >= 0.95, (name, s.misses)


def test_table_copied_one_cell_per_line_with_its_start_cut_off(tmp_path):
    """Seed 000's table has no header left: its rows are told by their agency and deadline cells."""
    path = tmp_path / "ke-hoach.txt"
    path.write_text(one_cell_per_line("000"), encoding="utf-8")
    s = score_plan(parse_file(path).to_dict(), expected("000"))
    assert s.task_f1[2] >= 0.98 and s.field_accuracy("lead") >= 0.95, s.misses


def test_word_table_numbered_by_automatic_numbering(tmp_path):
    """The "STT" cells hold no text, only Word's list numbers: each row is still a task of its own."""
    document = docx.Document()
    for line in ("UBND TỈNH ĐẮK NÔNG", "Số: 10/KH-UBND", "KẾ HOẠCH", "Cải cách hành chính năm 2026"):
        document.add_paragraph(line)
    numbers = add_list(document, 84, 84, [("decimal", "%1")])
    rows = [("Kiện toàn Ban Chỉ đạo cải cách hành chính tỉnh", "Sở Nội vụ", "Quý I/2026"),
            ("Ban hành Kế hoạch kiểm tra cải cách hành chính", "Sở Nội vụ", "Tháng 3/2026"),
            ("Rà soát văn bản quy phạm pháp luật", "Sở Tư pháp", "Tháng 12/2026")]
    table = document.add_table(rows=1 + len(rows), cols=4)
    for cell, name in zip(table.rows[0].cells, ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành")):
        cell.text = name
    for table_row, (title, lead, when) in zip(table.rows[1:], rows):
        number_paragraph(table_row.cells[0].paragraphs[0], numbers, 0)
        table_row.cells[1].text, table_row.cells[2].text, table_row.cells[3].text = title, lead, when
    path = tmp_path / "ke-hoach.docx"
    document.save(path)
    tasks = parse_file(path).to_dict()["tasks"]
    assert [(t["id"], t["title"], t["lead"], t["deadline_text"]) for t in tasks] == [
        (str(i), title, [lead], when) for i, (title, lead, when) in enumerate(rows, start=1)]


def test_an_appendix_pasted_twice_gives_its_tasks_once_and_says_so(tmp_path):
    """Seed 002 with its whole task table pasted again under it: each task once, the budget counted once."""
    lines = seed("002").read_text(encoding="utf-8").split("\n")
    table = next(i for i, line in enumerate(lines) if line.startswith("TT\t"))
    path = tmp_path / "ke-hoach.txt"
    path.write_text("\n".join(lines + lines[table:]), encoding="utf-8")
    plan = parse_file(path)
    assert len(plan.tasks) == len(expected("002")["tasks"])
    assert_read_like_the_gold(path, expected("002"))
    assert any("dán hai lần" in notice.message for notice in plan.notices)
