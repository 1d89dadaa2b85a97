"""Write the default Word template of the province's periodic CCHC report (docxtpl / Jinja tags).

The province may edit the produced .docx in Word (wording, fonts, header) as long as the
{{ ... }} and {% ... %} tags stay. Run: .venv/bin/python scripts/build_report_template.py
"""
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parents[1] / "cchc/reporting/word_templates/bao-cao-cchc.docx"


def paragraph(doc, text, bold=False, center=False, size=13, italic=False):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold, run.italic, run.font.size = bold, italic, Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, header, row_tags, loop, widths):
    t = doc.add_table(rows=3, cols=len(header))
    t.autofit = False
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(t.rows[0].cells, header):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    t.rows[1].cells[0].text = f"{{%tr for row in {loop} %}}"
    for cell, tag in zip(t.rows[2].cells, row_tags):
        cell.text = tag
    last = t.add_row()
    last.cells[0].text = "{%tr endfor %}"
    set_widths(t, widths)
    return t


def set_widths(t, widths):
    """Both the grid and every cell: Word reads one, LibreOffice the other."""
    for column, width in zip(t.columns, widths):
        column.width = Cm(width)
    for row in t.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = Cm(width)


def main():
    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(13)
    section = doc.sections[0]
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    head = doc.add_table(rows=2, cols=2)
    head.autofit = False
    texts = [["ỦY BAN NHÂN DÂN\nTỈNH {{ province_upper }}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
             ["Số: {{ number }}/BC-UBND", "{{ province }}, {{ date_words }}"]]
    for r, row in enumerate(texts):
        for c, text in enumerate(row):
            cell = head.cell(r, c)
            cell.text = ""
            run = cell.paragraphs[0].add_run(text)
            run.bold, run.italic = r == 0, (r, c) == (1, 1)
            run.font.size = Pt(12 if r == 0 else 13)
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_widths(head, [6.0, 10.0])
    paragraph(doc, "BÁO CÁO", bold=True, center=True, size=14)
    paragraph(doc, "Kết quả thực hiện công tác cải cách hành chính {{ period_label }}", bold=True, center=True)
    paragraph(doc, "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", bold=True)
    paragraph(doc, "{%p for area in areas %}")
    paragraph(doc, "{{ loop.index }}. {{ area.name }}", bold=True)
    paragraph(doc, "Kết quả đạt được: {{ area.results }}")
    paragraph(doc, "Tồn tại, hạn chế: {{ area.shortcomings }}")
    paragraph(doc, "Nguyên nhân: {{ area.causes }}")
    paragraph(doc, "Đề xuất, kiến nghị: {{ area.proposals }}")
    paragraph(doc, "{%p endfor %}")
    paragraph(doc, "II. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THEO LĨNH VỰC VÀ CƠ QUAN", bold=True)
    table(doc, ["Lĩnh vực / cơ quan", "Tổng số", "Hoàn thành", "Đang thực hiện", "Quá hạn", "Tỷ lệ hoàn thành"],
          ["{{ row.name }}", "{{ row.total }}", "{{ row.done }}", "{{ row.doing }}", "{{ row.late }}",
           "{{ row.rate }}"], "completion", [5.5, 1.8, 2.2, 2.4, 1.8, 2.3])
    paragraph(doc, "{{ completion_chart }}", center=True)
    paragraph(doc, "III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", bold=True)
    table(doc, ["STT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Đánh giá"],
          ["{{ row.index }}", "{{ row.text }}", "{{ row.planned }}", "{{ row.actual }}", "{{ row.verdict }}"],
          "targets", [1.2, 7.8, 2.2, 2.2, 2.6])
    paragraph(doc, "{{ targets_chart }}", center=True)
    paragraph(doc, "IV. TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN", bold=True)
    paragraph(doc, "Số báo cáo phải nộp: {{ reports.expected }}; đã nộp: {{ reports.received }} "
                   "(tỷ lệ {{ reports.rate }}); nộp đúng hạn: {{ reports.on_time }} (tỷ lệ {{ reports.on_time_rate }}).")
    paragraph(doc, "Báo cáo kèm theo Phụ lục số liệu thống kê (tệp Excel).", italic=True)
    sign = doc.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = "Nơi nhận:\n- Bộ Nội vụ;\n- Thường trực Tỉnh ủy;\n- Lưu: VT."
    sign.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc.save(OUT)
    print(OUT)


if __name__ == "__main__":
    main()
