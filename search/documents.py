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
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from catalogue.models.certification import CertificateDates, current_certificate
from catalogue.product_text import TextContext, live_titles, other_titles, product_text
from catalogue.taxonomy_tree import tree
from site_config.text import fold, normalize

from .cards import CardContext, product_card

if TYPE_CHECKING:
    from catalogue.models import Certification, ProductPage

STAR_LEVELS = (1, 2, 3, 4, 5)
ONE_DAY = datetime.timedelta(days=1)
# Languages whose documents also get an English-stemmed copy of the text ("cakes" finds "cake").
STEMMED_LANGUAGES = {"en"}
# The expiry of pages that never expire: one range filter then covers every document.
NEVER = "9999-12-31T00:00:00+00:00"


def current_rating_periods(
    certificates: Iterable["Certification | CertificateDates"],
) -> dict[int, list[tuple[datetime.date, datetime.date]]]:
    """Date ranges during which each star level was reached by the product's current rating.

    ``certificates``: Certifications or ``CertificateDates`` of one product. The current rating
    on a day is ``catalogue.models.certification.current_certificate``'s, the rule that
    ``ProductPage.current_certification`` and the listings use. Returns {stars: [(first_day, last_day)]}.
    """
    certs = list(certificates)
    if not certs:
        return {n: [] for n in STAR_LEVELS}
    bounds = sorted({c.issued_on for c in certs} | {c.expires_on + ONE_DAY for c in certs})
    segments = []  # (first_day, last_day, stars)
    for start, next_start in zip(bounds, bounds[1:], strict=False):
        current = current_certificate(certs, start)
        if current is None:
            continue
        segments.append((start, next_start - ONE_DAY, current.stars))
    periods = {}
    for level in STAR_LEVELS:
        merged: list[tuple[datetime.date, datetime.date]] = []
        for first, last, stars in segments:
            if stars < level:
                continue
            if merged and merged[-1][1] + ONE_DAY == first:
                merged[-1] = (merged[-1][0], last)
            else:
                merged.append((first, last))
        periods[level] = merged
    return periods


class DocumentContext(TextContext):
    """Shared data for a batch of product pages, loaded in a constant number of queries."""

    def __init__(self, pages: Sequence["ProductPage"]) -> None:
        from wagtail.models import Locale

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
            self.certificates[key].append(CertificateDates(pk, stars, issued, expires))

        producer_ids = {p.producer_id for p in pages}
        producers = {
            row[0]: row[1:]
            for row in ProducerPage.objects.filter(pk__in=producer_ids).values_list(
                "pk", "translation_key", "producer_type", "title", "locale_id"
            )
        }
        producer_titles = {
            (key, locale_id): title
            for key, locale_id, title in ProducerPage.objects.filter(
                translation_key__in={v[0] for v in producers.values()}
            ).values_list("translation_key", "locale_id", "title")
        }
        super().__init__(tree(Region), tree(ProductGroup), producers, producer_titles, live_titles(keys))
        self.languages = dict(Locale.objects.values_list("pk", "language_code"))
        self.cards = CardContext(pages)


def product_document(page: "ProductPage", context: DocumentContext) -> dict[str, Any]:
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
