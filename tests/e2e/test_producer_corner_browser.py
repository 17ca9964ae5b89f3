"""A producer's staff member in a real browser (production CSP in force): invited by a programme
editor, sets a password from the e-mail, signs in to the corner, edits their product and submits
it for moderation (the public page does not change), sees only their own order lines and ships
one. Desktop and phone. Screenshots go to .state/screenshots/producer-*.png."""

import re
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

from catalogue.models import ProductPage
from storefront.models import PaymentMethod
from storefront.services.cart import CartLine
from storefront.services.orders import CustomerDetails, place_order, set_status
from storefront.services.presentation import shop_settings
from storefront.status import OrderStatus
from tests.factories import ProducerPageFactory, ProductPageFactory, ProductVariantFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SHOTS = Path(settings.BASE_DIR) / ".state" / "screenshots"
PHONE = {"width": 390, "height": 844}


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"producer-{name}.png"), full_page=True)


@pytest.fixture
def shop(product, region, group, site_tree):
    other = ProducerPageFactory(parent=site_tree["producers"], title="Hợp tác xã Bên kia", region=region)
    other_product = ProductPageFactory(
        parent=site_tree["catalogue"], title="Rượu bên kia", producer=other, region=region, group=group
    )
    other_product.save_revision().publish()
    other_variant = ProductVariantFactory(product=other_product, sku="KHAC-750")
    mine = product.variants.get(sku="CHAMUC-500")
    order, _ = place_order(
        cart_items={mine.pk: 1, other_variant.pk: 1},
        lines=[CartLine(mine, 1), CartLine(other_variant, 1)],
        customer=CustomerDetails(
            name="Nguyễn Văn An",
            email="an@example.com",
            phone="+84912345678",
            country="VN",
            street_address="12 Trần Hưng Đạo",
            province_code=22,
            province_name="Quảng Ninh",
        ),
        payment_method=PaymentMethod.COD,
        shop=shop_settings(),
        language="vi",
        checkout_key=f"e2e-producer-{time.monotonic_ns()}",
    )
    set_status(order, OrderStatus.PROCESSING, source="admin")
    return {"order": order, "other": other}


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_superuser("bientap", "bientap@example.com", "mat-khau-bien-tap-9")
    return user


def log_in(page, live_server, username, password):
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("form button[type=submit]").first.click()


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_invited_producer_edits_submits_and_ships(live_server, browser, shop, product, editor, viewport):
    size = PHONE if viewport == "phone" else {"width": 1280, "height": 900}
    errors = []

    def new_page():
        context = browser.new_context(viewport=size, locale="vi-VN")
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        return context, page

    # The programme editor opens the producer's editor and invites a staff member.
    context, page = new_page()
    log_in(page, live_server, "bientap", "mat-khau-bien-tap-9")
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto(live_server.url + reverse("wagtailadmin_pages:edit", args=[product.producer_id]))
    staff_url = reverse("catalogue_producer_staff:staff", args=[product.producer_id])
    page.locator("header button.w-dropdown__toggle[aria-label='Thao tác']").first.click()
    page.locator(f'a[href="{staff_url}"]').click()  # "Nhân viên chủ thể", in the page's actions
    page.wait_for_url(re.compile(re.escape(staff_url) + "$"))
    page.fill("#id_name", "Trần Thị Lan")
    page.fill("#id_email", "lan@example.com")
    page.locator("#invite-form button[type=submit]").click()
    page.wait_for_load_state("load")
    assert "lan@example.com" in page.locator("[data-producer-staff]").inner_text()
    shot(page, f"{viewport}-invited")
    context.close()

    # The staff member sets a password from the e-mail and signs in: the corner, nothing else.
    link = re.search(r"https?://\S+/password_reset/confirm/\S+", mail.outbox[-1].body).group(0)
    context, page = new_page()
    page.goto(live_server.url + link.split("/admin/", 1)[1].join(["/admin/", ""]))
    page.fill("#id_new_password1", "Mật-khẩu-của-Lan-2026")
    page.fill("#id_new_password2", "Mật-khẩu-của-Lan-2026")
    page.locator("main form button[type=submit], form button[type=submit]").last.click()
    page.wait_for_load_state("load")
    log_in(page, live_server, "lan@example.com", "Mật-khẩu-của-Lan-2026")
    page.wait_for_url(re.compile(r"/admin/producer-corner/$"))
    corner = page.locator("main").inner_text()
    assert "Chả mực Hạ Long" in corner and "Rượu bên kia" not in corner and "Hợp tác xã Bên kia" not in corner
    shot(page, f"{viewport}-corner")

    # Edit the product and submit it for moderation.
    page.locator("[data-product-pages] a", has_text="Chả mực Hạ Long").click()
    page.wait_for_url(re.compile(rf"/admin/pages/{product.pk}/edit/$"))
    assert page.locator("button[name=action-publish]").count() == 0
    page.locator("[data-contentpath=intro] textarea").fill("Chả mực giã tay, mẻ mới mỗi sáng.")
    page.locator("footer .w-dropdown__toggle.button").click()
    page.locator("button[name=action-submit]").click()
    page.wait_for_url(re.compile(r"/admin/producer-corner/$"))  # back in their corner, with the message
    assert page.locator(".messages .success, .messages li.success").count() >= 1
    shot(page, f"{viewport}-submitted")
    product.refresh_from_db()
    assert product.workflow_in_progress
    assert ProductPage.objects.get(pk=product.pk).intro == "Chả mực giã tay từ mực tươi."  # live: unchanged

    # Another producer's page by its URL: refused.
    response = page.goto(live_server.url + reverse("wagtailadmin_pages:edit", args=[shop["other"].pk]))
    assert response.status == 403

    # Ship their line with a carrier and a tracking number.
    page.goto(live_server.url + reverse("producer_corner_shop:lines"))
    lines = page.locator("[data-producer-lines]")
    assert "Chả mực Hạ Long" in lines.inner_text() and "Rượu bên kia" not in lines.inner_text()
    row = lines.locator("tr[data-line]").first
    row.locator("input[name=carrier]").fill("Viettel Post")
    row.locator("input[name=tracking_number]").fill("VTP123456")
    row.locator("button", has_text="Đánh dấu đã gửi").click()
    page.wait_for_load_state("load")
    shot(page, f"{viewport}-shipped")
    assert "Viettel Post" in page.locator("[data-producer-lines]").inner_text()
    context.close()

    # The buyer's order page says it.
    context, page = new_page()
    page.goto(live_server.url + f"/vi/orders/{shop['order'].token}/")
    assert "Đã gửi qua Viettel Post, mã vận đơn VTP123456" in page.locator("body").inner_text()
    shot(page, f"{viewport}-buyer")
    context.close()
    assert not errors, f"JavaScript errors: {errors}"
