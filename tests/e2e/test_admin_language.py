"""An editor whose browser asks for English still works in a Vietnamese admin, JavaScript included."""

from pathlib import Path

import pytest
from django.conf import settings

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(settings.BASE_DIR) / ".state" / "screenshots"


@pytest.mark.parametrize(
    "viewport", [{"width": 1280, "height": 900}, {"width": 390, "height": 844}], ids=["desktop", "phone"]
)
def test_english_browser_gets_the_vietnamese_admin(live_server, browser, product, django_user_model, viewport):
    django_user_model.objects.create_superuser("bientap", "bientap@example.vn", "mat-khau-thu")
    context = browser.new_context(
        viewport=viewport, locale="en-US", extra_http_headers={"Accept-Language": "en-US,en;q=0.9"}
    )
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    name = "phone" if viewport["width"] < 500 else "desktop"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    page.goto(live_server.url + "/admin/login/")
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.locator("label[for=id_password]").inner_text().startswith("Mật khẩu")
    page.screenshot(path=str(SCREENSHOTS / f"admin_vi_login_{name}.png"))
    page.fill("input[name=username]", "bientap")
    page.fill("input[name=password]", "mat-khau-thu")
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(live_server.url + "/admin/")

    # Strings that only JavaScript puts on the screen come from the djangojs catalogue.
    assert page.evaluate("django.gettext('Toggle sidebar')") == "Ẩn/hiện thanh bên"
    assert page.evaluate("django.gettext('Main menu')") == "Menu chính"
    page.screenshot(path=str(SCREENSHOTS / f"admin_vi_dashboard_{name}.png"))

    page.goto(f"{live_server.url}/admin/pages/{product.pk}/edit/")
    save_draft = page.locator("footer button", has_text="Lưu bản nháp").first
    save_draft.wait_for()
    assert "Save draft" not in page.locator("footer").inner_text()
    page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    assert page.get_by_role("button", name="Xuất bản").first.is_visible()
    page.screenshot(path=str(SCREENSHOTS / f"admin_vi_editor_{name}.png"))
    context.close()
    assert not errors, errors
