"""The partner feeds: /feeds/<lang>/products.json and .csv (catalogue.feeds, catalogue.feed_views)."""

import csv
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from catalogue.models import ProductKind
from tests.factories import CertificationFactory, ProductPageFactory, ProductVariantFactory

pytestmark = pytest.mark.django_db


def read(response):
    assert response.streaming
    return b"".join(response.streaming_content).decode("utf-8")


def json_items(client, lang):
    response = client.get(f"/feeds/{lang}/products.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return {item["id"]: item for item in json.loads(read(response))["items"]}


def csv_rows(client, lang):
    response = client.get(f"/feeds/{lang}/products.csv")
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(read(response))))


@pytest.fixture
def shelf(site_tree, product, product_en, producer, region, group):
    """The product (two variants, 4 stars) in vi and en, plus what a feed must leave out."""
    ProductVariantFactory(product=product, sku="CHAMUC-OFF", is_active=False)  # off sale
    product.variants.filter(sku="CHAMUC-500").update(gtin="8935049500018")

    def make(title, slug, **kwargs):
        page = ProductPageFactory(
            parent=site_tree["catalogue"],
            title=title,
            slug=slug,
            producer=producer,
            region=region,
            group=group,
            **kwargs,
        )
        ProductVariantFactory(product=page, sku=f"{slug.upper()}-1")
        return page

    draft = make("Bản nháp", "ban-nhap")
    draft.unpublish()
    private = make("Hàng nội bộ", "noi-bo")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    make("Một ngày làm chả mực", "trai-nghiem", kind=ProductKind.EXPERIENCE)
    return {"product": product, "product_en": product_en}


def test_every_on_sale_variant_once_per_language_with_price_and_availability(client, shelf):
    for lang in ("vi", "en"):
        items = json_items(client, lang)
        assert sorted(items) == ["CHAMUC-1KG", "CHAMUC-500"]  # no off-sale, draft, private or experience row
        assert items["CHAMUC-500"]["price"] == "220000 VND"
        assert items["CHAMUC-500"]["availability"] == "in_stock"
        assert items["CHAMUC-1KG"]["availability"] == "out_of_stock"
        assert items["CHAMUC-500"]["item_group_id"] == items["CHAMUC-1KG"]["item_group_id"] == str(shelf["product"].pk)
        assert items["CHAMUC-500"]["gtin"] == "8935049500018" and "gtin" not in items["CHAMUC-1KG"]
        assert items["CHAMUC-500"]["stars"] == 4
        assert items["CHAMUC-500"]["certificate_number"]
        assert items["CHAMUC-500"]["condition"] == "new"
    vi, en = json_items(client, "vi"), json_items(client, "en")
    assert vi["CHAMUC-500"]["title"] == "Chả mực Hạ Long – Gói 500 g"
    assert vi["CHAMUC-500"]["link"] == f"http://testserver{shelf['product'].url}"
    assert vi["CHAMUC-500"]["brand"] == "Cơ sở chả mực Hoa Phượng"
    assert vi["CHAMUC-500"]["product_type"] == "Thực phẩm"
    assert vi["CHAMUC-500"]["region"] == "Hạ Long, Quảng Ninh"
    assert en["CHAMUC-500"]["title"] == "Ha Long squid cakes – Pack 500 g"
    assert en["CHAMUC-500"]["link"] == f"http://testserver{shelf['product_en'].url}"
    assert en["CHAMUC-500"]["brand"] == "Hoa Phuong squid cake workshop"


def test_csv_parses_back_with_vietnamese_intact(client, shelf):
    rows = csv_rows(client, "vi")
    assert list(rows[0]) == [
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
    ]
    by_id = {row["id"]: row for row in rows}
    assert sorted(by_id) == ["CHAMUC-1KG", "CHAMUC-500"]
    assert by_id["CHAMUC-500"]["title"] == "Chả mực Hạ Long – Gói 500 g"
    assert by_id["CHAMUC-500"]["description"] == "Chả mực giã tay từ mực tươi."
    assert by_id["CHAMUC-500"]["price"] == "220000 VND"
    assert by_id["CHAMUC-1KG"]["gtin"] == "" and by_id["CHAMUC-1KG"]["identifier_exists"] == "no"


def test_unknown_language_or_format_is_404(client, shelf):
    assert client.get("/feeds/fr/products.json").status_code == 404
    assert client.get("/feeds/vi/products.xml").status_code == 404


def test_feed_has_freshness_headers_and_answers_304_while_nothing_changed(client, shelf):
    response = client.get("/feeds/vi/products.json")
    read(response)
    assert response["X-Feed-Generated-At"]
    assert response["Last-Modified"]
    again = client.get("/feeds/vi/products.json", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    since = client.get("/feeds/vi/products.json", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert since.status_code == 304
    # A price change raises the content version (on commit): the old copy is stale.
    from site_config.content_version import _bump_now

    _bump_now()
    changed = client.get("/feeds/vi/products.json", HTTP_IF_NONE_MATCH=response["ETag"])
    assert changed.status_code == 200
    assert changed["ETag"] != response["ETag"]


def queries_to_read(client, url):
    with CaptureQueriesContext(connection) as queries:
        read(client.get(url))
    return len(queries)


def test_streamed_with_a_fixed_number_of_queries_per_batch(client, shelf, site_tree, producer, region, group):
    read(client.get("/feeds/vi/products.csv"))  # warms per-process caches (site root paths, taxonomy)
    few = queries_to_read(client, "/feeds/vi/products.csv")
    for n in range(10):
        page = ProductPageFactory(
            parent=site_tree["catalogue"],
            title=f"Hàng {n}",
            slug=f"hang-{n}",
            producer=producer,
            region=region,
            group=group,
        )
        ProductVariantFactory(product=page)
        ProductVariantFactory(product=page)
        CertificationFactory(product=page)
    assert len(csv_rows(client, "vi")) == 22
    assert queries_to_read(client, "/feeds/vi/products.csv") == few  # no query per product


def test_batches_cover_every_product_once(shelf, site_tree, producer, region, group, locales):
    from catalogue.feeds import feed_rows

    for n in range(7):
        page = ProductPageFactory(
            parent=site_tree["catalogue"],
            title=f"Hàng {n}",
            slug=f"hang-{n}",
            producer=producer,
            region=region,
            group=group,
        )
        ProductVariantFactory(product=page, sku=f"HANG-{n}")
    skus = [row["id"] for row in feed_rows(locales["vi"], batch_size=3)]
    assert sorted(skus) == sorted(["CHAMUC-500", "CHAMUC-1KG", *(f"HANG-{n}" for n in range(7))])
