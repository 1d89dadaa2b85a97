"""Overdue, due-soon and per-agency task lists ("Việc của tôi")."""
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe

from ..deadline_status import DeadlineStatus
from ..forms import DeadlineFilterForm, TaskFilterForm
from ..models import Agency
from ..permissions import agency_of, is_admin
from ..queries import TaskFilter, agency_dashboard, catalogue_version, data_version, tasks_by_deadline
from .access import reader_required

PAGE_SIZE = 50
LIST_CACHE_SECONDS = 600  # bounds staleness after writes outside the actions (Django admin)


def _filter_from(form) -> TaskFilter:
    if not form.is_valid():
        return TaskFilter()
    data = form.cleaned_data
    return TaskFilter(agency=data.get("agency"), area=data["area"].code if data.get("area") else "",
                      status=data.get("status") or "", deadline=data.get("deadline") or "",
                      plan_id=data["plan"].pk if data.get("plan") else None)


def _offer_own_province(form, user) -> None:
    """Offer in the agency and plan menus only those of the officer's province (a national database
    has hundreds of agencies); the fields still accept any, so shared links keep working."""
    own = agency_of(user)
    if own is None or own.province_id is None:
        return
    for name, in_province in (("agency", Q(province_id=own.province_id) | Q(province__isnull=True)),
                              ("plan", Q(province_id=own.province_id))):
        field = form.fields[name]
        chosen = form.data.get(name, "")
        offered = field.queryset.filter(in_province | Q(pk=chosen if chosen.isdigit() else None))
        field.widget.choices = [("", field.empty_label),
                                *((obj.pk, field.label_from_instance(obj)) for obj in offered)]


def _deadline_list(request, deadline: str, title: str, intro: str):
    form = TaskFilterForm(request.GET or None)
    _offer_own_province(form, request.user)
    flt = _filter_from(form)
    flt.deadline = deadline
    return _task_list(request, form, flt, title, intro)


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
    _offer_own_province(form, request.user)
    return _task_list(request, form, _filter_from(form), "Tất cả nhiệm vụ",
                      "Lọc theo cơ quan, lĩnh vực, tình trạng và thời hạn.")


def _task_list(request, form, flt: TaskFilter, title: str, intro: str):
    query = request.GET.copy()
    query.pop("trang", None)
    return render(request, "tracking/task_list.html", {
        "title": title, "intro": intro, "form": form, "filters": _filters(form, request),
        "results": _results(flt, query.urlencode(), request.GET.get("trang"), data_version())})


def _cached_html(parts: tuple, render_html) -> str:
    """`render_html()`, cached under the digest of `parts` (which must name everything it depends on)."""
    key = "task-list:" + hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()
    html = cache.get(key)
    if html is None:
        html = render_html()
        cache.set(key, html, LIST_CACHE_SECONDS)
    return mark_safe(html)


def _filters(form, request) -> str:
    """The filter menus (hundreds of agencies nationally): the same for every reader of a province
    and query, until an agency or plan changes (progress on tasks does not touch them)."""
    own = agency_of(request.user)
    parts = ("filters", type(form).__name__, own.province_id if own else "", request.GET.urlencode(),
             catalogue_version())
    return _cached_html(parts, lambda: render_to_string("tracking/_task_filters.html", {"form": form}))


def _results(flt: TaskFilter, query: str, page_number, version: str) -> str:
    """Count, table and pages of a list, the same for every reader: cached by filter, page, day and
    the data version (every write to tasks moves it), so a change shows on the next request."""
    today = timezone.localdate()
    parts = ("results", _filter_key(flt), query, page_number, today, version,
             settings.CCHC_DUE_SOON_WORKING_DAYS)

    def render_html() -> str:
        page = Paginator(tasks_by_deadline(flt, today), PAGE_SIZE).get_page(page_number)
        return render_to_string("tracking/_task_results.html", {"page": page, "query": query})
    return _cached_html(parts, render_html)


def _filter_key(flt: TaskFilter) -> str:
    return "|".join(str(v) for v in (flt.agency.pk if flt.agency else "", flt.area, flt.status, flt.plan_id,
                                     flt.deadline, flt.current_only))


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
