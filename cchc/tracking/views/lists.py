"""Overdue, due-soon and per-agency task lists ("Việc của tôi")."""
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render

from ..deadline_status import DeadlineStatus
from ..forms import DeadlineFilterForm, TaskFilterForm
from ..models import Agency
from ..permissions import agency_of, is_admin
from ..queries import TaskFilter, agency_dashboard, tasks_by_deadline
from .access import reader_required

PAGE_SIZE = 50


def _filter_from(form) -> TaskFilter:
    if not form.is_valid():
        return TaskFilter()
    data = form.cleaned_data
    return TaskFilter(agency=data.get("agency"), area=data["area"].code if data.get("area") else "",
                      status=data.get("status") or "", deadline=data.get("deadline") or "",
                      plan_id=data["plan"].pk if data.get("plan") else None)


def _deadline_list(request, deadline: str, title: str, intro: str):
    form = TaskFilterForm(request.GET or None)
    flt = _filter_from(form)
    flt.deadline = deadline
    page = Paginator(tasks_by_deadline(flt), PAGE_SIZE).get_page(request.GET.get("trang"))
    query = request.GET.copy()
    query.pop("trang", None)
    return render(request, "tracking/task_list.html", {
        "title": title, "intro": intro, "form": form, "page": page, "query": query.urlencode()})


@reader_required
def overdue(request):
    return _deadline_list(request, DeadlineStatus.OVERDUE, "Nhiệm vụ quá hạn",
                          "Nhiệm vụ chưa hoàn thành đã qua hạn (hoặc mốc) phải hoàn thành.")


@reader_required
def due_soon(request):
    return _deadline_list(request, DeadlineStatus.DUE_SOON, "Nhiệm vụ sắp đến hạn",
                          "Nhiệm vụ chưa hoàn thành có hạn trong những ngày làm việc tới.")


@reader_required
def all_tasks(request):
    form = DeadlineFilterForm(request.GET or None)
    flt = _filter_from(form)
    page = Paginator(tasks_by_deadline(flt), PAGE_SIZE).get_page(request.GET.get("trang"))
    query = request.GET.copy()
    query.pop("trang", None)
    return render(request, "tracking/task_list.html", {
        "title": "Tất cả nhiệm vụ", "intro": "Lọc theo cơ quan, lĩnh vực, tình trạng và thời hạn.",
        "form": form, "page": page, "query": query.urlencode()})


@reader_required
def my_tasks(request):
    agency = agency_of(request.user)
    if agency is None:
        # administrators and leaders have no agency of their own: they look at any agency's page
        return redirect("agency_list" if is_admin(request.user) else "plan_list")
    return _agency_page(request, agency, mine=True)


@reader_required
def agency_detail(request, pk: int):
    agency = get_object_or_404(Agency.objects.select_related("province", "successor", "parent"), pk=pk)
    return _agency_page(request, agency, mine=False)


def _agency_page(request, agency: Agency, mine: bool):
    show_all = request.GET.get("tat-ca") == "1"
    groups = agency_dashboard(agency, current_only=not show_all)
    return render(request, "tracking/agency_detail.html", {
        "agency": agency, "mine": mine, "groups": groups, "show_all": show_all,
        "late": groups[DeadlineStatus.OVERDUE], "soon": groups[DeadlineStatus.DUE_SOON],
        "open": groups[DeadlineStatus.ON_TRACK] + groups[DeadlineStatus.UNDATED],
        "done": groups[DeadlineStatus.DONE],
        "predecessors": agency.predecessors.all(),
    })
