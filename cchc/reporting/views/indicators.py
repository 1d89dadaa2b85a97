"""Targets of a period: planned value, the province's rolled-up value, verdict and trend; importing figures."""
from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import cache_control

from cchc.tracking.actions.errors import ActionError
from cchc.tracking.permissions import is_admin

from .. import actions
from ..charts import trend_chart
from ..forms import ValueImportForm
from ..indicators import ACHIEVED, NO_DATA, NOT_ACHIEVED
from ..models import Indicator, ReportingPeriod
from ..spreadsheets import read_value_rows
from ..status import indicator_result
from .access import admin_required, period_for, reader_required

VERDICT_CLASS = {ACHIEVED: "done", NOT_ACHIEVED: "overdue", NO_DATA: "undated"}


def _indicators(period: ReportingPeriod) -> list[Indicator]:
    return list(Indicator.objects.filter(target__plan=period.plan, target__is_active=True)
                .select_related("target", "owner").order_by("target__position"))


def trend_periods(period: ReportingPeriod) -> list[ReportingPeriod]:
    """The plan's periods up to this one, in the order their data windows close."""
    return list(period.plan.reporting_periods.filter(end__lte=period.end).order_by("end", "-start"))


def _trend(indicator: Indicator, periods: list[ReportingPeriod]) -> list[tuple[str, float | None]]:
    values = []
    for p in periods:
        value = indicator_result(indicator, p).value
        values.append((p.label, float(value) if value is not None else None))
    return values


@reader_required
def indicator_list(request, pk: int, form: ValueImportForm | None = None, status: int = 200):
    period = period_for(pk)
    periods = trend_periods(period)
    rows = []
    for indicator in _indicators(period):
        result = indicator_result(indicator, period)
        rows.append({"indicator": indicator, "target": indicator.target, "result": result,
                     "verdict_class": VERDICT_CLASS[result.verdict],
                     "trend": _trend(indicator, periods) if len(periods) > 1 else []})
    return render(request, "reporting/indicators.html", {
        "period": period, "plan": period.plan, "rows": rows, "has_trend": any(row["trend"] for row in rows),
        "form": form or (ValueImportForm() if is_admin(request.user) else None)}, status=status)


@admin_required
def indicator_import(request, pk: int):
    """Upload an .xlsx export: every row applied or reported with its row number."""
    period = period_for(pk)
    if request.method != "POST":
        return redirect("reporting:indicators", pk=period.pk)
    form = ValueImportForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            result = actions.import_indicator_values(request.user, period, read_value_rows(form.cleaned_data["sheet"]))
        except ActionError as err:
            form.add_error("sheet", str(err))
        else:
            level = messages.success if not result.errors else messages.warning
            level(request, f"Đã nhập {result.applied} dòng số liệu; {len(result.errors)} dòng có lỗi.")
            for error in result.errors:
                messages.error(request, error)
            return redirect("reporting:indicators", pk=period.pk)
    return indicator_list.__wrapped__(request, pk, form=form, status=400)


@reader_required
@cache_control(private=True, max_age=60)
def trend_png(request, pk: int, indicator_pk: int):
    period = period_for(pk)
    indicator = get_object_or_404(Indicator.objects.select_related("target"), pk=indicator_pk,
                                  target__plan=period.plan)
    trend = _trend(indicator, trend_periods(period))
    png = trend_chart([label for label, _ in trend], [value for _, value in trend], float(indicator.target.value),
                      _short(indicator.target.text))
    return HttpResponse(png, content_type="image/png")


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"
