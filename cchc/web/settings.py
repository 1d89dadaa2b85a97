"""Django settings for CCHC.

SQLite at `var/cchc.sqlite3` by default; PostgreSQL (or any database) through `DATABASE_URL`.
Everything that differs between a laptop and a server comes from environment variables:
`CCHC_SECRET_KEY`, `CCHC_DEBUG`, `CCHC_ALLOWED_HOSTS`, `CCHC_SECURE` (HTTPS-only cookies, HSTS).
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parents[2]
VAR_DIR = Path(os.environ.get("CCHC_VAR_DIR", BASE_DIR / "var"))


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in {"1", "true", "yes", "on"}


def _env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = _env_bool("CCHC_DEBUG", False)
# A development key only: any real deployment sets CCHC_SECRET_KEY.
SECRET_KEY = os.environ.get("CCHC_SECRET_KEY", "cchc-development-key-change-me-in-production-0123456789")
ALLOWED_HOSTS = _env_list("CCHC_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = _env_list("CCHC_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "axes",
    "cchc.tracking",
    "cchc.notifications",
    "cchc.reporting",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cchc.web.urls"
WSGI_APPLICATION = "cchc.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "cchc.tracking.context_processors.user_role",
            ],
        },
    },
]

(VAR_DIR / "staticfiles").mkdir(parents=True, exist_ok=True)  # also holds the SQLite file
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'cchc.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # Tests on SQLite use a file of their own, not the shared in-memory database, whose table locks
    # fail at once when a background thread writes while a request reads (a file waits its turn).
    DATABASES["default"]["TEST"] = {"NAME": str(Path(tempfile.gettempdir()) / f"cchc-test-{os.getpid()}.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Rendered plan overviews and task lists, shared by all server processes of a host: files under
# CCHC_CACHE_DIR (no extra service; works whatever the database). Keys hold the data version, so an
# entry is never stale, only unused: MAX_ENTRIES bounds the directory (a third is culled beyond it).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("CCHC_CACHE_DIR", str(VAR_DIR / "cache")),
        "TIMEOUT": 3600,
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CCHC_CACHE_MAX_ENTRIES", "3000"))},
    }
}

# Argon2 first: new passwords are hashed with it, older hashes are upgraded at login.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Login rate limiting (django-axes): 5 failures per user name and address lock for 30 minutes.
AXES_FAILURE_LIMIT = int(os.environ.get("CCHC_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 0.5  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "tracking/auth/locked.html"
AXES_VERBOSE = False

# Sessions: a working day at most, and gone when the browser closes.
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE = _env_bool("CCHC_SECURE", False)
SESSION_COOKIE_SECURE = SECURE
CSRF_COOKIE_SECURE = SECURE
SECURE_SSL_REDIRECT = SECURE
SECURE_HSTS_SECONDS = 31536000 if SECURE else 0
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if SECURE else None
if SECURE and "CCHC_SECRET_KEY" not in os.environ:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("CCHC_SECURE is on: set CCHC_SECRET_KEY to a long random value.")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "d/m/Y H:i"
SHORT_DATE_FORMAT = "d/m/Y"
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
MEDIA_ROOT = Path(os.environ.get("CCHC_MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"  # evidence files are served through an authorised view, never directly

# Uploads: plan documents and evidence files.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 20000  # the import review form has ~15 fields per task
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
CCHC_MAX_PLAN_UPLOAD_MB = 30
# An upload waits this long for its parse; a slower document (OCR of a scan) goes on in the background
# in one of CCHC_IMPORT_WORKERS threads, and is offered for a new reading if still unfinished after
# CCHC_IMPORT_STALE_MINUTES (its server process was stopped).
CCHC_IMPORT_WAIT_SECONDS = float(os.environ.get("CCHC_IMPORT_WAIT_SECONDS", "8"))
CCHC_IMPORT_WORKERS = int(os.environ.get("CCHC_IMPORT_WORKERS", "1"))
CCHC_IMPORT_STALE_MINUTES = int(os.environ.get("CCHC_IMPORT_STALE_MINUTES", "30"))
CCHC_MAX_EVIDENCE_MB = 20
CCHC_EVIDENCE_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "odt", "ods", "jpg", "jpeg", "png", "zip", "txt"]

# Deadlines: a task is "sắp đến hạn" when its next due point is at most this many working days away.
CCHC_DUE_SOON_WORKING_DAYS = int(os.environ.get("CCHC_DUE_SOON_WORKING_DAYS", "10"))
# Compensatory days the government announces each year, on top of holidays.Vietnam:
# extra days off (ngày nghỉ bù) and Saturdays worked in exchange (ngày làm bù), ISO dates.
CCHC_EXTRA_DAYS_OFF = _env_list("CCHC_EXTRA_DAYS_OFF")
CCHC_EXTRA_WORKING_DAYS = _env_list("CCHC_EXTRA_WORKING_DAYS", "2025-04-26,2026-08-22")

# E-mail reminders (`cchc manage send_reminders`): SMTP server and sender from the environment.
EMAIL_BACKEND = os.environ.get("CCHC_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("CCHC_SMTP_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("CCHC_SMTP_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("CCHC_SMTP_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("CCHC_SMTP_PASSWORD", "")
EMAIL_USE_TLS = _env_bool("CCHC_SMTP_STARTTLS", False)
EMAIL_USE_SSL = _env_bool("CCHC_SMTP_SSL", False)
EMAIL_TIMEOUT = int(os.environ.get("CCHC_SMTP_TIMEOUT", "30"))
DEFAULT_FROM_EMAIL = os.environ.get("CCHC_MAIL_FROM", "Theo dõi CCHC <cchc@localhost>")
CCHC_SITE_URL = os.environ.get("CCHC_SITE_URL", "http://127.0.0.1:8000").rstrip("/")  # links in e-mails

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("CCHC_LOG_LEVEL", "WARNING")},
    # 403/404 are expected answers, not incidents: log only server errors.
    "loggers": {"django.request": {"level": "ERROR"}, "django.security": {"level": "ERROR"}},
}
