from django.apps import AppConfig


class TrackingConfig(AppConfig):
    name = "cchc.tracking"
    label = "tracking"
    verbose_name = "Theo dõi kế hoạch CCHC"
    default_auto_field = "django.db.models.BigAutoField"
