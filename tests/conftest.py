"""Shared fixtures: the site tree in Vietnamese and English, and a product with its producer.

Tests run on PostgreSQL (DATABASE_URL), started by `make test`. Transactional tests flush
every table, migration data included, so fixtures build what they need themselves.
"""

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale

from catalogue.localization import translate_instance
from catalogue.models import CatalogueIndexPage, ProducerIndexPage
from home.setup import ensure_site
from tests.factories import (
    CertificationFactory,
    ProducerPageFactory,
    ProductGroupFactory,
    ProductPageFactory,
    ProductVariantFactory,
    RegionFactory,
)


@pytest.fixture(autouse=True)
def _vietnamese_by_default():
    # Locale.get_active() follows Django's active language; start each test from the default.
    with translation.override("vi"):
        yield


@pytest.fixture(autouse=True)
def _fresh_rate_limit_counters():
    # Rate-limit counters live in the cache: each test starts with a full allowance.
    from django.core.cache import caches

    caches[settings.OCOP_RATE_LIMIT_CACHE].clear()
    yield


@pytest.fixture
def content_cache(settings, django_capture_on_commit_callbacks):
    """The content-version cache on, as production runs (the test settings turn it off).

    Returns ``committed()``: a block whose changes "commit" (their on-commit callbacks run), so
    the content version moves as it does after a real commit; the test's transaction never does.
    """
    from django.core.cache import caches

    settings.OCOP_CONTENT_CACHE_SECONDS = 600
    caches["pages"].clear()  # every test's database starts at content version 0

    def committed():
        return django_capture_on_commit_callbacks(execute=True)

    return committed


@pytest.fixture
def locales(db):
    ensure_site()
    return {"vi": Locale.objects.get(language_code="vi"), "en": Locale.objects.get(language_code="en")}


def translate_page(page, locale, strings):
    """Translate through wagtail-localize with {Vietnamese: English} strings; returns the translation."""
    return translate_instance(page, locale, strings).specific


@pytest.fixture
def site_tree(locales):
    """Home → catalogue index and producer index, in Vietnamese and English."""
    home = ensure_site()
    home.title = "Trang chủ"
    home.save_revision().publish()
    catalogue = home.add_child(instance=CatalogueIndexPage(title="Sản phẩm OCOP", slug="san-pham"))
    catalogue.save_revision().publish()
    producers = home.add_child(instance=ProducerIndexPage(title="Chủ thể OCOP", slug="chu-the"))
    producers.save_revision().publish()
    en = locales["en"]
    tree = {
        "home": home,
        "catalogue": catalogue,
        "producers": producers,
        "home_en": translate_page(home, en, {"Trang chủ": "Home", "home": "home-en"}),
        "catalogue_en": translate_page(catalogue, en, {"Sản phẩm OCOP": "OCOP products", "san-pham": "products"}),
        "producers_en": translate_page(producers, en, {"Chủ thể OCOP": "Producers", "chu-the": "producers"}),
    }
    tree.update(locales)
    return tree


@pytest.fixture
def region(locales):
    province = RegionFactory(name="Quảng Ninh", slug="quang-ninh", kind="province")
    return RegionFactory(name="Hạ Long", slug="ha-long", parent=province)


@pytest.fixture
def group(locales):
    return ProductGroupFactory(name="Thực phẩm", slug="thuc-pham")


PRODUCT_STRINGS = {
    "Chả mực Hạ Long": "Ha Long squid cakes",
    "cha-muc-ha-long": "ha-long-squid-cakes",
    "Chả mực giã tay từ mực tươi.": "Hand-pounded from fresh squid.",
    "Cơ sở chả mực Hoa Phượng": "Hoa Phuong squid cake workshop",
    "co-so-hoa-phuong": "hoa-phuong-workshop",
    "Một cơ sở gia đình ở Hạ Long.": "A family workshop in Ha Long.",
}


@pytest.fixture
def producer(site_tree, region):
    return ProducerPageFactory(
        parent=site_tree["producers"],
        title="Cơ sở chả mực Hoa Phượng",
        slug="co-so-hoa-phuong",
        producer_type="household",
        region=region,
        intro="Một cơ sở gia đình ở Hạ Long.",
    )


@pytest.fixture
def product(site_tree, producer, region, group):
    """A published Vietnamese product with two variants and a current 4-star certificate."""
    page = ProductPageFactory(
        parent=site_tree["catalogue"],
        title="Chả mực Hạ Long",
        slug="cha-muc-ha-long",
        producer=producer,
        region=region,
        group=group,
        intro="Chả mực giã tay từ mực tươi.",
    )
    page.save_revision().publish()
    ProductVariantFactory(product=page, sku="CHAMUC-500", size="500 g", price_vnd=220000, stock=12)
    ProductVariantFactory(product=page, sku="CHAMUC-1KG", size="1 kg", price_vnd=420000, stock=0, sort_order=1)
    CertificationFactory(product=page, stars=4, score=80)
    return page


@pytest.fixture
def product_en(product, producer, site_tree):
    translate_page(producer, site_tree["en"], PRODUCT_STRINGS)
    return translate_page(product, site_tree["en"], PRODUCT_STRINGS)
