"""What the programme figures count (catalogue.figures) and when the cached figures change."""

import datetime

import pytest
from django.core.cache import caches
from django.utils import timezone

from catalogue.figures import compute_figures, programme_figures
from tests.factories import CertificationFactory, ProducerPageFactory, ProductPageFactory, ProductVariantFactory

pytestmark = pytest.mark.django_db


def make_product(site_tree, producer, region, group, title, publish=True):
    page = ProductPageFactory(parent=site_tree["catalogue"], title=title, producer=producer, region=region, group=group)
    if publish:
        page.save_revision().publish()
    else:
        page.unpublish()
    return page


def test_a_translated_product_counts_once_and_its_current_rating_only(product_en, site_tree, producer, region, group):
    today = timezone.localdate()
    # Expired: issued more than 36 months ago; a rating no longer.
    expired = make_product(site_tree, producer, region, group, "Mực khô Cô Tô")
    CertificationFactory(
        product=expired, stars=5, score=95, level="national", issued_on=today - datetime.timedelta(days=1200)
    )
    # Unpublished: not counted at all, whatever its certificate.
    hidden = make_product(site_tree, producer, region, group, "Nước mắm Cái Rồng", publish=False)
    CertificationFactory(product=hidden, stars=3, score=60)
    ProductVariantFactory(product=hidden)
    # A 2-star evaluation is no OCOP rating; a certificate ending within 6 months is "expiring".
    low = make_product(site_tree, producer, region, group, "Chè xanh Đầm Hà")
    CertificationFactory(product=low, stars=2, score=40)
    soon = make_product(site_tree, producer, region, group, "Trà hoa vàng Ba Chẽ")
    CertificationFactory(product=soon, stars=3, score=55, issued_on=today - datetime.timedelta(days=1000))
    ProductVariantFactory(product=soon, is_active=False)  # not on sale: not sold online

    figures = compute_figures()

    assert figures.products == 4  # the fixture's product (with its English translation) + 3 published
    assert figures.by_stars == {3: 1, 4: 1, 5: 0}
    assert figures.rated == 2
    assert figures.expiring_6_months == 1
    assert figures.sold_online == 1  # the fixture's product has variants on sale
    assert figures.producers == 1
    assert figures.by_producer_type["household"] == 1
    assert figures.as_json()["by_group"] == {"thuc-pham": 4}
    assert figures.as_json()["by_locality"] == {"ha-long": 4}


def test_a_producer_counts_only_with_a_counted_product(product, site_tree, region):
    ProducerPageFactory(parent=site_tree["producers"], region=region, producer_type="enterprise")
    figures = compute_figures()
    assert figures.producers == 1
    assert figures.by_producer_type["enterprise"] == 0


@pytest.fixture
def content_cache(settings, django_capture_on_commit_callbacks):
    settings.OCOP_CONTENT_CACHE_SECONDS = 600
    caches["pages"].clear()

    def committed():
        return django_capture_on_commit_callbacks(execute=True)

    return committed


def test_cached_figures_change_on_publish_unpublish_and_certificate_changes(
    content_cache, product, site_tree, producer, region, group
):
    assert programme_figures().products == 1
    with content_cache():
        other = make_product(site_tree, producer, region, group, "Ruốc tôm Quảng Yên")
    assert programme_figures().products == 2

    with content_cache():
        other.unpublish()
    assert programme_figures().products == 1

    assert programme_figures().by_stars[5] == 0
    with content_cache():
        CertificationFactory(product=product, stars=5, score=92, level="national")
    assert programme_figures().by_stars == {3: 0, 4: 0, 5: 1}

    # Without a commit (the content version stays) the cached figures are served.
    CertificationFactory(product=product, stars=3, score=60, issued_on=timezone.localdate())
    assert programme_figures().by_stars == {3: 0, 4: 0, 5: 1}
    assert compute_figures().by_stars == {3: 1, 4: 0, 5: 0}


def test_figures_cost_a_few_queries_whatever_the_number_of_products(
    product, site_tree, producer, region, group, django_assert_max_num_queries
):
    for number in range(5):
        CertificationFactory(
            product=make_product(site_tree, producer, region, group, f"Mật ong {number}"), stars=3, score=60
        )
    compute_figures()  # the taxonomy trees are loaded once per process and version
    with django_assert_max_num_queries(10):
        figures = compute_figures()
    assert figures.products == 6
