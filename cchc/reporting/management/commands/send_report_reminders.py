"""`cchc manage send_report_reminders`: e-mail agencies whose periodic report is late, due soon or returned
(run it daily, e.g. cron, next to send_reminders)."""
from __future__ import annotations

from cchc.notifications.command import ReminderCommand
from cchc.reporting.reminders import send_report_reminders


class Command(ReminderCommand):
    help = "Gửi e-mail nhắc các cơ quan nộp báo cáo định kỳ (quá hạn, sắp đến hạn, bị trả lại)."

    def send(self, today, agency_ids, dry_run, force):
        return send_report_reminders(today, agency_ids, dry_run=dry_run, force=force)

    def describe(self, reminder) -> str:
        return ", ".join(item.period.label for item in reminder.items)
