"""Settings of RateMyModule, read from the environment the compose files set."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name, default="false"):
    return os.environ.get(name, default).strip().lower() in ("1", "true", "yes", "on")


def read_secret(name, default=None):
    """Returns NAME's value: the content of the file NAME_FILE names (a Compose secret), else NAME itself."""
    path = os.environ.get(name + "_FILE")
    if path:
        with open(path, encoding="utf-8") as secret:
            return secret.read().strip()
    value = os.environ.get(name, default)
    if value is None:
        raise RuntimeError(f"set {name}_FILE to a secret file (or {name})")
    return value


PRODUCTION = env_flag("PRODUCTION")
DEBUG = env_flag("DEBUG") and not PRODUCTION
SECRET_KEY = read_secret("SECRET_KEY")
# 127.0.0.1 is where the image's healthcheck asks.
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split() + ["127.0.0.1"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "core",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
]
ROOT_URLCONF = "core.urls"
TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "APP_DIRS": True}]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        # On the channel's data volume, so it outlives the container.
        "NAME": BASE_DIR / "data" / "core.db",
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

STATIC_URL = "static/"
# The channel's static volume, which its nginx serves under /static/.
STATIC_ROOT = BASE_DIR / "static"

OAUTH = {
    "google": {"client_id": os.environ.get("OAUTH_GOOGLE_CLIENT_ID", ""),
               "secret": read_secret("OAUTH_GOOGLE_SECRET", "")},
    "microsoft": {"client_id": os.environ.get("OAUTH_MICROSOFT_CLIENT_ID", ""),
                  "secret": read_secret("OAUTH_MICROSOFT_SECRET", "")},
}

if env_flag("EMAIL_TO_CONSOLE"):
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
else:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "465"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = read_secret("EMAIL_PASSWORD", "")
    EMAIL_USE_SSL = env_flag("EMAIL_USE_SSL")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
