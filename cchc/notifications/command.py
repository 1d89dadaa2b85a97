"""What the reminder commands share: their options, the per-agency lines and the summary.

Subclasses say what to send (`send`) and how to describe one reminder (`describe`).
"""
from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

LABELS = {"sent": "Đã gửi", "failed": "Gửi lỗi", "already_sent": "Bỏ qua (đã gửi hôm nay)",
          "dry_run": "Sẽ gửi (chạy thử)"}


def parse_day(text: str) -> dt.date:
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise CommandError(f"Ngày “{text}” không hợp lệ (dạng dd/mm/yyyy).")


class ReminderCommand(BaseCommand):
    def send(self, today: dt.date | None, agency_ids, dry_run: bool, force: bool) -> list:
        raise NotImplementedError

    def describe(self, reminder) -> str:
        raise NotImplementedError

    def add_arguments(self, parser):
        parser.add_argument("--date", help="ngày nhắc (dd/mm/yyyy), mặc định hôm nay")
        parser.add_argument("--agency", type=int, action="append", help="chỉ nhắc cơ quan có mã này (lặp được)")
        parser.add_argument("--dry-run", action="store_true", help="chỉ liệt kê, không gửi")
        parser.add_argument("--force", action="store_true", help="gửi lại cả thư đã gửi hôm nay")

    def handle(self, *args, **options):
        today = parse_day(options["date"]) if options["date"] else None
        outcomes = self.send(today, options["agency"], options["dry_run"], options["force"])
        for outcome in outcomes:
            reminder = outcome.reminder
            line = f"{LABELS[outcome.status]}: {reminder.agency.name} → {', '.join(reminder.recipients)} " \
                   f"({self.describe(reminder)})"
            self.stdout.write(line + (f" – {outcome.error}" if outcome.error else ""))
        failed = sum(o.status == "failed" for o in outcomes)
        sent = sum(o.status == "sent" for o in outcomes)
        self.stdout.write(f"Tổng cộng: {sent} thư đã gửi, {failed} thư lỗi, {len(outcomes)} cơ quan cần nhắc.")
        if failed:
            raise CommandError(f"Có {failed} thư gửi lỗi; chạy lại lệnh để gửi lại.")
