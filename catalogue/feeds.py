"""Partner product feeds: one row per variant on sale, per language (Google Merchant Center names).

A row is a variant of a live, public (not view-restricted) goods product page of the feed's
language; experiences (booked for a date, never shipped) are left out, as product listings take
no services. Fields carry Merchant Center's names where it has one (``id`` … ``shipping_weight``),
then the programme's own (``region``, ``stars``, ``certificate_number``, ``certificate_expiry``).

Memory stays flat whatever the catalogue's size: products are read in batches of
:data:`BATCH_SIZE` by primary key (keyset pagination), and each batch costs a fixed number of
queries (the pages, their variants, their current certificates, the producers' names in the
language); rows are yielded as they are made, for a streaming response (catalogue.feed_views).
"""

import csv
import io
import json
from collections.abc import Iterator
from datetime import date

from django.db.models import F
from django.utils import timezone, translation

from site_config.site_url import absolute_url

from .models import Certification, ProducerPage, ProductGroup, ProductKind, ProductPage, ProductVariant, Region
from .taxonomy_tree import tree

BATCH_SIZE = 500

FIELDS = (
    "id",
    "item_group_id",
    "title",
    "description",
    "link",
    "image_link",
    "price",
    "availability",
    "condition",
    "brand",
    "gtin",
    "identifier_exists",
    "product_type",
    "shipping_weight",
    "region",
    "stars",
    "certificate_number",
    "certificate_expiry",
)


def feed_products(locale):
    """The products a feed of ``locale`` lists: live, public goods pages of that language."""
    return (
        ProductPage.objects.live()
        .public()
        .filter(locale=locale)
        .exclude(kind=ProductKind.EXPERIENCE)
        .defer_streamfields()
        .select_related("image", "producer")
        .order_by("pk")
    )


def feed_rows(locale, request=None, batch_size=BATCH_SIZE, day: date | None = None) -> Iterator[dict]:
    """Every on-sale variant of every product of :func:`feed_products`, once, as a dict of
    :data:`FIELDS` (None where unknown), in product order; a fixed number of queries per batch."""
    day = day or timezone.localdate()
    products = feed_products(locale)  # .public() reads the view restrictions once, here
    last_pk = 0
    while True:
        batch = list(products.filter(pk__gt=last_pk)[:batch_size])
        if not batch:
            return
        last_pk = batch[-1].pk
        # The variants' labels ("Gói 500 g" / "Pack 500 g") in the feed's language, even while
        # the response streams after the request's own language was reset.
        with translation.override(locale.language_code):
            rows = list(_batch_rows(batch, locale, request, day))
        yield from rows


def _batch_rows(batch, locale, request, day):
    keys = [product.translation_key for product in batch]
    variants = {}
    for variant in (
        ProductVariant.objects.filter(product__translation_key__in=keys, is_active=True)
        .annotate(product_key=F("product__translation_key"))
        .order_by("sort_order", "price_vnd", "pk")
    ):
        variants.setdefault(variant.product_key, []).append(variant)
    certificates = {}
    for cert in (
        Certification.objects.filter(product__translation_key__in=keys)
        .current(day)
        .annotate(product_key=F("product__translation_key"))
        .values("product_key", "stars", "certificate_number", "expires_on")
    ):
        certificates.setdefault(cert["product_key"], cert)  # the current one comes first
    producer_names = dict(
        ProducerPage.objects.filter(
            locale=locale, translation_key__in={product.producer.translation_key for product in batch}
        ).values_list("translation_key", "title")
    )
    groups, regions = tree(ProductGroup), tree(Region)
    for product in batch:
        product_variants = variants.get(product.translation_key, [])
        if not product_variants:
            continue
        cert = certificates.get(product.translation_key)
        shared = {
            "description": product.intro or product.search_description or product.title,
            "link": absolute_url(product.get_url(request)),
            "image_link": absolute_url(product.image.file.url) if product.image else None,
            "condition": "new",
            "brand": producer_names.get(product.producer.translation_key, product.producer.title),
            "product_type": " > ".join(reversed(groups.names_up(product.group_id, locale.pk))),
            "region": ", ".join(regions.names_up(product.region_id, locale.pk)),
            "stars": cert["stars"] if cert else None,
            "certificate_number": cert["certificate_number"] if cert else None,
            "certificate_expiry": cert["expires_on"].isoformat() if cert else None,
        }
        several = len(product_variants) > 1
        for variant in product_variants:
            yield {
                "id": variant.sku,
                "item_group_id": str(variant.product_id),  # the product pages' JSON-LD productGroupID
                "title": f"{product.title} – {variant.label}" if several else product.title,
                "price": f"{variant.price_vnd} VND",
                "availability": "in_stock" if variant.stock > 0 else "out_of_stock",
                "gtin": variant.gtin or None,
                "identifier_exists": "yes" if variant.gtin else "no",
                "shipping_weight": f"{variant.weight_grams} g",
                **shared,
            }


def json_chunks(rows: Iterator[dict], language_code: str, generated_at) -> Iterator[str]:
    """``{"language": …, "generated_at": …, "items": [row, …]}``, a batch of rows per chunk;
    unknown values are left out of a row."""
    head = {"language": language_code, "generated_at": generated_at.isoformat()}
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "items": ['
    first = True
    for batch in _batched(rows):
        parts = [json.dumps({k: v for k, v in row.items() if v is not None}, ensure_ascii=False) for row in batch]
        yield ("" if first else ",") + ",\n".join(parts)
        first = False
    yield "]}\n"


def csv_chunks(rows: Iterator[dict]) -> Iterator[str]:
    """A header line of :data:`FIELDS`, then a line per row (UTF-8, RFC 4180 quoting)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for batch in _batched(rows):
        writer.writerows({k: "" if v is None else v for k, v in row.items()} for row in batch)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()  # the header alone when the feed is empty


def _batched(rows, size=200):
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
