"""E-mail reminders to agencies whose periodic report is late, due soon, or returned and not yet resubmitted.

Recipients and SMTP sending are the notifications app's (`recipients_by_agency`, Django's mail connection,
its error descriptions); the reporting app imports them, never the other way round, because reporting is an
optional app. A reminder (same agency, same periods and reasons) goes out once a day: sent reminders are
recorded in the audit log ("reporting.reminder.sent") and looked up there.
"""
from __future__ import annotations

import datetime as dt
import smtplib
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from cchc.notifications.reminders import recipients_by_agency
from cchc.notifications.sending import Outcome, _describe, deliver
from cchc.tracking.actions.audit import record
from cchc.tracking.models import Agency, AuditEntry

from .actions import expected_agencies
from .formatting import date_short
from .models import AgencyReport, ReportingPeriod, ReportStatus

DUE_SOON_DAYS = 3  # remind this many days before the agency's due date
LATE_FOR_DAYS = 45  # stop reminding of a report this many days after its due date
LATE, DUE_SOON, RETURNED = "late", "due_soon", "returned"
KIND_LABELS = {LATE: "quá hạn, chưa nộp", DUE_SOON: "sắp đến hạn", RETURNED: "bị trả lại, chưa nộp lại"}
SENT_ACTION = "reporting.reminder.sent"


@dataclass
class ReportItem:
    period: ReportingPeriod
    kind: str  # LATE, DUE_SOON or RETURNED
    report: AgencyReport | None = None

    @property
    def key(self) -> list:
        return [self.period.pk, self.kind]


@dataclass
class ReportReminder:
    agency: Agency
    recipients: list[str]
    items: list[ReportItem] = field(default_factory=list)

    @property
    def identity(self) -> list[list]:
        return sorted(item.key for item in self.items)


def _item(period: ReportingPeriod, report: AgencyReport | None, today: dt.date) -> ReportItem | None:
    if report is not None and report.status == ReportStatus.RETURNED:
        return ReportItem(period, RETURNED, report)
    if report is not None and report.first_submitted_at is not None:
        return None  # submitted, under review or approved
    return ReportItem(period, LATE if period.due_agency < today else DUE_SOON, report)


def collect_report_reminders(today: dt.date, agency_ids: list[int] | None = None) -> list[ReportReminder]:
    periods = ReportingPeriod.objects.filter(
        due_agency__gte=today - dt.timedelta(days=LATE_FOR_DAYS),
        due_agency__lte=today + dt.timedelta(days=DUE_SOON_DAYS)).select_related("plan").order_by("due_agency")
    recipients = recipients_by_agency(agency_ids)
    found: dict[Agency, ReportReminder] = {}
    for period in periods:
        reports = {r.agency_id: r for r in period.reports.all()}
        for agency in expected_agencies(period.plan):
            if agency not in recipients:
                continue
            item = _item(period, reports.get(agency.pk), today)
            if item is not None:
                found.setdefault(agency, ReportReminder(agency, recipients[agency])).items.append(item)
    return sorted(found.values(), key=lambda r: r.agency.name)


def subject_of(reminder: ReportReminder, today: dt.date) -> str:
    labels = ", ".join(f"{item.period.label} {KIND_LABELS[item.kind]}" for item in reminder.items)
    return f"[CCHC] {reminder.agency.name}: báo cáo {labels} ({date_short(today)})"


def _link(item: ReportItem, site: str) -> str:
    return site + reverse("reporting:period_report", args=[item.period.pk])


def compose(reminder: ReportReminder, today: dt.date, connection=None) -> EmailMultiAlternatives:
    site = settings.CCHC_SITE_URL
    rows = [{"item": item, "label": KIND_LABELS[item.kind], "url": _link(item, site),
             "comment": item.report.review_comment if item.report else "",
             "days_late": (today - item.period.due_agency).days} for item in reminder.items]
    lines = [f"Kính gửi: {reminder.agency.name}", "",
             f"Hệ thống theo dõi cải cách hành chính nhắc các báo cáo định kỳ của cơ quan (ngày {date_short(today)}):",
             ""]
    for row in rows:
        period = row["item"].period
        lines.append(f"- Báo cáo {period.label} ({period.plan.title}): {row['label']}; "
                     f"hạn gửi Sở Nội vụ {date_short(period.due_agency)}.")
        if row["comment"]:
            lines.append(f"  Ý kiến của Sở Nội vụ: {row['comment']}")
        lines.append(f"  {row['url']}")
    lines += ["", "Thư này được gửi tự động, mỗi ngày một lần khi có báo cáo cần nhắc. Vui lòng không trả lời thư."]
    message = EmailMultiAlternatives(subject=subject_of(reminder, today), body="\n".join(lines),
                                     from_email=settings.DEFAULT_FROM_EMAIL, to=reminder.recipients,
                                     connection=connection)
    message.attach_alternative(render_to_string("reporting/report_reminder_email.html", {
        "agency": reminder.agency, "today": today, "rows": rows,
        "my_reports_url": site + reverse("reporting:my_reports")}), "text/html")
    return message


def already_sent(reminder: ReportReminder, today: dt.date) -> bool:
    sent = AuditEntry.objects.filter(action=SENT_ACTION, object_type="agency", object_id=str(reminder.agency.pk),
                                     field=today.isoformat())
    return any(entry.new.get("items") == reminder.identity for entry in sent)


def send_report_reminders(today: dt.date | None = None, agency_ids: list[int] | None = None, dry_run: bool = False,
                          force: bool = False) -> list[Outcome]:
    today = today or timezone.localdate()
    return deliver(collect_report_reminders(today, agency_ids), today, already_sent, _send, dry_run, force)


def _send(reminder: ReportReminder, today: dt.date, connection) -> Outcome:
    try:
        compose(reminder, today, connection).send()
    except (smtplib.SMTPException, OSError) as err:
        return Outcome(reminder, "failed", _describe(err))
    # The day goes in `field` so that today's reminders are found without reading every entry.
    record(None, SENT_ACTION, reminder.agency, field=today.isoformat(),
           new={"items": reminder.identity, "recipients": reminder.recipients})
    return Outcome(reminder, "sent")
