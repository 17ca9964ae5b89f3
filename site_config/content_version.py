"""The content version: one number, in the database, that goes up after every change a public
page can show (publish, unpublish, move, delete; prices; stock when what a page shows of it
changes, see ``catalogue.models.variants.stock_shown``, so a sale of the 48th of 100 jars leaves
every cached page in place; certificates; regions and groups; images; site, navigation and shop
settings; locales).

Whatever is cached from the database for public pages (the header's navigation, taxonomy names,
whole pages for anonymous visitors in ``site_config.page_cache``) is keyed on this number, so a
change is seen by every app server at its next request, whether the cache is each process's own
memory or a shared Redis: nothing has to be purged, old entries simply stop being asked for and
expire. Reading the number is one small query per request (memoised for the request).

The number is raised after the changing transaction commits (``on_commit``): raising it inside
would lock the row until commit and queue every concurrent order behind it. A request that read
the old data just before the commit stores it under the old number, which no one asks for again.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.db import connection, transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from .memo import memoized

# Models whose rows public pages show (lazy "app.Model" senders: site_config imports no app above it).
CONTENT_MODELS = [
    "catalogue.ProductVariant",
    "catalogue.Certification",
    "catalogue.Batch",  # product pages say whether a product carries stamps
    "catalogue.Region",
    "catalogue.ProductGroup",
    "catalogue.CatalogueImage",
    "site_config.SiteSettings",
    "site_config.NavigationSettings",
    "site_config.ShopSettings",
    "wagtailcore.Locale",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.Site",
]
# Models whose deletion only is a change: making a rendition is not (a page kept from before it
# existed finds it, ``CatalogueImage.find_existing_renditions``), deleting one is (renditions are
# kept in this cache, ``catalogue.queries.prefetch_renditions``, and would name a deleted file).
DELETION_MODELS = ["catalogue.CatalogueRendition"]
TIMEOUT = 600  # seconds; an entry of the current version lives this long at most


def current() -> int:
    """The content version now (read once per request)."""
    return memoized(("content_version",), _read)


def _read():
    # Plain SQL: every request of the site reads it, and the ORM spent more compiling this query
    # than the database took to answer it.
    from .models import ContentVersion

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT number FROM {connection.ops.quote_name(ContentVersion._meta.db_table)} WHERE id = 1")
        row = cursor.fetchone()
    return (row[0] if row else 0) or 0


def bump(*args, **kwargs):
    """Raise the version once the current transaction commits (at once outside one)."""
    transaction.on_commit(_bump_now)


def _bump_now():
    from .models import ContentVersion

    now = timezone.now()
    if not ContentVersion.objects.filter(pk=1).update(number=F("number") + 1, changed_at=now):
        ContentVersion.objects.get_or_create(pk=1, defaults={"number": 1, "changed_at": now})


def current_with_time():
    """(version, when it last moved or None): one query, not memoised (the feeds' conditional GET)."""
    from .models import ContentVersion

    row = ContentVersion.objects.filter(pk=1).values_list("number", "changed_at").first()
    return row or (0, None)


def cached(name: str, compute, timeout: int | None = None):
    """``compute()`` cached under ``name`` for the current content version (None is not cached).

    ``OCOP_CONTENT_CACHE_SECONDS = 0`` (the test settings) turns this cache off: tests that change
    content inside one transaction never see the version move (it moves on commit).
    """
    timeout = timeout or getattr(settings, "OCOP_CONTENT_CACHE_SECONDS", TIMEOUT)
    if not timeout:
        return compute()
    key = f"ocop:cv{current()}:{name}"
    cache = caches["pages"]
    value = cache.get(key)
    if value is None:
        value = compute()
        if value is not None:
            cache.set(key, value, timeout)
    return value


def cached_today(name: str, compute):
    """:func:`cached`, also keyed on today's date: for what shows the day's certificate stars
    (a certificate expires at midnight without any save raising the version)."""
    from django.utils import timezone

    return cached(f"{name}:{timezone.localdate().isoformat()}", compute)


def cached_many(names, compute, timeout: int | None = None):
    """``{name: value}`` for every name: those cached for the current content version are read in
    one cache round trip; ``compute(missing_names)`` returns ``{name: value}`` for the others (in
    one query, say), stored in one round trip (None, or a name left out, is not cached).
    ``OCOP_CONTENT_CACHE_SECONDS = 0`` computes every one, as :func:`cached` does."""
    names = list(names)
    timeout = timeout or getattr(settings, "OCOP_CONTENT_CACHE_SECONDS", TIMEOUT)
    if not timeout:
        computed = compute(names) if names else {}
        return {name: computed.get(name) for name in names}
    prefix = f"ocop:cv{current()}:"
    cache = caches["pages"]
    found = cache.get_many([prefix + name for name in names])
    values = {name: found.get(prefix + name) for name in names}
    missing = [name for name, value in values.items() if value is None]
    if missing:
        computed = compute(missing)
        values.update({name: computed.get(name) for name in missing})
        cache.set_many({prefix + name: computed[name] for name in missing if computed.get(name) is not None}, timeout)
    return values


def slug_key(text: str) -> str:
    """A visitor's text (a URL's slug, a query parameter) as part of a ``cached`` name: hashed,
    so that no visitor chooses the characters or the length of a cache key."""
    return hashlib.sha1(text.encode()).hexdigest()


def _bump_on_save(sender, instance=None, raw=False, **kwargs):
    if not raw:
        bump()


def _bump_on_page_deleted(sender, instance=None, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page) and instance.live:
        bump()


def connect_signals():
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    for model in CONTENT_MODELS:
        post_save.connect(_bump_on_save, sender=model, dispatch_uid=f"content_version_save_{model}")
        post_delete.connect(_bump_on_save, sender=model, dispatch_uid=f"content_version_delete_{model}")
    for model in DELETION_MODELS:
        post_delete.connect(_bump_on_save, sender=model, dispatch_uid=f"content_version_delete_{model}")
    post_delete.connect(_bump_on_page_deleted, dispatch_uid="content_version_page_deleted")
    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(bump, dispatch_uid=f"content_version_{id(signal)}")
