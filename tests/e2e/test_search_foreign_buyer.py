"""A foreign buyer on the English site knows the speciality by its Vietnamese name."""

import re

import pytest
from django.conf import settings

from tests.search_index import SearchIndex

pytestmark = [pytest.mark.e2e, pytest.mark.elasticsearch, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = settings.BASE_DIR / ".state" / "screenshots"


@pytest.fixture
def indexed(product, product_en):
    """A fresh product index on the real node holding the fixtures' products (both languages)."""
    SearchIndex().reset().add([product.translation_key])
    return product_en


@pytest.mark.parametrize(
    "viewport", [{"width": 1366, "height": 900}, {"width": 390, "height": 844}], ids=["desktop", "phone"]
)
def test_foreign_buyer_finds_cha_muc_on_the_english_site(live_server, browser, indexed, viewport):
    context = browser.new_context(viewport=viewport, locale="en-GB", is_mobile=viewport["width"] < 500)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(live_server.url + "/en/")
    box = page.locator("#site-search-q")
    box.fill("cha muc")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/en/search/\?q=cha\+muc"))
    result = page.get_by_role("link", name="Ha Long squid cakes").first
    result.wait_for()
    page.screenshot(path=str(SCREENSHOTS / f"search-foreign-buyer-{viewport['width']}.png"), full_page=False)
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Chả mực Hạ Long" not in page.locator("main").inner_text()  # the English page, not the Vietnamese one
    result.click()
    page.wait_for_url(re.compile(re.escape(indexed.url) + "$"))
    assert page.locator("h1").inner_text().strip() == "Ha Long squid cakes"
    context.close()
    assert not errors, f"JavaScript errors: {errors}"
