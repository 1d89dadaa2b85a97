"""The consolidated report as Word, Excel and PDF files, opened again and checked."""
from datetime import date

import docx
import openpyxl
from cchc.reporting.documents import render_annex_xlsx, render_docx, render_pdf

REPORT = {
    "province": "Đắk Nông", "date": date(2021, 6, 5), "period_label": "6 tháng đầu năm 2021",
    "areas": [{"name": "Cải cách thể chế", "results": "Ban hành 12 văn bản QPPL.", "shortcomings": "Còn chậm.",
               "causes": "Thiếu nhân lực.", "proposals": "Bổ sung biên chế."},
              {"name": "Cải cách thủ tục hành chính", "results": "Công bố 1.234 TTHC.", "shortcomings": "",
               "causes": "", "proposals": ""}],
    "completion": [{"name": "Cải cách thể chế", "total": 11, "done": 7, "doing": 3, "late": 1},
                   {"name": "Cải cách thủ tục hành chính", "total": 2000, "done": 1500, "doing": 400, "late": 100}],
    "targets": [{"text": "100% hồ sơ TTHC được giải quyết đúng hạn", "planned": 100, "actual": 98.93,
                 "verdict": "chưa đạt"},
                {"text": "Tối thiểu 35 dịch vụ công trực tuyến", "planned": 35, "actual": None,
                 "verdict": "không có số liệu"}],
    "reports": {"expected": 30, "received": 28, "on_time": 25},
}


def test_word_report_has_sections_tables_and_vietnamese_formats(tmp_path):
    out = render_docx(REPORT, tmp_path / "bao-cao.docx")
    document = docx.Document(out)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Đắk Nông, ngày 05 tháng 6 năm 2021" in "\n".join(c.text for t in document.tables for r in t.rows
                                                            for c in r.cells)
    assert "1. Cải cách thể chế" in text and "2. Cải cách thủ tục hành chính" in text
    assert "{%" not in text and "{{" not in text
    completion = next(t for t in document.tables if t.rows[0].cells[0].text.startswith("Lĩnh vực"))
    rows = [[c.text for c in r.cells] for r in completion.rows[1:]]
    assert rows == [["Cải cách thể chế", "11", "7", "3", "1", "63,6%"],
                    ["Cải cách thủ tục hành chính", "2.000", "1.500", "400", "100", "75%"]]
    targets = next(t for t in document.tables if t.rows[0].cells[0].text == "STT")
    assert [c.text for c in targets.rows[1].cells] == ["1", "100% hồ sơ TTHC được giải quyết đúng hạn", "100%",
                                                       "98,9%", "chưa đạt"]
    assert targets.rows[2].cells[3].text == "không có số liệu"
    assert "28" in text and "93,3%" in text  # received 28 of 30
    assert len(document.inline_shapes) == 1  # the completion chart


def test_excel_annex_keeps_numbers_as_numbers(tmp_path):
    book = openpyxl.load_workbook(render_annex_xlsx(REPORT, tmp_path / "phu-luc.xlsx"))
    tasks = book["Nhiệm vụ"]
    assert [c.value for c in tasks[5]] == ["Cải cách thủ tục hành chính", 2000, 1500, 400, 100, 75.0]
    assert book["Chỉ tiêu"]["D4"].value == 98.9


def test_pdf_through_libreoffice(tmp_path):
    pdf = render_pdf(render_docx(REPORT, tmp_path / "bao-cao.docx"), tmp_path)
    assert pdf.read_bytes().startswith(b"%PDF")
