"""Who gets reminded of what: for each agency with officers' (or its own) e-mail addresses, its
overdue and due-soon tasks, as the tracking app's deadline status computes them; and the message."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

from cchc.tracking.deadline_status import DeadlineStatus
from cchc.tracking.models import Agency, Profile, Role, Task
from cchc.tracking.queries import agency_dashboard


@dataclass
class AgencyReminder:
    agency: Agency
    recipients: list[str]
    overdue: list[Task] = field(default_factory=list)
    due_soon: list[Task] = field(default_factory=list)

    @property
    def task_ids(self) -> list[int]:
        return sorted(task.pk for task in [*self.overdue, *self.due_soon])

    @property
    def is_empty(self) -> bool:
        return not self.overdue and not self.due_soon


def recipients_by_agency(agency_ids: list[int] | None = None) -> dict[Agency, list[str]]:
    """Agency -> addresses: the agency's own mailbox when the model has one and it is filled in,
    else the e-mails of its active officers.

    Officers of an agency that was merged or renamed report for its successor, so they are counted
    under the successor (as `permissions.agency_of` does).
    """
    found: dict[Agency, list[str]] = {}
    officers = (Profile.objects.filter(role=Role.OFFICER, agency__isnull=False, user__is_active=True)
                .exclude(user__email="").select_related("user", "agency").order_by("user__username"))
    for profile in officers:
        _add(found, profile.agency.current(), profile.user.email)
    if hasattr(Agency, "email"):  # an agency mailbox, when the model carries one, replaces the officers
        for agency in Agency.objects.filter(is_active=True).exclude(email=""):
            found[agency] = []
            _add(found, agency, agency.email)
    if agency_ids is not None:
        found = {agency: emails for agency, emails in found.items() if agency.pk in agency_ids}
    return found


def _add(found: dict[Agency, list[str]], agency: Agency, email: str) -> None:
    emails = found.setdefault(agency, [])
    email = email.strip()
    if email and email.lower() not in (e.lower() for e in emails):
        emails.append(email)


def collect_reminders(today: dt.date, agency_ids: list[int] | None = None) -> list[AgencyReminder]:
    """The reminders due `today`, one per agency that has recipients and late or due-soon tasks."""
    reminders = []
    for agency, emails in sorted(recipients_by_agency(agency_ids).items(), key=lambda item: item[0].name):
        groups = agency_dashboard(agency, today)
        reminder = AgencyReminder(agency, emails, groups[DeadlineStatus.OVERDUE], groups[DeadlineStatus.DUE_SOON])
        if not reminder.is_empty:
            reminders.append(reminder)
    return reminders


def subject_of(reminder: AgencyReminder, today: dt.date) -> str:
    parts = []
    if reminder.overdue:
        parts.append(f"{len(reminder.overdue)} nhiệm vụ quá hạn")
    if reminder.due_soon:
        parts.append(f"{len(reminder.due_soon)} nhiệm vụ sắp đến hạn")
    return f"[CCHC] {reminder.agency.name}: {', '.join(parts)} ({today:%d/%m/%Y})"


def compose(reminder: AgencyReminder, today: dt.date, connection=None) -> EmailMultiAlternatives:
    """The reminder as a plain-text e-mail with an HTML alternative."""
    site = settings.CCHC_SITE_URL
    context = {
        "agency": reminder.agency, "today": today, "site": site,
        "overdue": [_item(task, site) for task in reminder.overdue],
        "due_soon": [_item(task, site) for task in reminder.due_soon],
        "my_tasks_url": site + reverse("my_tasks"), "bulk_url": site + reverse("bulk_upload"),
    }
    message = EmailMultiAlternatives(
        subject=subject_of(reminder, today), body=render_to_string("notifications/reminder.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL, to=reminder.recipients, connection=connection)
    message.attach_alternative(render_to_string("notifications/reminder.html", context), "text/html")
    return message


def _item(task: Task, site: str) -> dict:
    info = task.deadline_info
    return {"task": task, "info": info, "url": site + reverse("task_detail", args=[task.pk]),
            "days_late": info.working_days_late,
            "days_left": info.working_days_left if info.working_days_left and info.working_days_left > 0 else 0}
