import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("tracking", "0004_import_in_background"),
    ]

    operations = [
        migrations.AddField(
            model_name="agency",
            name="updated_at",
            field=models.DateTimeField(auto_now=True, default=django.utils.timezone.now, verbose_name="cập nhật lúc"),
            preserve_default=False,
        ),
    ]
