"""The one product listing in chromium: the catalogue's price and star filters on a phone, and the same
chips on the search page for the same filters (issue 10, item 8). Screenshots: .state/screenshots/listing-*.png."""

import re

import pytest

from tests.e2e.test_pages_phone_and_languages import PHONE, SHOTS, _context, _page, shelf  # noqa: F401 (fixture)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


def test_catalogue_price_and_star_filters_on_a_phone_match_the_search_page(live_server, browser, shelf):  # noqa: F811
    context = _context(browser, PHONE)
    page = _page(context)
    page.goto(live_server.url + shelf["en"]["catalogue"])
    assert not page.locator("#filter-price-max").is_visible()  # behind the button on a phone
    page.locator(".filter-panel__toggle").click()
    page.locator("#filter-price-max").fill("125000")
    page.locator("#filter-stars").select_option("4")  # a select submits the form at once, prices included
    page.wait_for_url(re.compile(r"\?(?=.*stars=4)(?=.*price_max=125000)"))
    assert "price_min" not in page.url  # empty fields stay out of the address
    # 110,000 ₫ and 4 stars; 120,000 ₫ has 5 stars and counts too; 130,000 ₫ and up are left out
    titles = sorted(page.locator(".grid .card__title").all_inner_texts())
    assert titles == ["Ha Long speciality no. 1", "Ha Long speciality no. 2"]
    chips = [" ".join(text.split()) for text in page.locator(".active-filters .chip").all_inner_texts()]
    assert chips[0].startswith("4 stars or more") and chips[1].startswith("≤ ₫125,000"), chips
    assert page.evaluate(OVERFLOW) == 0
    page.screenshot(path=str(SHOTS / "listing-phone-catalogue-filtered.png"), full_page=True)

    page.goto(live_server.url + "/en/search/?stars=4&price_max=125000")
    assert [" ".join(text.split()) for text in page.locator(".active-filters .chip").all_inner_texts()] == chips
    assert sorted(page.locator(".grid .card__title").all_inner_texts()) == titles
    assert page.evaluate(OVERFLOW) == 0
    page.screenshot(path=str(SHOTS / "listing-phone-search-filtered.png"), full_page=True)
    assert not context.errors, context.errors
    context.close()
