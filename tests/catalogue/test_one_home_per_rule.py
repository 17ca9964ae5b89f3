"""Rules written once (issue 10, item 4): the current certificate, the low-stock threshold, and
listing annotations that never shadow a page's own attributes."""

import datetime

import pytest

from catalogue.models import Certification, ProductPage, ProductVariant
from catalogue.models.certification import CertificateDates, current_certificate
from catalogue.models.variants import LOW_STOCK, stock_level
from catalogue.queries import LISTING_ANNOTATIONS, listing_products
from search.documents import DocumentContext, product_document
from search.es_query import _stars_on as stars_in_document
from tests.factories import CertificationFactory, ProductVariantFactory

TODAY = datetime.date.today()


def days(n):
    return TODAY + datetime.timedelta(days=n)


@pytest.mark.django_db
def test_every_reader_of_the_current_rating_gives_the_same_answer(product):
    """Page, listing, search document and the pure rule agree, day by day, on overlapping,
    expired, not yet valid and same-day certificates (ties: the later entered one wins)."""
    Certification.objects.filter(product=product).delete()
    CertificationFactory(product=product, stars=2, score=40, issued_on=days(-1200))  # expired long ago
    CertificationFactory(product=product, stars=4, score=80, issued_on=days(-1000))
    CertificationFactory(product=product, stars=3, score=60, issued_on=days(-200))
    CertificationFactory(product=product, stars=5, score=95, level="national", issued_on=days(-200))  # same day
    CertificationFactory(product=product, stars=1, score=10, issued_on=days(300))  # not valid yet
    certificates = list(Certification.objects.filter(product=product))
    as_dates = [CertificateDates(c.pk, c.stars, c.issued_on, c.expires_on) for c in certificates]
    page = ProductPage.objects.get(pk=product.pk)
    document = product_document(page, DocumentContext([page]))  # what Elasticsearch filters and shows
    seen = set()
    for offset in (-1300, -1200, -1000, -500, -201, -200, 0, 299, 300, 900, 1100, 1500):
        day = days(offset)
        expected = current_certificate(certificates, day)
        assert current_certificate(as_dates, day) == (
            None
            if expected is None
            else CertificateDates(expected.pk, expected.stars, expected.issued_on, expected.expires_on)
        )
        assert Certification.objects.filter(product=product).current(day).first() == expected
        listed = listing_products(ProductPage.objects.filter(pk=product.pk), day).get()
        stars = expected.stars if expected else None
        assert listed.current_stars == stars
        assert stars_in_document(document, day.isoformat()) == stars
        seen.add(stars)
    assert seen == {None, 1, 2, 3, 4, 5} - {3}  # the same-day 5-star certificate hides the 3-star one
    assert ProductPage.objects.get(pk=product.pk).stars == 5  # today


def test_the_current_certificate_is_the_newest_valid_one():
    old = CertificateDates(pk=1, stars=5, issued_on=days(-900), expires_on=days(100))
    new = CertificateDates(pk=2, stars=3, issued_on=days(-10), expires_on=days(1000))
    expired = CertificateDates(pk=3, stars=4, issued_on=days(-2000), expires_on=days(-1))
    assert current_certificate([old, new, expired]) == new
    assert current_certificate([old, expired]) == old
    assert current_certificate([expired]) is None
    assert current_certificate([new], days(-11)) is None
    assert current_certificate([new], days(1000)) == new  # the expiry day is still valid


@pytest.mark.django_db
def test_listing_annotations_never_shadow_page_attributes(product):
    listed = listing_products(ProductPage.objects.filter(pk=product.pk)).get()
    annotations = set(listing_products(ProductPage.objects.all()).query.annotations)
    assert annotations == set(LISTING_ANNOTATIONS)
    assert not [name for name in annotations if hasattr(ProductPage, name)]
    fresh = ProductPage.objects.get(pk=product.pk)
    # the property reads the annotation when there is one, computes otherwise: same figure
    assert listed.price_min_vnd == fresh.price_min_vnd == 220000
    assert listed.in_stock_flag is True and listed.stock_total == 12


def test_low_stock_is_one_to_the_threshold():
    assert LOW_STOCK == 5
    assert [stock_level(n) for n in (None, 0, 1, LOW_STOCK, LOW_STOCK + 1)] == ["out", "out", "low", "low", "in"]


@pytest.mark.django_db
def test_every_low_stock_sign_uses_the_one_threshold(client, product):
    ProductVariant.objects.filter(product=product).delete()
    at_threshold = ProductVariantFactory(product=product, sku="LOW", size="200 g", stock=LOW_STOCK)
    above = ProductVariantFactory(product=product, sku="OK", size="1 kg", stock=LOW_STOCK + 1)
    assert list(ProductVariant.objects.filter(product=product).low_stock()) == [at_threshold]
    assert (at_threshold.stock_level, above.stock_level) == ("low", "in")
    html = client.get(product.url).content.decode()
    # the variants table and the add-to-cart choice both flag the variant at the threshold, only it
    assert html.count("badge--low") == 2
    assert f"Chỉ còn {LOW_STOCK}" in html or f"Only {LOW_STOCK} left" in html
