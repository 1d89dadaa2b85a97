"""The Department's view of a period: expected and received reports, each agency's status and punctuality."""
from __future__ import annotations

from django.shortcuts import render

from .. import actions
from ..status import agency_on_time_rate, period_rates
from .access import overseer_required, period_for


@overseer_required
def period_dashboard(request, pk: int):
    period = period_for(pk)
    plan_periods = list(period.plan.reporting_periods.all())
    rates = period_rates(period, actions.expected_agencies(period.plan))
    rows = [{"agency": agency, "report": report, "status": status,
             "on_time_rate": agency_on_time_rate(agency, plan_periods)} for agency, report, status in rates.rows]
    return render(request, "reporting/period_dashboard.html", {
        "period": period, "plan": period.plan, "rates": rates, "rows": rows,
        "others": [p for p in plan_periods if p.year == period.year]})
