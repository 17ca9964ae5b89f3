"""The catalogue, its locality pages and the search page show one listing (search/includes/listing.html):
the same filter form, the same removable chips, the same results and pagination."""

import re

import pytest
from django.utils import translation

pytestmark = pytest.mark.elasticsearch

FILTERS = {
    "region": "ha-long",
    "stars": "3",
    "producer_type": "enterprise",
    "price_min": "100000",
    "price_max": "400000",
    "in_stock": "1",
}


def _chips(html):
    """{data-remove-filter: visible text} of the active-filter chips."""
    block = re.search(r'<ul class="active-filters".*?</ul>', html, re.S)
    assert block, "no active filters shown"
    chips = re.findall(r'data-remove-filter="([^"]+)" href="[^"]*">(.*?)<span aria-hidden', block.group(0), re.S)
    return {name: " ".join(re.sub(r"<[^>]+>", "", text).split()) for name, text in chips}


def _filter_form(html):
    form = re.search(r'<form class="filters".*?</form>', html, re.S)
    assert form, "no filter form"
    return form.group(0)


def test_catalogue_and_search_show_the_same_chips_for_the_same_filters(catalogue, client):
    catalogue_html = client.get(catalogue.builder.catalogue.url, FILTERS).content.decode()
    search_html = client.get("/vi/search/", FILTERS).content.decode()
    chips = _chips(catalogue_html)
    assert chips == _chips(search_html)
    assert set(chips) == {"region", "stars", "producer_type", "price", "in_stock"}
    with translation.override("vi"):
        stars = translation.ngettext("%(stars)s star or more", "%(stars)s stars or more", 3) % {"stars": 3}
    assert chips["stars"] == stars == "Từ 3 sao trở lên"
    assert "100.000" in chips["price"] and "400.000" in chips["price"]
    assert chips["region"] == "Hạ Long"


def test_catalogue_filter_form_has_price_inputs_that_filter(catalogue, client):
    url = catalogue.builder.catalogue.url
    form = _filter_form(client.get(url).content.decode())
    assert 'name="price_min"' in form and 'name="price_max"' in form

    html = client.get(url, {"price_max": "200000"}).content.decode()
    assert 'data-result-count="3"' in html
    for title in ("Chè xanh Đầm Hà", "Rượu mơ Yên Tử", "Mật ong rừng Đầm Hà"):
        assert title in html
    assert "Chả mực Hạ Long" not in html  # 350.000 ₫
    assert 'name="price_max" min="0" step="1000" inputmode="numeric" value="200000"' in _filter_form(html)
    assert 'data-remove-filter="price" href="?"' in html or 'data-remove-filter="price" href=""' in html


def test_locality_page_shows_the_same_form_with_its_region_chosen(catalogue, client):
    html = client.get(catalogue.builder.catalogue.url + "region/ha-long/").content.decode()
    form = _filter_form(html)
    assert '<option value="ha-long" selected>' in form
    assert 'name="price_min"' in form and 'id="filter-stars"' in form
    assert 'data-remove-filter="region"' not in html  # the page's own locality is not a removable chip


def test_search_fragment_links_never_carry_the_fragment_parameter(catalogue, client):
    response = client.get("/vi/search/", {"stars": "3", "in_stock": "1", "fragment": "results"})
    html = response.content.decode()
    assert 'data-remove-filter="stars" href="?in_stock=1"' in html
    assert "fragment=" not in html
