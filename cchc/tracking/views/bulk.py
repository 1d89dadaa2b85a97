"""Bulk updates for agency officers: download the agency's task sheet, upload it filled in."""
from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.text import slugify

from cchc.importer.text import fold

from ..actions import ActionError
from ..actions.bulk_updates import apply_task_sheet
from ..permissions import agency_of
from ..spreadsheet import XLSX_CONTENT_TYPE, agency_workbook
from .access import reader_required


class TaskSheetForm(forms.Form):
    sheet = forms.FileField(label="Bảng công việc (.xlsx)",
                            error_messages={"required": "Hãy chọn tệp bảng công việc (.xlsx)."})


def _officer_agency(request):
    agency = agency_of(request.user)
    if agency is None:
        raise PermissionDenied("Chỉ cán bộ của một cơ quan được tải và cập nhật bảng công việc.")
    return agency


@reader_required
def bulk_download(request):
    agency = _officer_agency(request)
    today = timezone.localdate()
    response = HttpResponse(agency_workbook(agency, today), content_type=XLSX_CONTENT_TYPE)
    name = f"bang-cong-viec-{slugify(fold(agency.name))[:40]}-{today:%d-%m-%Y}.xlsx"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@reader_required
def bulk_upload(request):
    agency = _officer_agency(request)
    posted = request.method == "POST"
    form = TaskSheetForm(request.POST, request.FILES) if posted else TaskSheetForm()
    if posted and form.is_valid():
        try:
            result = apply_task_sheet(request.user, form.cleaned_data["sheet"])
        except ActionError as err:
            form.add_error("sheet", str(err))
        else:
            return render(request, "tracking/bulk_result.html", {"agency": agency, "result": result})
    return render(request, "tracking/bulk_upload.html", {"agency": agency, "form": form},
                  status=400 if form.errors else 200)
