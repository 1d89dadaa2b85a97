"""Agency list, and merging/renaming agencies (administrators)."""
import datetime as dt

from django.contrib import messages
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from .. import actions
from ..agency_matching import registry_succession
from ..forms import AgencyForm, MergeAgencyForm, NewAgencyForm
from ..models import Agency
from .access import admin_required, reader_required


@reader_required
def agency_list(request):
    agencies = (Agency.objects.select_related("province", "successor")
                .annotate(open_tasks=Count("task_links", filter=Q(task_links__ended_on__isnull=True,
                                                                  task_links__task__is_active=True), distinct=True))
                .order_by("province__name", "kind", "name"))
    return render(request, "tracking/agency_list.html", {"agencies": agencies})


@admin_required
def agency_create(request):
    form = NewAgencyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            agency = actions.create_agency(request.user, data["name"], data["province"], kind=data["kind"],
                                           members_kind=data["members_kind"], aliases=form.cleaned_aliases(),
                                           parent=data["parent"])
        except actions.ActionError as err:
            form.add_error(None, str(err))
        else:
            messages.success(request, f"Đã thêm cơ quan “{agency.name}”.")
            return redirect("agency_detail", pk=agency.pk)
    return render(request, "tracking/agency_create.html", {"form": form},
                  status=400 if form.errors else 200)


@admin_required
def agency_edit(request, pk: int):
    agency = get_object_or_404(Agency, pk=pk)
    form = AgencyForm(request.POST or None, initial={
        "name": agency.name, "kind": agency.kind, "aliases": "\n".join(agency.aliases)})
    succession = None if agency.successor_id else registry_succession(agency, timezone.localdate().year)
    initial = {}
    if succession and succession.agency:
        initial = {"successor": succession.agency.pk, "date": dt.date(succession.year, 1, 1)}
    merge_form = MergeAgencyForm(prefix="merge", initial=initial)
    merge_form.fields["successor"].queryset = Agency.objects.filter(is_active=True).exclude(pk=agency.pk)
    if request.method == "POST" and form.is_valid():
        try:
            actions.update_agency(request.user, agency, name=form.cleaned_data["name"],
                                  kind=form.cleaned_data["kind"], aliases=form.cleaned_aliases())
        except actions.ActionError as err:
            form.add_error(None, str(err))
        else:
            messages.success(request, "Đã lưu thông tin cơ quan.")
            return redirect("agency_detail", pk=agency.pk)
    return render(request, "tracking/agency_edit.html", {"agency": agency, "form": form, "merge_form": merge_form,
                                                         "succession": succession})


@admin_required
def agency_merge(request, pk: int):
    agency = get_object_or_404(Agency, pk=pk)
    form = MergeAgencyForm(request.POST or None, prefix="merge")
    form.fields["successor"].queryset = Agency.objects.filter(is_active=True).exclude(pk=agency.pk)
    if request.method == "POST" and form.is_valid():
        try:
            moved = actions.merge_agencies(agency, form.cleaned_data["successor"], form.cleaned_data["date"],
                                           request.user)
        except actions.ActionError as err:
            form.add_error(None, str(err))
        else:
            messages.success(request, f"Đã hợp nhất; {moved} nhiệm vụ đang thực hiện được chuyển cho "
                                      f"{form.cleaned_data['successor'].name}.")
            return redirect("agency_detail", pk=form.cleaned_data["successor"].pk)
    return render(request, "tracking/agency_edit.html", {
        "agency": agency, "form": AgencyForm(initial={"name": agency.name, "kind": agency.kind,
                                                      "aliases": "\n".join(agency.aliases)}),
        "merge_form": form}, status=400 if request.method == "POST" else 200)
