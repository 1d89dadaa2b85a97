"""Task.overdue_after: the stored, time-independent date past which an unfinished task is overdue."""
from django.db import migrations, models

from cchc.tracking.deadline_status import overdue_after


def fill_overdue_after(apps, schema_editor):
    Task = apps.get_model("tracking", "Task")
    batch = []
    for task in Task.objects.select_related("plan").iterator(chunk_size=2000):
        task.overdue_after = overdue_after(task)
        batch.append(task)
        if len(batch) >= 2000:
            Task.objects.bulk_update(batch, ["overdue_after"])
            batch = []
    Task.objects.bulk_update(batch, ["overdue_after"])


class Migration(migrations.Migration):

    dependencies = [
        ('tracking', '0002_reform_areas'),
    ]

    operations = [
        migrations.AddField(
            model_name='task',
            name='overdue_after',
            field=models.DateField(blank=True, editable=False, null=True, verbose_name='quá hạn sau ngày'),
        ),
        migrations.AddIndex(
            model_name='task',
            index=models.Index(fields=['is_active', 'status', 'overdue_after'], name='task_overdue_idx'),
        ),
        migrations.RunPython(fill_overdue_after, migrations.RunPython.noop),
    ]
