"""A buyer checks a stamp on a 390×844 phone in chromium: from the product page's note to the
verify form, a hand-typed code (lower case, no dashes) to the genuine page, and an unknown code
to the counterfeit warning; nothing wider than the phone. Screenshots: .state/screenshots/stamps-*.png."""

from pathlib import Path

import pytest
from django.conf import settings

from catalogue.stamp_codes import check_symbol, display
from site_config.models import SiteSettings
from tests.catalogue.stamps_support import make_batch

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
SHOTS = Path(settings.BASE_DIR) / ".state" / "screenshots"


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, locale="vi-VN", is_mobile=True, has_touch=True)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


def fits_the_phone(page):
    return page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]


def test_a_buyer_checks_a_stamp_on_a_phone(live_server, phone, product, site_tree):
    SHOTS.mkdir(parents=True, exist_ok=True)
    office = SiteSettings.for_site(site_tree["home"].get_site())
    office.phone, office.email = "0203 3835 555", "ocop@quangninh.gov.vn"
    office.save()
    batch = make_batch(product, codes=2)
    stamp = batch.codes.order_by("pk").first()

    phone.goto(live_server.url + product.url)
    note = phone.locator("[data-stamps]")
    note.scroll_into_view_if_needed()
    assert note.is_visible()
    note.get_by_role("link").click()
    phone.wait_for_url("**/vi/verify/")
    assert fits_the_phone(phone)
    phone.screenshot(path=str(SHOTS / "stamps-form-phone.png"), full_page=True)

    field = phone.get_by_label("Mã trên tem")
    field.fill(stamp.code.lower())
    field.press("Enter")
    phone.wait_for_url(f"**/vi/verify/{stamp.display_code}/")
    verdict = phone.locator("[data-verdict]")
    assert verdict.get_attribute("data-verdict") == "genuine"
    assert verdict.is_visible() and verdict.bounding_box()["y"] < PHONE["height"]
    assert "Chả mực Hạ Long" in verdict.inner_text()
    assert "CM-2026-11-A" in phone.content()
    assert "Đây là lần đầu tiên mã này được kiểm tra." in phone.inner_text("body")
    assert fits_the_phone(phone)
    phone.screenshot(path=str(SHOTS / "stamps-genuine-phone.png"), full_page=True)
    stamp.refresh_from_db()
    assert stamp.scan_count == 1

    payload = "7KQ2M9XD4HRTB3WPZ"
    fake = display(payload + check_symbol(payload))
    field = phone.get_by_label("Mã trên tem")
    field.fill(fake.replace("-", " "))
    field.press("Enter")
    phone.wait_for_url(f"**/vi/verify/{fake}/")
    assert phone.locator("[data-verdict]").get_attribute("data-verdict") == "unknown"
    body = phone.inner_text("body")
    assert "cảnh báo: có thể là hàng giả" in body.lower() and "0203 3835 555" in body  # the label is in capitals
    assert fits_the_phone(phone)
    phone.screenshot(path=str(SHOTS / "stamps-counterfeit-phone.png"), full_page=True)

    field = phone.get_by_label("Mã trên tem")
    field.fill("không phải mã")
    field.press("Enter")
    phone.wait_for_load_state()
    alert = phone.get_by_role("alert")
    assert "không phải mã tem" in alert.inner_text()
    assert phone.get_by_label("Mã trên tem").input_value() == "không phải mã"  # kept to correct
