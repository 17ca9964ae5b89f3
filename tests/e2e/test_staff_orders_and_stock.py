"""Shop staff in a real browser (production CSP in force): find an order by a phone typed with
spaces, take a cash-on-delivery order from processing to cash collected, cancel another and
see its stock come back, export the CSV and read it back, record goods received, and stay
inside the Shop manager's boundary. Screenshots go to .state/screenshots/."""

import csv
import io
import re
from pathlib import Path

import pytest
from django.conf import settings

from catalogue.models import ProductVariant
from storefront.models import PaymentMethod, StockMovement
from storefront.services.cart import CartLine
from storefront.services.orders import CustomerDetails, place_order
from storefront.services.presentation import shop_settings
from storefront.status import OrderStatus
from tests.storefront.staff_helpers import ensure_shop_manager_group, make_staff

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

SHOTS = Path(settings.BASE_DIR) / ".state" / "screenshots"


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"staff-{name}.png"), full_page=True)


def place(variant, name, phone, quantity, key):
    variant.refresh_from_db()
    customer = CustomerDetails(
        name=name,
        email="khach@example.com",
        phone=phone,
        country="VN",
        street_address="12 Trần Hưng Đạo",
        province_code=22,
        province_name="Quảng Ninh",
    )
    order, _ = place_order(
        cart_items={variant.pk: quantity},
        lines=[CartLine(variant, quantity)],
        customer=customer,
        payment_method=PaymentMethod.COD,
        shop=shop_settings(),
        language="vi",
        checkout_key=key,
    )
    return order


@pytest.fixture
def manager(django_user_model, product):
    user = make_staff(django_user_model, "quanly", language="vi", group=ensure_shop_manager_group())
    user.set_password("mat-khau-kho-9")
    user.save()
    return user


def log_in(page, live_server, username, password):
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/$"))


def act(page, name, **fields):
    form = page.locator(f'form[data-order-action="{name}"]')
    for field, value in fields.items():
        form.locator(f'input[name="{field}"]').fill(value)
    form.locator("button[type=submit]").click()
    page.wait_for_load_state("load")
    assert page.locator(".messages .success, .messages li.success").count() >= 1, page.locator(".messages").inner_text()


def test_cash_on_delivery_order_from_search_to_cash_collected_and_a_cancel(live_server, page, manager, product):
    variant = ProductVariant.objects.get(sku="CHAMUC-500")  # 12 in stock
    order = place(variant, "Lê Văn Đức", "+84912345678", 2, "e2e-1")
    other = place(variant, "Trần Thị Hoa", "+84987654321", 3, "e2e-2")
    assert ProductVariant.objects.get(pk=variant.pk).stock == 7
    log_in(page, live_server, "quanly", "mat-khau-kho-9")

    # Find the order by the phone typed the way people write it.
    page.goto(live_server.url + "/admin/orders/")
    search = page.locator('input[name="q"]').first
    search.fill("0912 345 678")
    search.press("Enter")
    # A function, not an expression: Playwright evaluates expressions with eval, which the admin's CSP forbids.
    page.wait_for_function(
        "([number]) => document.querySelector('table.listing') && "
        "!document.querySelector('table.listing').innerText.includes(number)",
        arg=[other.number],
    )
    assert order.number in page.locator("table.listing").inner_text()
    shot(page, "01-orders-found-by-phone")

    # The number opens the order itself.
    page.locator("table.listing").get_by_role("link", name=order.number).click()
    page.wait_for_url(re.compile(rf"/admin/orders/inspect/{order.pk}/$"))
    assert order.token not in page.content() and order.checkout_key not in page.content()
    assert page.locator('form[data-order-action="refund"]').count() == 0  # no money received yet
    shot(page, "02-order-opened")

    act(page, "processing", reason="đã đóng gói")
    act(page, "shipped", carrier="VNPost", tracking_number="EB123456789VN")
    act(page, "delivered")
    shot(page, "03-delivered-awaiting-cash")
    act(page, "cash_collected", reason="bưu tá đã nộp tiền")
    history = page.locator("table.listing").nth(1).inner_text()
    assert "EB123456789VN" in page.content() and "Đã thu tiền mặt: 465.000" in history  # 2 × 220.000 + 25.000
    assert "bưu tá đã nộp tiền" in history and "quanly" in history
    shot(page, "04-cash-collected")
    order.refresh_from_db()
    assert order.status == OrderStatus.DELIVERED and order.paid_at is not None

    # Cancel the other order: its three units come back.
    page.goto(live_server.url + f"/admin/orders/inspect/{other.pk}/")
    act(page, "cancel", reason="khách huỷ")
    assert ProductVariant.objects.get(pk=variant.pk).stock == 10
    page.goto(live_server.url + "/admin/snippets/catalogue/productvariant/?q=cha+muc")
    row = page.locator("table.listing tr", has_text="CHAMUC-500")
    assert re.search(r"\b10\b", row.inner_text()) and "220.000" in row.inner_text()
    shot(page, "05-stock-back-after-cancel")
    page.goto(live_server.url + "/admin/snippets/storefront/stockmovement/")
    log = page.locator("table.listing").inner_text()
    assert "Đơn hàng bị huỷ" in log and "Bán hàng" in log and other.number in log
    shot(page, "06-stock-log")

    # Export the CSV and read it back: Vietnamese intact, labels not codes.
    page.goto(live_server.url + "/admin/orders/")
    with page.expect_download() as download_info:
        page.evaluate("window.location.href = '/admin/orders/?export=csv'")
    raw = Path(download_info.value.path()).read_bytes()
    assert raw.startswith("\ufeff".encode())  # Excel needs the BOM to read UTF-8
    header, *rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    records = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    assert set(records) == {order.number, other.number}
    assert records[order.number]["Tên"] == "Lê Văn Đức" and records[other.number]["Tên"] == "Trần Thị Hoa"
    assert records[other.number]["Trạng thái"] == "Đã huỷ"
    assert records[order.number]["Phương thức thanh toán"] == "Thanh toán khi nhận hàng (COD)"
    assert records[order.number]["Điện thoại"] == "0912 345 678"


def test_shop_manager_boundary_and_goods_received_on_a_phone(live_server, browser, manager, product):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, locale="vi-VN")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in(page, live_server, "quanly", "mat-khau-kho-9")
    shot(page, "10-manager-dashboard-phone")

    # Orders and stock: yes.
    assert page.goto(live_server.url + "/admin/orders/").status == 200
    assert page.goto(live_server.url + "/admin/snippets/catalogue/productvariant/").status == 200
    assert "CHAMUC-500" in page.content()
    shot(page, "11-manager-stock-phone")
    page.goto(live_server.url + "/admin/shop/stock/delivery/")
    page.select_option("#id_variant", value=str(ProductVariant.objects.get(sku="CHAMUC-1KG").pk))
    page.fill("#id_quantity", "25")
    page.fill("#id_note", "Phiếu nhập số 17")
    page.locator("#delivery-form button[type=submit]").click()
    page.wait_for_load_state("load")
    assert "tồn kho hiện là 25" in page.content()
    shot(page, "12-goods-received-phone")
    movement = StockMovement.objects.get(reason="delivery")
    assert (movement.change, movement.changed_by.username, movement.note) == (25, "quanly", "Phiếu nhập số 17")

    # Pages, settings, users, price edits: no.
    for url in (
        "/admin/pages/",
        f"/admin/pages/{product.pk}/edit/",
        "/admin/settings/site_config/shopsettings/",
        "/admin/users/",
        "/admin/groups/",
        "/admin/shop/stock/import/",
        "/admin/shop/stock/bulk-edit/",
    ):
        page.goto(live_server.url + url)
        assert not page.url.endswith(url), f"the Shop manager reached {url}"
    shot(page, "13-manager-refused")
    context.close()
    assert not errors, errors


def test_editor_adds_a_variant_from_the_product_with_a_vietnamese_price(
    live_server, page, django_user_model, product, product_en
):
    admin = make_staff(django_user_model, "bientap", language="vi")
    admin.is_superuser = True
    admin.set_password("mat-khau-bien-tap-9")
    admin.save()
    log_in(page, live_server, "bientap", "mat-khau-bien-tap-9")
    page.goto(live_server.url + f"/admin/pages/{product.pk}/edit/")
    page.locator(f'a[href$="/productvariant/add/?product={product.pk}"]').first.click()
    page.wait_for_url(re.compile(r"/productvariant/add/\?product="))
    assert "Chả mực Hạ Long" in page.locator("#w-editor-form").inner_text()
    shot(page, "20-add-variant-prefilled")

    # The chooser offers the Vietnamese product, never its English translation.
    chooser = page.locator("#id_product-chooser")
    chooser.locator(".chosen button[aria-describedby]").first.click()  # the "…" menu of the chosen product
    chooser.get_by_role("button", name="Chọn sản phẩm khác").click()
    modal = page.locator(".modal-content").first
    modal.wait_for()
    page.wait_for_function(
        "() => document.querySelector('.modal-content') && "
        "document.querySelector('.modal-content').innerText.includes('Chả mực Hạ Long')"
    )
    assert "Ha Long squid cakes" not in modal.inner_text()
    shot(page, "21-product-chooser")
    modal.get_by_role("link", name="Chả mực Hạ Long").first.click()
    modal.wait_for(state="hidden")

    page.fill("#id_sku", "CHAMUC-250")
    page.fill("#id_size", "250 g")
    page.fill("#id_price_vnd", "1.200.000")
    page.fill("#id_stock", "6")
    page.locator("#w-editor-form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/productvariant/$"))
    variant = ProductVariant.objects.get(sku="CHAMUC-250")
    assert (variant.price_vnd, variant.stock, variant.product_id) == (1200000, 6, product.pk)
    assert "1.200.000" in page.locator("table.listing").inner_text()
    shot(page, "22-variant-saved")
    page.goto(live_server.url + "/admin/snippets/catalogue/productvariant/?q=Cha+muc")
    assert "CHAMUC-250" in page.content()
