"""Sending the day's reminders over SMTP and keeping the reminder log.

A reminder (same agency, same set of tasks) that was sent successfully today is not sent again;
a failed one is retried by the next run. The log keeps who received which task ids and when.
"""
from __future__ import annotations

import datetime as dt
import smtplib
from dataclasses import dataclass

from django.core.mail import get_connection
from django.utils import timezone

from .models import ReminderLog
from .reminders import AgencyReminder, collect_reminders, compose, subject_of


@dataclass
class Outcome:
    reminder: AgencyReminder  # or a report reminder: anything with an agency
    status: str  # "sent", "failed", "already_sent", "dry_run"
    error: str = ""


def already_sent(reminder: AgencyReminder, today: dt.date) -> bool:
    sent = ReminderLog.objects.filter(agency=reminder.agency, sent_on=today, status=ReminderLog.Status.SENT)
    return any(sorted(log.task_ids) == reminder.task_ids for log in sent)


def send_reminders(today: dt.date | None = None, agency_ids: list[int] | None = None, dry_run: bool = False,
                   force: bool = False) -> list[Outcome]:
    """Send today's reminders; `force` sends even those already sent today."""
    today = today or timezone.localdate()
    return deliver(collect_reminders(today, agency_ids), today, already_sent, _send, dry_run, force)


def deliver(reminders, today: dt.date, was_sent, send, dry_run: bool = False, force: bool = False) -> list:
    """Send each reminder over one SMTP connection, skipping those `was_sent` today unless `force`.

    Shared by task reminders and report reminders; `send(reminder, today, connection)` returns
    an outcome (with `.reminder`, `.status`, `.error`) and records it.
    """
    outcomes, connection = [], None
    try:
        for reminder in reminders:
            if not force and was_sent(reminder, today):
                outcomes.append(Outcome(reminder, "already_sent"))
            elif dry_run:
                outcomes.append(Outcome(reminder, "dry_run"))
            else:
                connection = connection or get_connection()
                outcomes.append(send(reminder, today, connection))
    finally:
        if connection is not None:
            connection.close()
    return outcomes


def _send(reminder: AgencyReminder, today: dt.date, connection) -> Outcome:
    message = compose(reminder, today, connection)
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as err:
        outcome = Outcome(reminder, "failed", _describe(err))
    else:
        outcome = Outcome(reminder, "sent")
    ReminderLog.objects.create(
        agency=reminder.agency, sent_on=today, recipients=reminder.recipients, task_ids=reminder.task_ids,
        overdue=len(reminder.overdue), due_soon=len(reminder.due_soon), subject=subject_of(reminder, today)[:255],
        status=ReminderLog.Status.SENT if outcome.status == "sent" else ReminderLog.Status.FAILED,
        error=outcome.error)
    return outcome


def _describe(err: Exception) -> str:
    if isinstance(err, smtplib.SMTPRecipientsRefused):
        return "Máy chủ thư từ chối người nhận: " + ", ".join(err.recipients)
    if isinstance(err, ConnectionRefusedError):
        return "Không kết nối được máy chủ thư (SMTP)."
    return f"{type(err).__name__}: {err}"[:1000]
