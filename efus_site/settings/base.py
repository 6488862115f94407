"""Settings shared by every environment; safe by default, configured from the environment."""

import tomllib
from datetime import timedelta
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL


# Names the running code in every cached value's key, so a new release never reads the last one's
# cache. Deploys set it to the commit; otherwise the project's version stands in.
def _project_version():
    with open(BASE_DIR / "pyproject.toml", "rb") as pyproject:
        return tomllib.load(pyproject)["project"]["version"]


RELEASE_ID = env_str("RELEASE_ID") or _project_version()

INSTALLED_APPS = [
    # modeltranslation must come before the apps whose models it translates.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "modeltranslation",
    "efus_site.core",
    "members",
    "press",
    "resources",
    "efus_site.translation",
    "initiatives",
    "conferences",
    "efus_site.newsletter",
    "members.network",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "axes",
]

MIDDLEWARE = [
    "efus_site.core.security.SecurityHeadersMiddleware",
    "efus_site.core.generation.GenerationMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and locale: a cached page is served without touching either.
    "efus_site.core.pagecache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, but a 404 in the admin stays a 404 instead of leading to "/en/admin/…".
    "efus_site.core.i18n.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "efus_site.accounts.sessions.SessionLimitMiddleware",
    "efus_site.core.routing.CachedSiteMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After messages: it tells staff why the admin sent them to set up a second factor.
    "efus_site.accounts.second_factor.StaffSecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Only with DEBUG on: the site's own 404 page instead of Django's technical one.
    "efus_site.core.debug.PublicNotFoundMiddleware",
    # Last: it turns a login attempt that django-axes refused into the "locked" page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "efus_site.urls"
WSGI_APPLICATION = "efus_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "efus_site.core.security.csp_nonce",
            ],
        },
    },
]

# Database: SQLite file unless DATABASE_URL names a server. Health checks let
# persistent connections recover after PostgreSQL restarts.
DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL,
            conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
            conn_health_checks=True,
        )
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": BASE_DIR / "var" / "db.sqlite3",
        }
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The editor writes from several requests at once (preview, autosave, editing-session pings). A
    # deferred transaction that reads, then writes, fails at once with "database is locked" when
    # another holds the write lock; an immediate one waits for it.
    DATABASES["default"].setdefault("OPTIONS", {}).update(transaction_mode="IMMEDIATE", timeout=20)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set. A Redis outage must degrade to cache
# misses, never to errors, so exceptions are swallowed and timeouts are short.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "efus",
            "TIMEOUT": 600,
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "efus",
            "TIMEOUT": 600,
        }
    }
# Wagtail writes every rendition it hands out to this cache, on every render. Listings fetch their
# renditions in bulk from the database anyway, so a per-process cache spares a Redis write per image.
# Rendition keys include the file's hash and focal point, so a changed image never reads a stale one.
CACHES["renditions"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "efus-renditions",
    "TIMEOUT": 3600,
    "OPTIONS": {"MAX_ENTRIES": 5000},
}

# Celery: eager without a broker, so the embedded site needs no worker.
# The broker may live in its own Redis (noeviction) apart from the cache (allkeys-lru).
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", REDIS_URL) or "memory://"
# Results are kept only for tasks that ask for them (ignore_result=False).
CELERY_RESULT_BACKEND = REDIS_URL
CELERY_TASK_IGNORE_RESULT = True
CELERY_RESULT_EXPIRES = 3600
CELERY_TASK_ALWAYS_EAGER = CELERY_BROKER_URL == "memory://"
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 300)
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 240)
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
# A task whose worker died unacknowledged is handed to another worker once the visibility
# timeout has passed; it must stay above the longest task time limit. Publishing gives up
# after a short connect timeout, so a request never hangs on a dead broker (see core.outbox).
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", 900),
    "socket_connect_timeout": 2,
    "unacked_restore_throttle": 1,
}
CELERY_BEAT_SCHEDULE = {
    "flush-task-outbox": {"task": "efus_site.core.tasks.flush_outbox", "schedule": 60.0},
    # An embargoed release goes live at most this long after its time (the tests shorten it).
    "publish-scheduled-pages": {
        "task": "efus_site.core.tasks.publish_scheduled",
        "schedule": float(env_int("PUBLISH_SCHEDULED_EVERY", 60)),
    },
    "forget-old-applications": {"task": "members.tasks.forget_old_applications", "schedule": 24 * 3600.0},
    "forget-old-initiative-submissions": {
        "task": "initiatives.tasks.forget_old_submissions",
        "schedule": 24 * 3600.0,
    },
    "remind-registrants": {"task": "conferences.tasks.remind_registrants", "schedule": 3600.0},
    "forget-old-registrations": {"task": "conferences.tasks.forget_registrations", "schedule": 24 * 3600.0},
    "send-network-digests": {
        "task": "members.network.tasks.send_weekly_digests",
        "schedule": crontab(hour=7, minute=0, day_of_week="monday"),
    },
    "send-due-newsletters": {
        "task": "efus_site.newsletter.tasks.send_due_newsletters",
        "schedule": float(env_int("NEWSLETTER_TICK_SECONDS", 60)),
    },
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

# Machine translation (efus_site.translation): "deepl", "libretranslate" or unset for none.
TRANSLATION_BACKEND = env_str("TRANSLATION_BACKEND", "")
DEEPL_API_URL = env_str("DEEPL_API_URL", "https://api.deepl.com")
DEEPL_AUTH_KEY = env_str("DEEPL_AUTH_KEY", "")
LIBRETRANSLATE_URL = env_str("LIBRETRANSLATE_URL", "http://libretranslate:5000")
LIBRETRANSLATE_API_KEY = env_str("LIBRETRANSLATE_API_KEY", "")
TRANSLATION_BATCH_SEGMENTS = env_int("TRANSLATION_BATCH_SEGMENTS", 40)
TRANSLATION_BATCH_CHARACTERS = env_int("TRANSLATION_BATCH_CHARACTERS", 20000)
TRANSLATION_REQUESTS_PER_MINUTE = env_int("TRANSLATION_REQUESTS_PER_MINUTE", 60)
TRANSLATION_MAX_RETRIES = env_int("TRANSLATION_MAX_RETRIES", 5)
TRANSLATION_RETRY_SECONDS = env_int("TRANSLATION_RETRY_SECONDS", 2)
TRANSLATION_TIMEOUT_SECONDS = env_int("TRANSLATION_TIMEOUT_SECONDS", 30)
# A job works this long per task run, then queues its next part, well inside the task time limit.
TRANSLATION_SLICE_SECONDS = env_int("TRANSLATION_SLICE_SECONDS", 120)
# Fields the translations dashboard does not count as missing when a language leaves them empty (the
# English shows): proper names that read the same in every language. "app_label.model.field".
TRANSLATION_SAME_IN_EVERY_LANGUAGE = ["members.memberauthority.name"]

# Email: SMTP when EMAIL_HOST is set, the console otherwise.
EMAIL_HOST = env_str("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# The newsletter's emails (confirmations, issues) go through SMTP too; without it, each is written to a
# file in EMAIL_FILE_PATH rather than printed, since an issue goes to every subscriber.
NEWSLETTER_EMAIL_BACKEND = EMAIL_BACKEND if EMAIL_HOST else "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "mail"))
# Sending an issue: messages per SMTP connection, messages a second at most (0: no limit), the first
# retry's delay after a temporary failure (doubling each time) and how long one task sends before
# handing over to the next.
NEWSLETTER_BATCH_SIZE = env_int("NEWSLETTER_BATCH_SIZE", 100)
NEWSLETTER_RATE = env_int("NEWSLETTER_RATE", 20)
NEWSLETTER_RETRY_SECONDS = env_int("NEWSLETTER_RETRY_SECONDS", 300)
NEWSLETTER_TASK_SECONDS = env_int("NEWSLETTER_TASK_SECONDS", 180)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Efus <no-reply@efus.eu>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Accounts (efus_site/accounts/): django-allauth, logging in by email address, for members and staff
# alike (the admin's login is the same page). Nobody signs up alone: staff and coordinators invite.
AUTHENTICATION_BACKENDS = [
    # First: refuses any attempt on an account and address that are locked, before a password is checked.
    "axes.backends.AxesStandaloneBackend",
    "efus_site.accounts.backends.EmailBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "network_home"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAILADMIN_LOGIN_URL = "account_login"
ACCOUNT_ADAPTER = "efus_site.accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {
    "reset_password": "efus_site.accounts.forms.AnyCaseResetPasswordForm",
    "reset_password_from_key": "efus_site.accounts.forms.UnlockingResetPasswordKeyForm",
}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
# An invitation proves the address: it was sent there.
ACCOUNT_EMAIL_VERIFICATION = "none"
ACCOUNT_PREVENT_ENUMERATION = True
# allauth would write to an unknown address inviting it to sign up, which nobody can here.
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Efus – "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if SITE_URL.startswith("https://") else "http"
# Failed logins are counted by django-axes per account and address; allauth's own count per account
# would let anyone lock a member out from anywhere.
ACCOUNT_RATE_LIMITS = {"login_failed": None}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Efus"
# Every account was made from an invitation sent to its address, or by staff: there is no unproven address.
MFA_ALLOW_UNVERIFIED_EMAIL = True
USERSESSIONS_TRACK_ACTIVITY = False
# Session lengths from the login (efus_site.accounts.sessions); staff with admin access need a second factor.
MEMBER_SESSION_SECONDS = env_int("MEMBER_SESSION_SECONDS", 14 * 24 * 3600)
STAFF_SESSION_SECONDS = env_int("STAFF_SESSION_SECONDS", 12 * 3600)
SESSION_COOKIE_AGE = MEMBER_SESSION_SECONDS
STAFF_REQUIRE_MFA = env_bool("STAFF_REQUIRE_MFA", True)
# An invitation link works once, for this many days.
INVITATION_DAYS = env_int("INVITATION_DAYS", 7)
# Lockout (django-axes): 5 failures in a row lock that account from that address for 15 minutes; a
# password reset from the email lifts it at once. A locked attempt is not counted again.
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_USERNAME_CALLABLE = "efus_site.accounts.lockout.username_from"
AXES_CLIENT_IP_CALLABLE = "efus_site.accounts.lockout.client_ip"
AXES_LOCKOUT_CALLABLE = "efus_site.accounts.lockout.locked_out"
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False
AXES_VERBOSE = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: every URL carries one of these prefixes; English is the fallback.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("de", _("German")),
    ("it", _("Italian")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
WAGTAIL_I18N_ENABLED = False

# Static and media files
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# Django serves uploaded images itself only where no proxy or bucket does (development, browser tests).
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    # Media on S3-compatible storage, so several web replicas share uploads.
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL")
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME")
    AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN")
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = False
    AWS_S3_FILE_OVERWRITE = False
    # Images are then loaded from the bucket's host, which the CSP must allow.
    CSP_EXTRA_MEDIA_SOURCES = [
        f"https://{AWS_S3_CUSTOM_DOMAIN}" if AWS_S3_CUSTOM_DOMAIN else AWS_S3_ENDPOINT_URL or "https://*.amazonaws.com"
    ]
else:
    CSP_EXTRA_MEDIA_SOURCES = []

# Upload limits
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Security defaults; dev.py relaxes what plain HTTP needs.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "efus_site.core.views.csrf_failure"

# Wagtail
WAGTAIL_SITE_NAME = "Efus – European Forum for Urban Security"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_USAGE_COUNT_ENABLED = True
WAGTAILIMAGES_IMAGE_MODEL = "core.CustomImage"
WAGTAILIMAGES_IMAGE_FORM_BASE = "efus_site.core.forms.ImageForm"
# The database backend: SQLite's FTS5 in development, PostgreSQL's full-text search on a server. Pages
# index their text folded (no accents, lower case) in all six languages together, so PostgreSQL uses
# the "simple" configuration: no stemming, which would treat French text as English. docs/deploy.md
# says how to move to OpenSearch, with an analyser per language, when the content outgrows it.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "xlsx", "txt"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "efus_site.core.forms.CheckedDocumentForm"
# Documents always go through Wagtail's view, which enforces privacy and sends them as attachments.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# Whole pages cached for anonymous visitors; publishing anything empties this cache.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
PAGE_CACHE_QUERY_PARAMETERS = {"page", "year"}

# Public forms: the header holding the visitor's address when a proxy stands in front (e.g.
# HTTP_X_REAL_IP), and how many posts one address may send per hour.
CLIENT_IP_HEADER = env_str("CLIENT_IP_HEADER", "")
FORM_POSTS_PER_HOUR = env_int("FORM_POSTS_PER_HOUR", 10)

# CDN purging: configured only when a purge endpoint is given. Wagtail purges a published page
# in the editor's language; efus_site.core.signals adds the other five (their slugs differ per
# language, so Wagtail's own prefix swapping would miss them).
FRONTEND_CACHE_URL = env_str("FRONTEND_CACHE_URL")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"without_traceback": {"()": "efus_site.core.logging.WithoutTraceback"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "console_short": {"class": "logging.StreamHandler", "filters": ["without_traceback"]},
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.security.DisallowedHost": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        # The cache swallows Redis errors on purpose; one line per failed call is enough to see an outage.
        "django_redis": {"handlers": ["console_short"], "level": "WARNING", "propagate": False},
        # Wagtail runs its own small jobs (search index, reference index) through django-tasks; one line each is noise.
        "django_tasks": {"level": "WARNING"},
    },
}
