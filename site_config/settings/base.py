"""Settings shared by every environment.

Everything that differs between a laptop, CI and production is read from the environment
(see README.md, "Environment variables"); dev.py, test.py and production.py only choose defaults.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
# Runtime files (SQLite database, media, collected static files) live outside the source tree.
STATE_DIR = Path(os.environ.get("OCOP_STATE_DIR", BASE_DIR / ".state"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# --- Public address ------------------------------------------------------------------------
# SITE_URL is the one source of absolute URLs (site_config/site_url.py): canonical, hreflang,
# Open Graph, JSON-LD, sitemap (through the Site record bootstrap_site writes), e-mails, password
# reset and Stripe's return addresses. Development defaults to what `make run` serves;
# production.py refuses to start without it.
SITE_URL = (os.environ.get("SITE_URL") or f"http://127.0.0.1:{os.environ.get('PORT') or '8000'}").rstrip("/")

INSTALLED_APPS = [
    "site_config",
    "home",
    "catalogue",
    "storefront",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
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
    "django_tasks",
    "django_tasks_db",
    "phonenumber_field",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "site_config.middleware.RejectNulCharactersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "site_config.csp.CSPMiddleware",  # csp's middleware, with the admin's own policy
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

# --- Compression and Permissions-Policy (site_config/headers.py) --------------------------
# Gzip for HTML/JSON where no secret sits beside reflected input (the BREACH rationale is in
# headers.py); outside everything that writes the body, so it compresses the final response.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1, "site_config.headers.SafeGZipMiddleware"
)
MIDDLEWARE.append("site_config.headers.PermissionsPolicyMiddleware")
# Features the site never uses, off for it and for what it embeds (videos keep their own
# fullscreen and picture-in-picture through the iframe's allow attribute and the defaults).
PERMISSIONS_POLICY = os.environ.get("PERMISSIONS_POLICY") or ", ".join(
    [
        "accelerometer=()",
        "camera=()",
        "geolocation=()",
        "gyroscope=()",
        "magnetometer=()",
        "microphone=()",
        "midi=()",
        "payment=()",
        "usb=()",
        "browsing-topics=()",
    ]
)

# Database sessions, an existing one saved in one UPDATE (site_config/sessions.py).
SESSION_ENGINE = "site_config.sessions"

ROOT_URLCONF = "site_config.urls"
WSGI_APPLICATION = "site_config.wsgi.application"

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
                "storefront.context_processors.cart",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{STATE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Deferred transactions let an admin autosave and a publish both start reading, then fail
    # with "database is locked" when both write; IMMEDIATE makes the second one wait instead.
    DATABASES["default"].setdefault("OPTIONS", {})["transaction_mode"] = "IMMEDIATE"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -----------------------------------------------------------------------------
# Vietnamese is the source language. Adding a language is configuration only: add it to
# OCOP_LANGUAGES (env, comma separated codes from LANGUAGE_NAMES), run
# `manage.py bootstrap_site`, and ship its message catalogue in site_config/locale/.
LANGUAGE_NAMES = {
    "vi": "Tiếng Việt",
    "en": "English",
    "ko": "한국어",
    "ja": "日本語",
    "zh-hans": "中文",
    "ru": "Русский",
    "th": "ไทย",
}
LANGUAGE_CODE = "vi"
_language_codes = env_list("OCOP_LANGUAGES", "vi,en")
if LANGUAGE_CODE not in _language_codes:
    _language_codes.insert(0, LANGUAGE_CODE)
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [(code, LANGUAGE_NAMES[code]) for code in _language_codes]
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [PROJECT_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_TZ = True

# --- Static and media ----------------------------------------------------------------------
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", STATE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", STATE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
# Let Django serve local media (development, single-host deployments behind a cache).
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if os.environ.get("MEDIA_S3_BUCKET"):
    # S3-compatible media (django-storages); credentials come from the usual AWS_* variables.
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["MEDIA_S3_BUCKET"],
            "endpoint_url": os.environ.get("MEDIA_S3_ENDPOINT_URL") or None,
            "custom_domain": os.environ.get("MEDIA_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }

# --- Wagtail -------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "OCOP Quảng Ninh"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or SITE_URL
WAGTAILIMAGES_IMAGE_MODEL = "catalogue.CatalogueImage"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "webp": "webp"}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "xlsx"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
WAGTAILEMBEDS_RESPONSIVE_HTML = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Editing and translating (catalogue/wagtail_hooks.py, README "Editing and translating") ---
# "Translate this page" creates the English page as a draft: it goes live only when someone
# publishes it in English (the default publishes the untranslated copy at once).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# iPhone photos: accepted on upload and stored as JPEG (catalogue/models/images.py).
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp", "heic", "heif"]
WAGTAILIMAGES_IMAGE_FORM_BASE = "catalogue.forms.CatalogueImageForm"
# Avatars over HTTPS always (Wagtail's default is scheme-relative), as the admin's CSP allows.
WAGTAIL_GRAVATAR_PROVIDER_URL = "https://www.gravatar.com/avatar"
# No upgrade notice fetched from a third party on the dashboard: editors cannot act on it, the
# pinned requirements are upgraded by the operators, and the admin's CSP keeps connect-src 'self'.
WAGTAIL_ENABLE_UPDATE_CHECK = False

# --- Search --------------------------------------------------------------------------------
# The embedded default is the database backend; ELASTICSEARCH_URL switches to a real node, with
# the database backend kept up to date as "fallback": search_catalogue answers from it (marked
# degraded) while Elasticsearch is unreachable. See search/backend.py and search/queries.py.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
OCOP_SEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "ocop_")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
OCOP_SEARCH_FALLBACK_BACKEND = None
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backend",
            "URLS": [u.strip() for u in ELASTICSEARCH_URL.split(",") if u.strip()],
            "INDEX_PREFIX": OCOP_SEARCH_INDEX_PREFIX,
            "TIMEOUT": int(os.environ.get("ELASTICSEARCH_TIMEOUT", "5")),
            "ATOMIC_REBUILD": True,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        },
        "fallback": {"BACKEND": "wagtail.search.backends.database"},
    }
    OCOP_SEARCH_FALLBACK_BACKEND = "fallback"
# After an engine failure, searches go straight to the fallback for this many seconds.
OCOP_SEARCH_RETRY_AFTER = int(os.environ.get("OCOP_SEARCH_RETRY_AFTER", "10"))
# The JSON API (/api/…) answers every error in JSON, the 500 included (search/middleware.py);
# outermost, so it sees the error responses of every other middleware and view.
MIDDLEWARE = ["search.middleware.JsonApiErrorsMiddleware", *MIDDLEWARE]

# --- Background work -----------------------------------------------------------------------
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"),
    }
}

# --- Email ---------------------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "OCOP Quảng Ninh <shop@ocop.example>")
# For EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend (the production smoke test reads it).
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH") or None
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Payments ------------------------------------------------------------------------------
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
# Points the Stripe client at stripe-mock in development and tests.
STRIPE_API_BASE = os.environ.get("STRIPE_API_BASE", "")
# Shop: a development-only stand-in for Stripe Checkout (storefront/test_payment.py), mounted only
# while Stripe is a stripe-mock on this machine; production.py switches it off whatever the environment.
STRIPE_TEST_PAYMENT_PAGE = STRIPE_API_BASE.split("://")[-1].split("/")[0].rsplit(":", 1)[0] in {
    "127.0.0.1",
    "localhost",
    "[::1]",
}

# --- Security headers (django-csp 4) -------------------------------------------------------
# The Wagtail admin lives under this path (no leading slash; a less guessable path keeps bots' noise
# out of the login log). The URLs and the admin's CSP read it here.
OCOP_ADMIN_PATH = os.environ.get("OCOP_ADMIN_PATH", "admin/").strip("/") + "/"
# The public site's policy, enforced.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:", "blob:"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "frame-src": [
            "'self'",
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
            "https://checkout.stripe.com",
        ],
        "form-action": ["'self'", "https://checkout.stripe.com"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
# The admin's policy, enforced under /OCOP_ADMIN_PATH (site_config/csp.py decides which applies):
# Wagtail's choosers, date pickers and modals run inline scripts, user avatars come from Gravatar,
# and embeds are previewed in frames.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": [
            "'self'",
            "data:",
            "blob:",
            "https://www.gravatar.com",
            "https://i.ytimg.com",
            "https://i.vimeocdn.com",
        ],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "frame-src": [
            "'self'",
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "form-action": ["'self'"],
        "connect-src": ["'self'"],
        "frame-ancestors": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

PHONENUMBER_DEFAULT_REGION = "VN"
# Messages ride in the session: a cookie of their own would be one more cookie to secure.
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "elastic_transport": {"level": "WARNING"},
        "elasticsearch": {"level": "WARNING"},
        # One line per background task and per publish is noise in a terminal.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# --- Vietnamese admin ----------------------------------------------------------------------
# Wagtail's and wagtail-localize's Vietnamese catalogues are incomplete: the project's
# translations of their strings live in their own locale directory (compiled by `make messages`;
# LOCALE_PATHS outrank app catalogues, and the entries above outrank this one). The admin speaks
# OCOP_ADMIN_LANGUAGE unless a user picks another language in their account, whatever the
# browser asks for (site_config/admin_language.py).
LOCALE_PATHS += [PROJECT_DIR / "admin_locale"]
OCOP_ADMIN_LANGUAGE = LANGUAGE_CODE
MIDDLEWARE += ["site_config.admin_language.AdminLanguageMiddleware"]
WAGTAILADMIN_USER_LOGIN_FORM = "site_config.admin_language.LoginForm"

# --- Abuse resistance (README, "Abuse resistance") -----------------------------------------
# Cache: Redis through CACHE_URL (shared by every app server: rate-limit counters must be), the
# local memory of one process otherwise.
CACHE_URL = os.environ.get("CACHE_URL", "")
if CACHE_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ocop"}}
OCOP_RATE_LIMIT_CACHE = "default"
OCOP_RATE_LIMITS_ENABLED = env_bool("OCOP_RATE_LIMITS_ENABLED", True)
# scope: (requests, seconds) per client; site_config/ratelimit.py maps URLs to scopes.
OCOP_RATE_LIMITS = {
    "order_placement": (5, 600),  # orders placed
    "checkout": (30, 600),  # checkout form submissions, with or without errors
    "checkout_refresh": (300, 600),  # the checkout re-rendered for a new country or province
    "cart": (60, 60),  # add, update, remove
    "order_pages": (60, 60),
    "search": (120, 60),  # the search page, the JSON API and suggest
    "login": (10, 60),  # admin login submissions (failures also lock out: AXES_* below)
    "password_reset": (5, 3600),  # each one can send an e-mail
    "wholesale_enquiry": (10, 3600),  # enquiry form submissions (each sends up to three e-mails)
    "stamp_verify": (30, 60),  # traceability stamps: the verify form and code pages
}
# Behind a reverse proxy: the header it sets and how many proxies of ours append to it.
OCOP_TRUSTED_PROXY_HEADER = os.environ.get("OCOP_TRUSTED_PROXY_HEADER", "")
OCOP_TRUSTED_PROXY_COUNT = int(os.environ.get("OCOP_TRUSTED_PROXY_COUNT", "1"))
# Ports a Host header may carry ("*": any, e.g. runserver on a laptop). Without a port the
# Host is left to ALLOWED_HOSTS alone.
OCOP_ALLOWED_HOST_PORTS = env_list("OCOP_ALLOWED_HOST_PORTS", os.environ.get("PORT", "8000"))
MIDDLEWARE.insert(0, "site_config.middleware.HostAndPathHygieneMiddleware")
MIDDLEWARE.append("site_config.ratelimit.RateLimitMiddleware")
# Per phone number, e-mail address and browser session: open unpaid orders and units on hold.
OCOP_HOLD_LIMITS = {
    "open_orders": int(os.environ.get("OCOP_HOLD_MAX_OPEN_ORDERS", "3")),
    "units": int(os.environ.get("OCOP_HOLD_MAX_UNITS", "30")),
}
OCOP_CONFIRMATION_EMAILS_PER_HOUR = int(os.environ.get("OCOP_CONFIRMATION_EMAILS_PER_HOUR", "3"))
# Admin login: 5 failures in 15 minutes lock out the account and, separately, the address.
AXES_FAILURE_LIMIT = int(os.environ.get("OCOP_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("OCOP_LOGIN_LOCKOUT_MINUTES", "15")))
AXES_USE_ATTEMPT_EXPIRATION = True  # a failure counts for AXES_COOLOFF_TIME, then expires
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "site_config.ratelimit.client_ip"
AXES_LOCKOUT_CALLABLE = "site_config.login_security.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
INSTALLED_APPS.append("axes")
AUTHENTICATION_BACKENDS = [
    "site_config.login_security.LoginLockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
MIDDLEWARE.append("axes.middleware.AxesMiddleware")  # last, as axes asks
# Admin TOTP second factor (django-otp): "optional" (users with an enrolled authenticator must
# use it; `manage.py totp_enrol USER`), "required" (every admin user), or "off".
OCOP_ADMIN_2FA = os.environ.get("OCOP_ADMIN_2FA", "optional")
OTP_TOTP_ISSUER = "OCOP Quảng Ninh"
INSTALLED_APPS += ["django_otp", "django_otp.plugins.otp_totp"]
MIDDLEWARE[MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1 : 0] = [
    "django_otp.middleware.OTPMiddleware",
    "site_config.login_security.AdminSecondFactorMiddleware",
]

# --- Per-request memo (site_config/memo.py) ------------------------------------------
# Outermost: repeated look-ups (active Locale, section pages, navigation) are made once per request.
MIDDLEWARE = ["site_config.memo.RequestMemoMiddleware", *MIDDLEWARE]
# Navigation, taxonomy names, section pages and site settings of public pages, cached until the
# content version moves (site_config/content_version.py); 0 turns the cache off.
OCOP_CONTENT_CACHE_SECONDS = int(os.environ.get("OCOP_CONTENT_CACHE_SECONDS", "600"))

# --- Page cache for anonymous visitors (site_config/page_cache.py) ------------------------------
# Innermost but for axes: whole public pages for visitors with nothing of their own in the session, kept until
# the content version moves (publish, price, stock, certificate…); 0 turns it off.
OCOP_PAGE_CACHE_SECONDS = int(os.environ.get("OCOP_PAGE_CACHE_SECONDS", "300"))
# Pages and the content cache live in a cache of their own: in local memory, their entries would
# otherwise crowd the rate-limit counters out of "default" (LocMemCache culls at MAX_ENTRIES).
CACHES["pages"] = (
    {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL, "KEY_PREFIX": "pages"}
    if CACHE_URL
    else {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "ocop-pages",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("axes.middleware.AxesMiddleware"), "site_config.page_cache.AnonymousPageCacheMiddleware"
)
TEMPLATES[0]["OPTIONS"]["context_processors"].append("site_config.page_cache.csrf_placeholder")

# --- Wholesale enquiries (catalogue/wholesale) -------------------------------------------------
# Where the programme office receives them (empty: the e-mail of Settings → Site settings); the
# spam checks' bounds on the time between showing the form and sending it (seconds).
OCOP_WHOLESALE_OFFICE_EMAIL = os.environ.get("OCOP_WHOLESALE_OFFICE_EMAIL", "")
OCOP_WHOLESALE_MIN_SECONDS = 3
OCOP_WHOLESALE_MAX_AGE = 24 * 3600
# --- Traceability stamps (README, "Traceability stamps") ------------------------------------------
# A code scanned more often than this may have been copied onto fake packages: the verify page
# warns the buyer and the admin flags the code.
OCOP_STAMP_SUSPICIOUS_SCANS = int(os.environ.get("OCOP_STAMP_SUSPICIOUS_SCANS", "20"))
# --- The producers' own corner (catalogue/producer_access.py) -------------------------------
# A producer's staff reach only the admin screens built for them and their own pages' editor.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1,
    "catalogue.producer_middleware.ProducerCornerMiddleware",
)
