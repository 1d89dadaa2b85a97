"""Plan list and plan overview."""
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render

from ..charts import progress_bar
from ..models import Plan
from ..models.plans import FINISHED_STATUSES
from ..overview import overview_html
from .access import reader_required


@reader_required
def plan_list(request):
    plans = (Plan.objects.select_related("province")
             .annotate(task_count=Count("tasks", filter=Q(tasks__is_active=True)),
                       finished=Count("tasks", filter=Q(tasks__is_active=True, tasks__status__in=FINISHED_STATUSES)))
             .order_by("-period_end", "province__name", "title"))
    rows = [(plan, progress_bar(plan.finished, plan.task_count)) for plan in plans]
    return render(request, "tracking/plan_list.html", {"rows": rows})


@reader_required
def plan_detail(request, pk: int):
    plan = get_object_or_404(Plan.objects.select_related("province"), pk=pk)
    return render(request, "tracking/plan_detail.html", {"plan": plan, "overview": overview_html(plan)})
