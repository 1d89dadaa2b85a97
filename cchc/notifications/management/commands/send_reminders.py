"""`cchc manage send_reminders`: e-mail each agency its overdue and due-soon tasks (run it daily, e.g. cron)."""
from __future__ import annotations

from cchc.notifications.command import ReminderCommand
from cchc.notifications.sending import send_reminders


class Command(ReminderCommand):
    help = "Gửi e-mail nhắc các cơ quan về nhiệm vụ quá hạn và sắp đến hạn (mỗi ngày một lần)."

    def send(self, today, agency_ids, dry_run, force):
        return send_reminders(today, agency_ids, dry_run=dry_run, force=force)

    def describe(self, reminder) -> str:
        return f"{len(reminder.overdue)} quá hạn, {len(reminder.due_soon)} sắp đến hạn"
