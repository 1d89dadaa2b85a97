from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "cchc.notifications"
    verbose_name = "Nhắc việc qua e-mail"
    default_auto_field = "django.db.models.BigAutoField"
