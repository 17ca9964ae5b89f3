"""Read-side helpers for product listings: one place that knows how to show a list of products.

``listing_products`` annotates the shared commerce data (lowest price, stock, current stars)
in the same query as the pages, so a listing costs a constant number of queries. The
annotations' names (:data:`LISTING_ANNOTATIONS`) are none of ProductPage's attributes: an
annotation never shadows a property (``ProductPage.price_min_vnd`` reads
``listing_price_min_vnd`` when the page came from here).
"""

from django.db.models import Exists, IntegerField, Min, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from wagtail.models import Locale

from site_config import content_version

from .models import Certification, ProductGroup, ProductPage, ProductVariant, Region

STAR_CHOICES = (3, 4, 5)
# What a product card never shows: each StreamField costs a JSON parse per product (three) and
# per producer (one) when a listing loads it, and the text columns travel for nothing.
CARD_DEFERRED_FIELDS = (
    "body",
    "gallery",
    "marketplace_links",
    "ingredients",
    "other_certifications",
    "where_to_buy",
    "producer__body",
)
LISTING_ANNOTATIONS = ("listing_price_min_vnd", "stock_total", "in_stock_flag", "current_stars")


def listing_products(queryset, day=None, prefetch_images=True):
    """Products with ``listing_price_min_vnd``, ``stock_total``, ``in_stock_flag`` and
    ``current_stars`` (the current certificate's stars on ``day``, default today), and their
    images' renditions unless the caller loads them with others."""
    variants = ProductVariant.objects.filter(product__translation_key=OuterRef("translation_key"), is_active=True)
    current_cert = Certification.objects.filter(product__translation_key=OuterRef("translation_key")).current(day)
    queryset = queryset.select_related("image", "region", "group", "producer").defer(*CARD_DEFERRED_FIELDS)
    if prefetch_images:
        # The cards' <picture> sources come from these renditions: one query for the whole list.
        queryset = queryset.prefetch_related("image__renditions")
    return queryset.annotate(
        listing_price_min_vnd=Subquery(
            variants.order_by().values("product__translation_key").annotate(m=Min("price_vnd")).values("m")[:1],
            output_field=IntegerField(),
        ),
        stock_total=Coalesce(
            Subquery(
                variants.order_by().values("product__translation_key").annotate(s=Sum("stock")).values("s")[:1],
                output_field=IntegerField(),
            ),
            0,
        ),
        in_stock_flag=Exists(variants.filter(stock__gt=0)),
        current_stars=Subquery(current_cert.values("stars")[:1], output_field=IntegerField()),
    ).order_by("-current_stars", "title")


NEWEST_FIRST = ("-first_published_at", "pk")


def first_listed(queryset, limit, order_by=NEWEST_FIRST, day=None, prefetch_images=True):
    """The first ``limit`` products of ``queryset`` in the order ``order_by`` (the pages' own
    columns), annotated as ``listing_products`` annotates them (a list).

    The listing's annotations are four subqueries per row: sorting or filtering on them makes the
    database compute them for every product that matches (3–4 s for a home page or a product's
    related products at 100,000 products on PostgreSQL, bench/pages/README.md); here the rows are
    chosen first, by index, and only those rows are annotated, in the same query.
    """
    chosen = queryset.order_by(*order_by).values("pk")[:limit]  # a subquery: the LIMIT applied inside
    pages = listing_products(ProductPage.objects.filter(pk__in=chosen), day=day, prefetch_images=prefetch_images)
    return list(pages.order_by(*order_by))


def rated_at_least(stars, day=None):
    """Translation keys of the products holding a certificate of ``stars`` or more valid on ``day``
    (a subquery: ``ProductPage.objects.filter(translation_key__in=rated_at_least(4))``)."""
    return Certification.objects.valid_on(day).filter(stars__gte=stars).values("product__translation_key")


def localities():
    """The province's localities (second level of the region tree), source language."""
    return Region.objects.filter(locale=Locale.get_default(), kind="locality").order_by("sort_order", "name")


def top_level_groups():
    return ProductGroup.objects.filter(locale=Locale.get_default(), parent__isnull=True)


def prefetch_renditions(images):
    """Give several images their renditions, as ``prefetch_related("renditions")`` would for each:
    a product page's photo, its producer's and the related products' cards then find their
    renditions without a query each (Wagtail's ``get_rendition`` reads the prefetch).

    Read in one query and kept per content version (deleting a rendition or changing an image
    raises it; a rendition made since is looked up by ``CatalogueImage.find_existing_renditions``,
    not made again), so a warm product page reads none.
    """
    images = [
        image
        for image in images
        if image is not None and "renditions" not in getattr(image, "_prefetched_objects_cache", {})
    ]
    if not images:
        return
    model = images[0].get_rendition_model()
    ids = sorted({image.pk for image in images})

    def read():
        by_image = {}
        for rendition in model.objects.filter(image_id__in=ids):
            by_image.setdefault(rendition.image_id, []).append(rendition)
        return by_image

    found = content_version.cached(f"renditions:{content_version.slug_key(','.join(map(str, ids)))}", read)
    for image in images:
        queryset = image.renditions.all()
        queryset._result_cache = list(found.get(image.pk, []))
        for rendition in queryset._result_cache:
            rendition._state.fields_cache.setdefault("image", image)  # its alt text reads the image
        queryset._prefetch_done = True
        image._prefetched_objects_cache = {**getattr(image, "_prefetched_objects_cache", {}), "renditions": queryset}
