"""The province's consolidated report for a period, generated on request: Word, Excel annex, PDF."""
from __future__ import annotations

import tempfile
from pathlib import Path

from django.http import HttpResponse
from django.utils.text import slugify

from cchc.importer.errors import ImportFailed
from cchc.importer.text import fold

from ..consolidation import report_context
from ..documents import render_annex_xlsx, render_docx, render_pdf
from .access import overseer_required, period_for

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


def file_stem(period) -> str:
    return slugify(fold(f"bao cao cchc {period.label} {period.plan.province.name}"))


def _render(period, kind: str, folder: Path) -> Path:
    context = report_context(period)
    stem = file_stem(period)
    if kind == "xlsx":
        return render_annex_xlsx(context, folder / f"phu-luc-{stem}.xlsx")
    docx = render_docx(context, folder / f"{stem}.docx")
    return docx if kind == "docx" else render_pdf(docx, folder)


@overseer_required
def download(request, pk: int, kind: str):
    period = period_for(pk)
    with tempfile.TemporaryDirectory(prefix="cchc-bao-cao-") as folder:
        try:
            path = _render(period, kind, Path(folder))
        except ImportFailed as err:  # LibreOffice missing or failing: one clear line, no traceback
            return HttpResponse(f"Không tạo được tệp PDF: {err}", status=503, content_type="text/plain; charset=utf-8")
        data = path.read_bytes()
    response = HttpResponse(data, content_type=CONTENT_TYPES[kind])
    response["Content-Disposition"] = f'attachment; filename="{path.name}"'
    return response

