"""`cchc manage send_reminders`: e-mail each agency its overdue and due-soon tasks (run it daily, e.g. cron)."""
from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from cchc.notifications.sending import send_reminders

LABELS = {"sent": "Đã gửi", "failed": "Gửi lỗi", "already_sent": "Bỏ qua (đã gửi hôm nay)",
          "dry_run": "Sẽ gửi (chạy thử)"}


def _day(text: str) -> dt.date:
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise CommandError(f"Ngày “{text}” không hợp lệ (dạng dd/mm/yyyy).")


class Command(BaseCommand):
    help = "Gửi e-mail nhắc các cơ quan về nhiệm vụ quá hạn và sắp đến hạn (mỗi ngày một lần)."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="ngày nhắc (dd/mm/yyyy), mặc định hôm nay")
        parser.add_argument("--agency", type=int, action="append", help="chỉ nhắc cơ quan có mã này (lặp được)")
        parser.add_argument("--dry-run", action="store_true", help="chỉ liệt kê, không gửi")
        parser.add_argument("--force", action="store_true", help="gửi lại cả thư đã gửi hôm nay")

    def handle(self, *args, **options):
        today = _day(options["date"]) if options["date"] else None
        outcomes = send_reminders(today, options["agency"], dry_run=options["dry_run"], force=options["force"])
        for outcome in outcomes:
            reminder = outcome.reminder
            line = (f"{LABELS[outcome.status]}: {reminder.agency.name} → {', '.join(reminder.recipients)} "
                    f"({len(reminder.overdue)} quá hạn, {len(reminder.due_soon)} sắp đến hạn)")
            if outcome.error:
                line += f" – {outcome.error}"
            self.stdout.write(line)
        failed = sum(outcome.status == "failed" for outcome in outcomes)
        sent = sum(outcome.status == "sent" for outcome in outcomes)
        self.stdout.write(f"Tổng cộng: {sent} thư đã gửi, {failed} thư lỗi, {len(outcomes)} cơ quan cần nhắc.")
        if failed:
            raise CommandError(f"Có {failed} thư gửi lỗi; chạy lại lệnh để gửi lại.")
