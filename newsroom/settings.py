"""Settings for Newsroom: one module, every difference between machines comes from the environment.

Variables (all optional on a developer machine; see `.env.example` and the README):
DJANGO_SECRET_KEY, DJANGO_DEBUG, DJANGO_ALLOWED_HOSTS, DATABASE_URL, CACHE_URL, DJANGO_TIME_ZONE,
DJANGO_SECURE_SSL_REDIRECT, DJANGO_TRUST_X_FORWARDED_PROTO, NEWSROOM_PAGE_CACHE_SECONDS,
DJANGO_MEDIA_ROOT, MEDIA_STORAGE_URL.
A `.env` file beside manage.py is read when present; real environment variables win over it.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
if (BASE_DIR / ".env").is_file():
    environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DJANGO_DEBUG", default=False)

SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "Set DJANGO_SECRET_KEY (or DJANGO_DEBUG=true for local development); see .env.example."
        )
    SECRET_KEY = "dev-only-insecure-key-never-use-in-production"

ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "reversion",
    "axes",
    "csp",
    "articles",
]

MIDDLEWARE = [
    # First: a cached page for an anonymous reader is answered before anything else runs.
    "articles.site.caching.AnonymousPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "newsroom.middleware.RejectNulBytesMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "newsroom.middleware.ContentSecurityPolicyMiddleware",  # django-csp's policy, built once
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # Axes first: it refuses a locked-out login before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "newsroom.urls"

TEMPLATES = [
    # Reader pages (articles/jinja2/): Jinja2, several times faster to render; see
    # articles/template_environment.py. Everything else (the admin, Django's own pages).
    {
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "environment": "articles.site.template_environment.environment",
            "context_processors": ["articles.site.context_processors.site"],
        },
    },
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "newsroom" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "articles.site.context_processors.site",
            ],
        },
    },
]

WSGI_APPLICATION = "newsroom.wsgi.application"

# Default: a SQLite file under the git-ignored var/. Production: DATABASE_URL=postgres://...
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'newsroom.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers run beside a writer; IMMEDIATE takes the write lock at BEGIN so two
    # writers queue on busy_timeout instead of failing with "database is locked" mid-transaction.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 5,
            "init_command": ("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;"),
        }
    )
    if DATABASES["default"]["NAME"] != ":memory:":
        Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
else:
    # Fail fast when the database is away (readers get a 503 page), and cut runaway queries
    # well before gunicorn's 30-second worker timeout.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "connect_timeout": env.int("NEWSROOM_DB_CONNECT_TIMEOUT", default=3),
            "options": f"-c statement_timeout={env.int('NEWSROOM_STATEMENT_TIMEOUT_MS', default=10000)}",
        }
    )

# Persistent connections: a worker reuses its connection instead of opening one per request.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
# The newsroom's own time zone: a seed's bare date means midnight here.
TIME_ZONE = env("DJANGO_TIME_ZONE", default="Europe/London")
# English only: no translation catalogue to look up on every reverse() and date filter.
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=str(VAR_DIR / "static"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Uploaded images. Development serves them from here; production's nginx does (deploy/), or an
# S3-compatible object store holds them (see the images settings below).
MEDIA_URL = "media/"
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=str(VAR_DIR / "media"))
# Uploads up to 5 MB are read in memory, bigger ones spooled to a temporary file; images are
# refused above 20 MB (articles/domain/images.py), and nginx refuses bodies above 25 MB.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024


def s3_media_storage(url: str) -> tuple[dict, list[str]]:
    """MEDIA_STORAGE_URL=s3://bucket?endpoint_url=https://…&region=…[&prefix=…][&custom_domain=…]
    [&addressing_style=path|virtual]: uploaded images in an S3-compatible bucket, through
    django-storages. Credentials come from the usual AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY
    variables (or the machine's role), never from the URL. Returns the STORAGES entry and the
    origins pages load images from (for the Content-Security-Policy)."""
    from urllib.parse import parse_qs, urlsplit

    parts = urlsplit(url)
    if parts.scheme != "s3" or not parts.netloc or parts.path not in ("", "/"):
        raise ImproperlyConfigured("MEDIA_STORAGE_URL must look like s3://bucket?endpoint_url=https://…&region=…")
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    known = {"endpoint_url", "region", "prefix", "custom_domain", "addressing_style"}
    if unknown := set(query) - known:
        raise ImproperlyConfigured(f"MEDIA_STORAGE_URL: unknown option(s) {', '.join(sorted(unknown))}.")
    bucket, endpoint = parts.netloc, query.get("endpoint_url")
    # S3-compatible servers (MinIO, Ceph, moto…) usually want path-style addresses.
    addressing = query.get("addressing_style", "path" if endpoint else "virtual")
    options = {
        "bucket_name": bucket,
        "endpoint_url": endpoint,
        "region_name": query.get("region"),
        "location": query.get("prefix", "").strip("/"),
        "custom_domain": query.get("custom_domain"),
        "addressing_style": addressing,
        "querystring_auth": False,  # public, cacheable URLs: images are public once on a page
        "file_overwrite": False,  # never replace a file another image may use
        "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
    }
    if query.get("custom_domain"):
        origins = [f"https://{query['custom_domain']}"]
    elif endpoint:
        end = urlsplit(endpoint)
        origins = [
            f"{end.scheme}://{bucket}.{end.netloc}" if addressing == "virtual" else f"{end.scheme}://{end.netloc}"
        ]
    else:
        region = query.get("region")
        origins = [f"https://{bucket}.s3.amazonaws.com"] + (
            [f"https://{bucket}.s3.{region}.amazonaws.com"] if region else []
        )
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}, origins


MEDIA_STORAGE_URL = env("MEDIA_STORAGE_URL", default="")
MEDIA_ORIGINS: list[str] = []
if MEDIA_STORAGE_URL:
    STORAGES["default"], MEDIA_ORIGINS = s3_media_storage(MEDIA_STORAGE_URL)

FIXTURE_DIRS = [BASE_DIR / "fixtures"]

DATABASE_ROUTERS = ["articles.domain.routers.DatabaseViewsRouter"]

# Local memory by default: pages are kept per process, and their invalidation is shared by every
# process on the machine through NEWSROOM_STATE_DIR (see articles/cache.py). Production:
# CACHE_URL=redis://127.0.0.1:6379/1, shared by all workers on every host.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://newsroom")}
# Where processes on this machine share state: with the per-process default cache, the content
# generation that tells every worker (and import_seeds, and a shell) that pages went stale.
NEWSROOM_STATE_DIR = env.path("NEWSROOM_STATE_DIR", default=str(VAR_DIR))
# Whole public pages for anonymous readers; 0 turns the page cache off (the default with debug on).
NEWSROOM_PAGE_CACHE_SECONDS = env.int("NEWSROOM_PAGE_CACHE_SECONDS", default=0 if DEBUG else 60)

LOGIN_URL = "admin:login"

# Security: on by default; plain-HTTP local use turns the HTTPS parts off through the environment.
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=SECURE_SSL_REDIRECT)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=not DEBUG)
if env.bool("DJANGO_TRUST_X_FORWARDED_PROTO", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# No inline script or style anywhere, no third-party origin: pages work offline and injected
# markup cannot run. JSON-LD blocks are data, not script, so the policy does not touch them.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Admin login throttling, recorded in the database so every worker sees the same count.
AXES_FAILURE_LIMIT = env.int("NEWSROOM_LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("NEWSROOM_LOGIN_COOLOFF_HOURS", default=1.0)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_HTTP_RESPONSE_CODE = 429
AXES_VERBOSE = False
# Behind NEWSROOM_PROXY_COUNT proxies, the client's address is the entry the first of them
# appended to X-Forwarded-For (ipware counts the proxies listed before it); with no proxy the
# header is the client's own word and is ignored.
NEWSROOM_PROXY_COUNT = env.int("NEWSROOM_PROXY_COUNT", default=0)
AXES_IPWARE_PROXY_COUNT = NEWSROOM_PROXY_COUNT - 1 if NEWSROOM_PROXY_COUNT else None
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if NEWSROOM_PROXY_COUNT else ["REMOTE_ADDR"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="WARNING")},
}

NEWSROOM_SITE_NAME = env("NEWSROOM_SITE_NAME", default="Newsroom")
NEWSROOM_ARTICLES_PER_PAGE = 20
NEWSROOM_QUOTES_PER_PAGE = 30
# Publishing an article whose quotes are not all verified: "warn" (publish, with a warning) or "block".
NEWSROOM_UNVERIFIED_QUOTES = env.str("NEWSROOM_UNVERIFIED_QUOTES", default="warn")
if NEWSROOM_UNVERIFIED_QUOTES not in ("warn", "block"):
    raise ImproperlyConfigured("NEWSROOM_UNVERIFIED_QUOTES must be “warn” or “block”.")
# How long a shareable preview link works.
NEWSROOM_PREVIEW_MAX_AGE = env.int("NEWSROOM_PREVIEW_MAX_AGE_HOURS", default=72) * 3600
