"""The consolidated report as the documents officials file: Word (.docx), Excel annex (.xlsx), PDF.

`render_docx` fills the province's Word template (docxtpl) with a report context:

    {"province": "Đắk Nông", "number": "...", "date": date(2021, 3, 20), "period_label": "Quý I/2021",
     "areas": [{"name", "results", "shortcomings", "causes", "proposals"}],
     "completion": [{"name", "total", "done", "doing", "late"}],   # per area, then per agency
     "targets": [{"text", "planned", "actual", "verdict"}],          # planned/actual in %, None = no data
     "reports": {"expected", "received", "on_time"}}

Numbers are written the Vietnamese way ("1.234,5"), dates "ngày 05 tháng 6 năm 2021".
"""
from __future__ import annotations

import io
from pathlib import Path

from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from cchc.importer.readers.libreoffice import convert

from .charts import completion_chart
from .formatting import date_short, date_words, number, percent

DEFAULT_TEMPLATE = Path(__file__).with_name("word_templates") / "bao-cao-cchc.docx"


def _rate(part: int, whole: int) -> str:
    return percent(100 * part / whole) if whole else percent(None)


def template_context(report: dict, template: DocxTemplate) -> dict:
    completion = [dict(row, rate=_rate(row["done"], row["total"]),
                       **{k: number(row[k]) for k in ("total", "done", "doing", "late")})
                  for row in report["completion"]]
    targets = [{"index": i, "text": t["text"], "planned": percent(t["planned"]), "actual": percent(t["actual"]),
                "verdict": t["verdict"]} for i, t in enumerate(report["targets"], 1)]
    reports = report["reports"]
    area_rows = [r for r in report["completion"] if r.get("kind", "area") == "area"] or report["completion"]
    return {
        "province": report["province"], "province_upper": report["province"].upper(),
        "number": report.get("number", "      "), "date_words": date_words(report["date"]),
        "period_label": report["period_label"], "areas": report["areas"], "completion": completion,
        "targets": targets,
        "reports": {**{k: number(v) for k, v in reports.items()},
                    "rate": _rate(reports["received"], reports["expected"]),
                    "on_time_rate": _rate(reports["on_time"], reports["expected"])},
        "completion_chart": InlineImage(template, io.BytesIO(completion_chart(area_rows)), width=Mm(150))
        if area_rows else "",
        "targets_chart": "",
    }


def render_docx(report: dict, out: Path, template: Path = DEFAULT_TEMPLATE) -> Path:
    doc = DocxTemplate(str(template))
    doc.render(template_context(report, doc))
    doc.save(str(out))
    return out


def render_annex_xlsx(report: dict, out: Path) -> Path:
    """The statistical annex: task completion and targets, numbers as numbers (Excel formats them)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Nhiệm vụ"
    _sheet(sheet, f"Phụ lục: tình hình thực hiện nhiệm vụ CCHC {report['period_label']}",
           ["Lĩnh vực / cơ quan", "Tổng số", "Hoàn thành", "Đang thực hiện", "Quá hạn", "Tỷ lệ hoàn thành (%)"],
           [[r["name"], r["total"], r["done"], r["doing"], r["late"],
             round(100 * r["done"] / r["total"], 1) if r["total"] else None] for r in report["completion"]])
    _sheet(book.create_sheet("Chỉ tiêu"), f"Phụ lục: kết quả thực hiện chỉ tiêu {report['period_label']}",
           ["STT", "Chỉ tiêu", "Kế hoạch (%)", "Thực hiện (%)", "Đánh giá"],
           [[i, t["text"], t["planned"], None if t["actual"] is None else round(float(t["actual"]), 1),
             t["verdict"]] for i, t in enumerate(report["targets"], 1)])
    book.save(out)
    return out


def _sheet(sheet, title: str, header: list[str], rows: list[list]) -> None:
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    sheet.append(header)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row in rows:
        sheet.append(row)
    for row in sheet.iter_rows(min_row=4):
        for cell in row:
            if isinstance(cell.value, float):
                cell.number_format = "#,##0.0"
    sheet.column_dimensions["A"].width = 10 if header[0] == "STT" else 45
    sheet.column_dimensions["B"].width = 60 if header[0] == "STT" else 12


def render_pdf(docx_path: Path, outdir: Path) -> Path:
    """The signed-ready PDF, through LibreOffice."""
    return convert(docx_path, "pdf", outdir)


__all__ = ["render_docx", "render_annex_xlsx", "render_pdf", "date_short", "number"]
