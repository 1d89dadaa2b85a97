"""Recompute the stored Task.overdue_after of every task.

Task.save keeps it right, and it does not move with time (see deadline_status.overdue_after), so
this is a repair for rows written around Task.save (bulk_create, queryset.update, raw SQL), not a
daily job.
"""
from django.core.management.base import BaseCommand

from cchc.tracking.deadline_status import overdue_after
from cchc.tracking.models import Task

BATCH = 2000


class Command(BaseCommand):
    help = "Tính lại ngày quá hạn lưu sẵn (Task.overdue_after) của mọi nhiệm vụ"

    def handle(self, *args, **options):
        changed, batch = 0, []
        for task in Task.objects.select_related("plan").iterator(chunk_size=BATCH):
            value = overdue_after(task)
            if value != task.overdue_after:
                task.overdue_after = value
                batch.append(task)
            if len(batch) >= BATCH:
                changed += Task.objects.bulk_update(batch, ["overdue_after"])
                batch = []
        changed += Task.objects.bulk_update(batch, ["overdue_after"]) if batch else 0
        self.stdout.write(f"Đã tính lại {changed} nhiệm vụ.")
