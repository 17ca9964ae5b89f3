"""What pages keep in the content-version cache (a product page's related products, the home
page's featured products and producers, a producer's products, the product cards, routing, the
breadcrumbs) shows a change at the next request: a new price, a new certificate, a newly
published, renamed or unpublished page. The test settings turn that cache off; these tests
turn it on, as production runs (the anonymous page cache stays off: every visit renders).
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

from site_config.money import format_vnd
from tests.factories import CertificationFactory, ProducerPageFactory, ProductPageFactory, ProductVariantFactory

pytestmark = pytest.mark.django_db
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')  # masked anew on every response


def same_group_product(product, site_tree, title, slug):
    """A published product of ``product``'s producer, region and group."""
    page = ProductPageFactory(
        parent=site_tree["catalogue"],
        title=title,
        slug=slug,
        producer=product.producer,
        region=product.region,
        group=product.group,
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def neighbour(product, site_tree):
    """Another product of the same group: a related card on the product's page."""
    page = same_group_product(product, site_tree, "Sá sùng Vân Đồn", "sa-sung-van-don")
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
        newcomer = same_group_product(product, site_tree, "Ngán Vân Đồn", "ngan-van-don")
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


def test_cards_from_the_cache_are_the_cards_rendered_afresh(
    client, content_cache, settings, product, neighbour, site_tree
):
    """Product cards are kept per content version (``catalogue_display.product_cards``): the
    product page's related cards and the home page's featured cards, cached and afresh."""
    with content_cache():
        CertificationFactory(product=neighbour, stars=5, score=92)
    for page, cards in ((product, 1), (neighbour, 1), (site_tree["home"], 2)):
        html(client, page)
        cached_page = TOKEN.sub("", html(client, page))
        settings.OCOP_CONTENT_CACHE_SECONDS = 0
        assert cached_page == TOKEN.sub("", html(client, page))
        settings.OCOP_CONTENT_CACHE_SECONDS = 600
        assert cached_page.count('class="card product-card"') == cards


def test_a_card_shows_a_new_title_price_and_stock(client, content_cache, product, neighbour):
    assert neighbour.title in html(client, product)
    variant = neighbour.variants.get()
    with content_cache():
        variant.price_vnd = 640_000
        variant.stock = 0
        variant.save()
        neighbour.title = "Sá sùng khô Vân Đồn"
        neighbour.save_revision().publish()
    page = html(client, product)
    start = page.index("Sá sùng khô Vân Đồn")
    card = page[start : page.index("</article>", start)]
    with translation.override("vi"):
        assert format_vnd(640_000) in card and gettext("Out of stock") in card


def test_a_producer_page_lists_its_products_as_they_change(client, content_cache, product, neighbour):
    producer = product.producer
    page = html(client, producer)
    assert product.title in page and neighbour.title in page
    with content_cache():
        variant = neighbour.variants.get()
        variant.price_vnd = 615_000
        variant.save()
    assert format_vnd(615_000) in html(client, producer)
    with content_cache():
        neighbour.unpublish()
    page = html(client, producer)
    assert product.title in page and neighbour.title not in page


def test_breadcrumbs_follow_a_renamed_section(client, content_cache, product, site_tree):
    """A page's ancestors in its breadcrumbs come from the same cache (``site_seo.breadcrumb_trail``)."""

    def trail(page):
        start = page.index('<nav class="breadcrumbs"')
        return page[start : page.index("</nav>", start)]

    assert ">Sản phẩm OCOP</a>" in trail(html(client, product))
    catalogue = site_tree["catalogue"]
    with content_cache():
        catalogue.title = "Đặc sản OCOP"
        catalogue.save_revision().publish()
    assert ">Đặc sản OCOP</a>" in trail(html(client, product))


def test_a_product_page_shows_its_new_price_stock_and_certificate(client, content_cache, product):
    """The page's own variants and certificate come from the same cache (``ProductPage.get_context``)."""
    assert format_vnd(220_000) in html(client, product)
    variant = product.variants.get(sku="CHAMUC-500")
    with content_cache():
        variant.price_vnd = 230_000
        variant.stock = 0
        variant.save()
        certificate = CertificationFactory(product=product, stars=5, score=95)
    page = html(client, product)
    assert format_vnd(230_000) in page and format_vnd(220_000) not in page
    assert certificate.certificate_number in page
    with translation.override("vi"):
        assert page.count(gettext("Out of stock")) >= 2  # both variants now


def test_the_producer_index_shows_a_new_or_unpublished_producer_and_its_count(
    client, content_cache, producer, site_tree, region
):
    """The index's count and each page of it are kept (at 100,000 products counting and sorting
    33,000 producers took 130 ms a visit); a publish or an unpublish is seen at the next request."""
    index = site_tree["producers"]
    count = re.compile(r'role="status">\s*(\d+)')

    def visit(query=""):
        response = client.get(index.url + query)
        assert response.status_code == 200
        return response.content.decode()

    page = visit()
    assert producer.title in page and count.search(page).group(1) == "1"
    with CaptureQueriesContext(connection) as queries:
        assert visit() == page
    assert [q["sql"] for q in queries.captured_queries if "catalogue_producerpage" in q["sql"]] == []
    with content_cache():
        other = ProducerPageFactory(
            parent=index, title="HTX Trà hoa vàng Ba Chẽ", slug="htx-tra", producer_type="cooperative", region=region
        )
        other.save_revision().publish()  # as an editor publishes it
    page = visit()
    assert count.search(page).group(1) == "2"
    assert page.index(producer.title) < page.index(other.title)  # by title: "Cơ sở…", then "HTX…"
    cooperatives = visit("?type=cooperative")
    assert other.title in cooperatives and producer.title not in cooperatives
    with content_cache():
        other.unpublish()
    page = visit()
    assert other.title not in page and count.search(page).group(1) == "1"
