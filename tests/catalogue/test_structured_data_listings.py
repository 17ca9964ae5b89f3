"""Listings for search engines: pages past the last one are 404s, filtered listings' canonical
addresses keep their filters (never pointing at other content)."""

import html
import re

import pytest

from tests.factories import ProducerPageFactory

pytestmark = pytest.mark.django_db


def canonical(response):
    return html.unescape(re.search(r'<link rel="canonical" href="([^"]*)">', response.content.decode()).group(1))


@pytest.mark.parametrize(
    "path",
    [
        "/vi/san-pham/?page=99",
        "/vi/san-pham/region/ha-long/?page=99",
        "/vi/san-pham/group/thuc-pham/?page=2",
        "/vi/chu-the/?page=99",
        "/vi/search/?q=ch%E1%BA%A3&page=99",
        "/en/products/?page=99",
    ],
)
def test_a_page_past_the_last_is_not_found(client, product, product_en, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(
    "path",
    ["/vi/san-pham/", "/vi/san-pham/?page=1", "/vi/san-pham/region/ha-long/", "/vi/chu-the/", "/vi/search/?q=xyz"],
)
def test_the_first_page_exists_even_when_empty(client, product, path):
    assert client.get(path).status_code == 200


def test_malformed_page_numbers_still_show_the_first_page(client, product):
    assert client.get("/vi/chu-the/?page=abc").status_code == 200
    assert client.get("/vi/chu-the/?page=0").status_code == 200
    assert client.get("/vi/san-pham/?page=%C2%B2").status_code == 200  # "²"


def test_filtered_listing_page_two_is_its_own_canonical(client, site_tree, region):
    for n in range(25):  # two pages of household producers
        ProducerPageFactory(
            parent=site_tree["producers"],
            title=f"Hộ {n:02d}",
            slug=f"ho-{n:02d}",
            producer_type="household",
            region=region,
        )
    response = client.get("/vi/chu-the/?utm_source=x&type=household&page=2")
    assert response.status_code == 200
    assert canonical(response) == "http://testserver/vi/chu-the/?type=household&page=2"
    assert canonical(client.get("/vi/chu-the/?page=2")) == "http://testserver/vi/chu-the/?page=2"
    assert canonical(client.get("/vi/chu-the/?type=household")) == "http://testserver/vi/chu-the/?type=household"


def test_filtered_catalogue_keeps_its_filters_in_a_fixed_order_without_tracking(client, product):
    response = client.get("/vi/san-pham/?sort=price_asc&fbclid=1&group=thuc-pham&fragment=results&stars=4")
    assert canonical(response) == "http://testserver/vi/san-pham/?group=thuc-pham&stars=4&sort=price_asc"
    assert canonical(client.get("/vi/san-pham/")) == "http://testserver/vi/san-pham/"
    assert canonical(client.get(product.url + "?utm_source=x")) == f"http://testserver{product.url}"
