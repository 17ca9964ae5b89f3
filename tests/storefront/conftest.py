"""Fixtures of the storefront tests: a minimal catalogue, a shop, orders.

Runs on PostgreSQL (DATABASE_URL) and against stripe-mock (STRIPE_API_BASE), both started by
``make test``. Nothing here mocks Stripe: events are built like Stripe builds them and signed
with Stripe's signing scheme (see storefront_helpers.py).
"""

import pytest
from django.conf import settings as django_settings
from storefront_helpers import WEBHOOK_SECRET, make_product, order_for
from wagtail.models import Locale, Page, Site

from catalogue.models import CatalogueIndexPage, ProducerIndexPage, ProducerPage, ProductGroup, Region
from home.models import HomePage
from storefront.models import PaymentMethod
from storefront.services.presentation import shop_settings


@pytest.fixture(autouse=True)
def stripe_settings(settings):
    if not django_settings.STRIPE_API_BASE:
        pytest.fail("STRIPE_API_BASE is not set: start stripe-mock with scripts/stripe-mock.sh start")
    settings.STRIPE_SECRET_KEY = "sk_test_123"
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    return settings


@pytest.fixture
def shop_tree(db):
    """Home → catalogue → product, home → producers → producer, on the default site."""
    # Transactional tests flush the tables, migration data included: bring back what we need.
    locale, _ = Locale.objects.get_or_create(language_code="vi")
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    home = root.add_child(instance=HomePage(title="Trang chủ", slug="shop-home", locale=locale))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "testserver", "site_name": "OCOP"}
    )
    catalogue = home.add_child(instance=CatalogueIndexPage(title="Sản phẩm", slug="san-pham", locale=locale))
    producers = home.add_child(instance=ProducerIndexPage(title="Chủ thể", slug="chu-the", locale=locale))
    region = Region.objects.create(name="Hạ Long", slug="ha-long", locale=locale)
    group = ProductGroup.objects.create(name="Thực phẩm", slug="thuc-pham", locale=locale)
    producer = producers.add_child(
        instance=ProducerPage(
            title="HTX Chả mực Hạ Long",
            slug="htx-cha-muc",
            producer_type="cooperative",
            region=region,
            locale=locale,
        )
    )
    return {"home": home, "catalogue": catalogue, "producer": producer, "region": region, "group": group}


@pytest.fixture
def variant(shop_tree):
    return make_product(shop_tree)


@pytest.fixture
def shop(shop_tree):
    return shop_settings()


@pytest.fixture
def card_order(variant, shop):
    return order_for(variant, quantity=2, method=PaymentMethod.CARD, shop=shop)
