"""The lists of cards kept in the content-version cache (a product page's related products, the
home page's featured products and producers) show a change at the next request: a new price, a
new certificate, a newly published product. The test settings turn that cache off; these tests
turn it on, as production runs (the anonymous page cache stays off: every visit renders).
"""

import pytest
from django.core.cache import caches

from site_config.money import format_vnd
from tests.factories import CertificationFactory, ProductPageFactory, ProductVariantFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def content_cache(settings, django_capture_on_commit_callbacks):
    settings.OCOP_CONTENT_CACHE_SECONDS = 600
    caches["pages"].clear()  # every test's database starts at content version 0

    def committed():
        # The content version moves when the change commits; the test's transaction never does.
        return django_capture_on_commit_callbacks(execute=True)

    return committed


@pytest.fixture
def neighbour(product, site_tree):
    """Another product of the same group: a related card on the product's page."""
    page = ProductPageFactory(
        parent=site_tree["catalogue"],
        title="Sá sùng Vân Đồn",
        slug="sa-sung-van-don",
        producer=product.producer,
        region=product.region,
        group=product.group,
    )
    page.save_revision().publish()
    ProductVariantFactory(product=page, sku="SASUNG-100", price_vnd=600_000, stock=5)
    return page


def html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_related_cards_show_a_new_price_and_a_new_product(client, content_cache, product, neighbour, site_tree):
    assert neighbour.title in html(client, product) and format_vnd(600_000) in html(client, product)
    with content_cache():
        variant = neighbour.variants.get()
        variant.price_vnd = 655_000
        variant.save()
    page = html(client, product)
    assert format_vnd(655_000) in page and format_vnd(600_000) not in page

    with content_cache():
        newcomer = ProductPageFactory(
            parent=site_tree["catalogue"],
            title="Ngán Vân Đồn",
            slug="ngan-van-don",
            producer=product.producer,
            region=product.region,
            group=product.group,
        )
        newcomer.save_revision().publish()
    assert newcomer.title in html(client, product)


def test_home_features_a_product_once_it_is_rated_four_stars(client, content_cache, product, neighbour, site_tree):
    home = site_tree["home"]
    assert product.title in html(client, home) and neighbour.title not in html(client, home)
    with content_cache():
        CertificationFactory(product=neighbour, stars=5, score=92)
    assert neighbour.title in html(client, home)


def test_routing_follows_an_unpublish_and_a_new_slug(client, content_cache, product, neighbour):
    """Routing reads pages from the same cache (home.HomePage.route, catalogue route_to_child)."""
    old_url = neighbour.url
    assert client.get(old_url).status_code == 200
    with content_cache():
        neighbour.slug = "sa-sung-van-don-loai-1"
        neighbour.save_revision().publish()
    neighbour.refresh_from_db()
    assert client.get(neighbour.url).status_code == 200 and neighbour.url != old_url
    assert client.get(old_url).status_code in (301, 302, 404)
    with content_cache():
        neighbour.unpublish()
    assert client.get(neighbour.url).status_code == 404
    assert client.get(product.producer.url).status_code == 200
    with content_cache():
        product.producer.unpublish()
    assert client.get(product.producer.url).status_code == 404
