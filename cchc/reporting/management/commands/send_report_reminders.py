"""`cchc manage send_report_reminders`: e-mail agencies whose periodic report is late, due soon or returned
(run it daily, e.g. cron, next to send_reminders)."""
from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from cchc.notifications.management.commands.send_reminders import LABELS, _day
from cchc.reporting.reminders import send_report_reminders


class Command(BaseCommand):
    help = "Gửi e-mail nhắc các cơ quan nộp báo cáo định kỳ (quá hạn, sắp đến hạn, bị trả lại)."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="ngày nhắc (dd/mm/yyyy), mặc định hôm nay")
        parser.add_argument("--agency", type=int, action="append", help="chỉ nhắc cơ quan có mã này (lặp được)")
        parser.add_argument("--dry-run", action="store_true", help="chỉ liệt kê, không gửi")
        parser.add_argument("--force", action="store_true", help="gửi lại cả thư đã gửi hôm nay")

    def handle(self, *args, **options):
        today = _day(options["date"]) if options["date"] else None
        outcomes = send_report_reminders(today, options["agency"], dry_run=options["dry_run"],
                                         force=options["force"])
        for outcome in outcomes:
            reminder = outcome.reminder
            periods = ", ".join(item.period.label for item in reminder.items)
            line = f"{LABELS[outcome.status]}: {reminder.agency.name} → {', '.join(reminder.recipients)} ({periods})"
            self.stdout.write(line + (f" – {outcome.error}" if outcome.error else ""))
        failed = sum(o.status == "failed" for o in outcomes)
        sent = sum(o.status == "sent" for o in outcomes)
        self.stdout.write(f"Tổng cộng: {sent} thư đã gửi, {failed} thư lỗi, {len(outcomes)} cơ quan cần nhắc.")
        if failed:
            raise CommandError(f"Có {failed} thư gửi lỗi; chạy lại lệnh để gửi lại.")
