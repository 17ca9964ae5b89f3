"""The search document of a product page: everything a search needs, denormalised.

A product page's text is translated, but its price, stock, certificates, producer, region and
group hang off the default-language page and are shared by every translation. The document
copies them in, so one Elasticsearch request can filter, facet and sort. Keeping copies fresh is
``search.indexing``'s job.

Star ratings expire without any edit (a certificate is valid for 36 months), so the document
never stores "the current stars": it stores, for each N in 1..5, the date ranges during which the
product's current rating was at least N stars (``stars_ge_N``). "Minimum 4 stars today" is then a
range query on today's date, and stays right on the day a certificate expires.
"""

import datetime
from collections import defaultdict

from .cards import CardContext, product_card
from .text import fold, normalize

STAR_LEVELS = (1, 2, 3, 4, 5)
ONE_DAY = datetime.timedelta(days=1)
# Languages whose documents also get an English-stemmed copy of the text ("cakes" finds "cake").
STEMMED_LANGUAGES = {"en"}
# The expiry of pages that never expire: one range filter then covers every document.
NEVER = "9999-12-31T00:00:00+00:00"


def current_rating_periods(certificates):
    """Date ranges during which each star level was reached by the product's current rating.

    ``certificates``: iterable of objects/tuples with ``stars, issued_on, expires_on, pk``.
    The current rating on a day is the newest certificate valid that day (ties: highest pk),
    exactly as ``ProductPage.current_certification``. Returns {stars: [(first_day, last_day)]}.
    """
    certs = list(certificates)
    if not certs:
        return {n: [] for n in STAR_LEVELS}
    bounds = sorted({c.issued_on for c in certs} | {c.expires_on + ONE_DAY for c in certs})
    segments = []  # (first_day, last_day, stars)
    for start, next_start in zip(bounds, bounds[1:], strict=False):
        valid = [c for c in certs if c.issued_on <= start <= c.expires_on]
        if not valid:
            continue
        current = max(valid, key=lambda c: (c.issued_on, c.pk))
        segments.append((start, next_start - ONE_DAY, current.stars))
    periods = {}
    for level in STAR_LEVELS:
        merged = []
        for first, last, stars in segments:
            if stars < level:
                continue
            if merged and merged[-1][1] + ONE_DAY == first:
                merged[-1] = (merged[-1][0], last)
            else:
                merged.append((first, last))
        periods[level] = merged
    return periods


def current_stars(periods, day):
    """The current rating on ``day`` from :func:`current_rating_periods` (None when unrated)."""
    stars = None
    for level in STAR_LEVELS:
        if any(first <= day <= last for first, last in periods[level]):
            stars = level
    return stars


class _Cert:
    __slots__ = ("pk", "stars", "issued_on", "expires_on")

    def __init__(self, pk, stars, issued_on, expires_on):
        self.pk, self.stars, self.issued_on, self.expires_on = pk, stars, issued_on, expires_on


class DocumentContext:
    """Shared data for a batch of product pages, loaded in a constant number of queries."""

    def __init__(self, pages):
        from catalogue.models import Certification, ProducerPage, ProductGroup, ProductVariant, Region

        keys = {p.translation_key for p in pages}
        self.variants = defaultdict(list)
        for key, price, stock in ProductVariant.objects.filter(
            product__translation_key__in=keys, is_active=True
        ).values_list("product__translation_key", "price_vnd", "stock"):
            self.variants[key].append((price, stock))
        self.certificates = defaultdict(list)
        for key, pk, stars, issued, expires in Certification.objects.filter(
            product__translation_key__in=keys
        ).values_list("product__translation_key", "pk", "stars", "issued_on", "expires_on"):
            self.certificates[key].append(_Cert(pk, stars, issued, expires))

        producer_ids = {p.producer_id for p in pages}
        self.producers = {
            row[0]: row[1:]
            for row in ProducerPage.objects.filter(pk__in=producer_ids).values_list(
                "pk", "translation_key", "producer_type", "title", "locale_id")
        }
        self.producer_titles = {
            (key, locale_id): title
            for key, locale_id, title in ProducerPage.objects.filter(
                translation_key__in={v[0] for v in self.producers.values()}
            ).values_list("translation_key", "locale_id", "title")
        }
        from wagtail.models import Locale

        self.languages = dict(Locale.objects.values_list("pk", "language_code"))
        self.regions = _Taxonomy(Region)
        self.groups = _Taxonomy(ProductGroup)
        self.titles = live_titles(keys)
        self.cards = CardContext(pages)


class TextContext:
    """What ``product_text`` needs for pages indexed one by one (the database backend's
    ``update_index`` and saves): the taxonomy names, cached for a minute per process, and the
    producer's title (one query)."""

    _taxonomy = None
    _loaded_at = 0.0
    TTL = 60

    def __init__(self, regions, groups, producers, producer_titles, titles):
        self.regions, self.groups = regions, groups
        self.producers, self.producer_titles = producers, producer_titles
        self.titles = titles

    @classmethod
    def forget(cls):
        cls._taxonomy = None

    @classmethod
    def for_page(cls, page):
        import time

        from catalogue.models import ProducerPage, ProductGroup, Region

        now = time.monotonic()
        stale = cls._taxonomy is None or now - cls._loaded_at > cls.TTL
        if not stale and (page.region_id not in cls._taxonomy[0].by_id or page.group_id not in cls._taxonomy[1].by_id):
            stale = True  # a node newer than the cache
        if stale:
            cls._taxonomy = (_Taxonomy(Region), _Taxonomy(ProductGroup))
            cls._loaded_at = now
        producers, titles = {}, {}
        producer = ProducerPage.objects.filter(pk=page.producer_id).values_list(
            "translation_key", "producer_type", "title", "locale_id").first()
        if producer:
            producers[page.producer_id] = producer
            title = ProducerPage.objects.filter(
                translation_key=producer[0], locale_id=page.locale_id).values_list("title", flat=True).first()
            if title:
                titles[(producer[0], page.locale_id)] = title
        return cls(*cls._taxonomy, producers, titles, live_titles([page.translation_key]))


def live_titles(translation_keys):
    """{translation key: {locale id: title}} of the live product pages of these products."""
    from catalogue.models import ProductPage

    titles = defaultdict(dict)
    for key, locale_id, title in ProductPage.objects.filter(translation_key__in=translation_keys, live=True) \
            .values_list("translation_key", "locale_id", "title"):
        titles[key][locale_id] = normalize(title)
    return titles


class _Taxonomy:
    """A whole taxonomy tree in memory (it is small): names per language, parents."""

    def __init__(self, model):
        rows = list(model.objects.values_list("pk", "translation_key", "locale_id", "name", "parent_id", "slug"))
        self.by_id = {pk: (key, parent) for pk, key, _locale, _name, parent, _slug in rows}
        self.names = {(key, locale): name for _pk, key, locale, name, _parent, _slug in rows}
        self.rows = {pk: (name, slug) for pk, _key, _locale, name, _parent, slug in rows}

    def card(self, node_id, locale_id):
        """{"slug", "name"} of a node in ``locale_id`` (its own name where untranslated), or None."""
        if node_id not in self.by_id:
            return None
        name, slug = self.rows[node_id]
        return {"slug": slug, "name": self.names.get((self.by_id[node_id][0], locale_id), name)}

    def names_up(self, node_id, locale_id):
        """Names of the node and its ancestors in ``locale_id`` (source name where untranslated)."""
        names, seen = [], set()
        while node_id and node_id in self.by_id and node_id not in seen:
            seen.add(node_id)
            key, parent = self.by_id[node_id]
            name = self.names.get((key, locale_id))
            if name is None:
                name = next((n for (k, _loc), n in self.names.items() if k == key), "")
            names.append(name)
            node_id = parent
        return names


def _streamfield_text(page, field_name):
    field = page._meta.get_field(field_name)
    try:
        return " ".join(str(s) for s in field.get_searchable_content(getattr(page, field_name)))
    except Exception:  # a malformed block must not stop indexing the rest of the page
        return ""


def product_text(page, context=None):
    """All searchable text of a product in its page's language (NFC): title first.

    Memoised on the page: the document builder and the page's ``search_folded_text`` both use it.
    """
    cached = getattr(page, "_ocop_search_text", None)
    if cached is not None:
        return cached
    context = context or getattr(page, "_ocop_document_context", None) or TextContext.for_page(page)
    producer = context.producers.get(page.producer_id)
    producer_title = ""
    if producer:
        key, _type, title, _locale = producer
        producer_title = context.producer_titles.get((key, page.locale_id), title)
    parts = [
        page.title,
        page.intro,
        _streamfield_text(page, "body"),
        page.packaging,
        page.ingredients,
        producer_title,
        " ".join(context.regions.names_up(page.region_id, page.locale_id)),
        " ".join(context.groups.names_up(page.group_id, page.locale_id)),
    ]
    page._ocop_search_text = normalize(" ".join(p for p in parts if p))
    return page._ocop_search_text


def other_titles(page, context=None):
    """The titles of the product's live translations in other languages ("" when none).

    A foreign buyer may know a speciality by its Vietnamese name ("chả mực"), a Vietnamese
    buyer by its English one ("fish sauce"): each language's document carries the others'.
    """
    cached = getattr(page, "_ocop_other_titles", None)
    if cached is not None:
        return cached
    context = context or getattr(page, "_ocop_document_context", None) or TextContext.for_page(page)
    titles = context.titles.get(page.translation_key, {})
    page._ocop_other_titles = " ".join(
        title for locale_id, title in sorted(titles.items()) if locale_id != page.locale_id)
    return page._ocop_other_titles


def folded_search_text(page):
    """ASCII-folded text of a product and its titles in the other languages, for the database
    backend's search field (Elasticsearch keeps the other titles in a field of their own)."""
    cached = getattr(page, "_ocop_folded_text", None)
    if cached is None:
        cached = page._ocop_folded_text = fold(f"{product_text(page)} {other_titles(page)}")
    return cached


def product_document(page, context):
    """The fields that search/backend.py adds to a ProductPage's Elasticsearch document."""
    variants = context.variants.get(page.translation_key, [])
    producer = context.producers.get(page.producer_id)
    periods = current_rating_periods(context.certificates.get(page.translation_key, []))
    language_code = context.languages.get(page.locale_id, "")
    page._ocop_document_context = getattr(page, "_ocop_document_context", None) or context
    text = product_text(page, context)
    folded_text = fold(text)
    title = normalize(page.title)
    folded_title = fold(title)
    others = other_titles(page, context)
    doc = {
        "ocop_title": title,
        "ocop_title_folded": folded_title,
        "ocop_title_sort": folded_title[:200],
        "ocop_suggest": folded_title,
        "ocop_text": text,
        "ocop_text_folded": folded_text,
        "ocop_text_en": folded_text if language_code in STEMMED_LANGUAGES else "",
        "ocop_other_titles": others,
        "ocop_other_titles_folded": fold(others),
        "ocop_locale_id": page.locale_id,
        "ocop_live": page.live,
        "ocop_path": page.path,
        "ocop_expire_at": page.expire_at.isoformat() if page.expire_at else NEVER,
        "ocop_first_published_at": page.first_published_at.isoformat() if page.first_published_at else None,
        "ocop_region_id": str(page.region_id),
        "ocop_group_id": str(page.group_id),
        "ocop_producer_type": producer[1] if producer else None,
        "ocop_price_min_vnd": min((price for price, _stock in variants), default=None),
        "ocop_in_stock": any(stock > 0 for _price, stock in variants),
        "ocop_card": product_card(page, context.cards, context.regions, context.groups),
    }
    for level in STAR_LEVELS:
        doc[f"ocop_stars_ge_{level}"] = [
            {"gte": first.isoformat(), "lte": last.isoformat()} for first, last in periods[level]
        ]
    return doc
