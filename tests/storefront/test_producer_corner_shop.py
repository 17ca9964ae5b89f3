"""The producers' corner, shop side: their prices and stock (through the stock log), their order
lines (packed, shipped with tracking: the buyer's page and e-mail show it), and nothing of anyone
else's: another producer's variant or line is refused, the buyer's e-mail never shown."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from storefront_helpers import customer, make_product
from wagtail.users.models import UserProfile

from catalogue.models import ProducerPage
from catalogue.producer_accounts import invite_producer_staff
from storefront.models import PaymentMethod, StockMovement, StockReason
from storefront.services.cart import CartLine
from storefront.services.orders import place_order, set_status
from storefront.services.presentation import shop_settings
from storefront.status import OrderStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def corner(shop_tree, django_capture_on_commit_callbacks, client):
    variant_a = make_product(shop_tree, title="Chả mực A", stock=10, sku="A-500")
    producer_b = shop_tree["producers_b"] = (
        shop_tree["producer"]
        .get_parent()
        .add_child(
            instance=ProducerPage(
                title="HTX B",
                slug="htx-b",
                producer_type="cooperative",
                region=shop_tree["region"],
                locale=shop_tree["producer"].locale,
            )
        )
    )
    variant_b = make_product({**shop_tree, "producer": producer_b}, title="Rượu B", stock=7, sku="B-750")
    with django_capture_on_commit_callbacks(execute=True):
        user = invite_producer_staff(shop_tree["producer"], email="lan@example.com", name="Lan")
        order, _created = place_order(
            cart_items={variant_a.pk: 2, variant_b.pk: 1},
            lines=[CartLine(variant_a, 2), CartLine(variant_b, 1)],
            customer=customer(email="buyer-secret@example.com"),
            payment_method=PaymentMethod.CARD,
            shop=shop_settings(),
            language="en",
            checkout_key=f"corner-{time.monotonic_ns()}",
        )
        set_status(order, OrderStatus.PAID, source="stripe")
    mail.outbox.clear()
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    line_a = order.lines.get(sku="A-500")
    line_b = order.lines.get(sku="B-750")
    return {
        "client": client,
        "user": user,
        "a": variant_a,
        "b": variant_b,
        "order": order,
        "line_a": line_a,
        "line_b": line_b,
    }


def test_prices_and_stock_of_their_own_variants_only(corner):
    client, a, b = corner["client"], corner["a"], corner["b"]
    page = client.get(reverse("producer_corner_shop:variants")).content.decode()
    assert "A-500" in page and "B-750" not in page
    a.refresh_from_db()
    response = client.post(
        reverse("producer_corner_shop:variant", args=[a.pk]),
        {"price_vnd": "135.000", "stock": "20", "stock_seen": str(a.stock)},
    )
    assert response.status_code == 302
    a.refresh_from_db()
    assert (a.price_vnd, a.stock) == (135000, 20)
    movement = StockMovement.objects.filter(variant=a).first()
    assert (
        movement.reason == StockReason.MANUAL and movement.changed_by == corner["user"] and movement.stock_after == 20
    )

    # Another producer's variant: refused, unchanged.
    response = client.post(
        reverse("producer_corner_shop:variant", args=[b.pk]), {"price_vnd": "1000", "stock": "0", "stock_seen": "6"}
    )
    assert response.status_code == 403
    b.refresh_from_db()
    assert (b.price_vnd, b.stock) == (120000, 6)


def test_bad_figures_and_a_sale_meanwhile_are_told_not_saved(corner):
    client, a = corner["client"], corner["a"]
    a.refresh_from_db()
    url = reverse("producer_corner_shop:variant", args=[a.pk])
    response = client.post(url, {"price_vnd": "²", "stock": "-3", "stock_seen": str(a.stock)})
    assert response.status_code == 400 and "enter a price of at least" in response.content.decode()
    response = client.post(url, {"price_vnd": str(a.price_vnd), "stock": "50", "stock_seen": str(a.stock + 1)})
    assert response.status_code == 302
    a.refresh_from_db()
    assert a.stock == 8  # 10 minus the 2 sold: not overwritten


def test_their_lines_show_what_a_parcel_needs_and_no_more(corner):
    client = corner["client"]
    page = client.get(reverse("producer_corner_shop:lines")).content.decode()
    assert corner["order"].number in page and "Chả mực A" in page
    assert "Rượu B" not in page and "B-750" not in page
    assert "Nguyễn Văn An" in page and "12 Trần Hưng Đạo" in page
    assert "buyer-secret@example.com" not in page  # the buyer's e-mail is not theirs to see
    # Another producer's line: refused.
    for action in ("packed", "shipped"):
        url = reverse("producer_corner_shop:line_action", args=[corner["line_b"].pk, action])
        assert client.post(url, {"carrier": "X", "tracking_number": "1"}).status_code == 403
    corner["line_b"].refresh_from_db()
    assert corner["line_b"].packed_at is None and corner["line_b"].shipped_at is None


def test_unpaid_orders_are_not_theirs_yet(corner, shop_tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        unpaid, _ = place_order(
            cart_items={corner["a"].pk: 1},
            lines=[CartLine(corner["a"], 1)],
            customer=customer(name="Người chưa trả"),
            payment_method=PaymentMethod.BANK_TRANSFER,
            shop=shop_settings(),
            language="vi",
            checkout_key=f"unpaid-{time.monotonic_ns()}",
        )
    page = corner["client"].get(reverse("producer_corner_shop:lines")).content.decode()
    assert unpaid.number not in page
    line = unpaid.lines.get()
    assert (
        corner["client"].post(reverse("producer_corner_shop:line_action", args=[line.pk, "packed"])).status_code == 403
    )


def test_packed_then_shipped_shows_on_the_buyers_page_and_email(corner, client, django_capture_on_commit_callbacks):
    staff = corner["client"]
    line = corner["line_a"]
    assert staff.post(reverse("producer_corner_shop:line_action", args=[line.pk, "packed"])).status_code == 302
    line.refresh_from_db()
    assert line.packed_at is not None
    order_page = f"/en/orders/{corner['order'].token}/"
    assert "Packed, leaving soon" in client.get(order_page).content.decode()

    url = reverse("producer_corner_shop:line_action", args=[line.pk, "shipped"])
    missing = staff.post(url, {"carrier": "Viettel Post", "tracking_number": " "})
    assert missing.status_code == 400 and "tracking number" in missing.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        assert staff.post(url, {"carrier": "Viettel Post", "tracking_number": "VTP123456"}).status_code == 302
    line.refresh_from_db()
    assert (line.carrier, line.tracking_number) == ("Viettel Post", "VTP123456") and line.shipped_at

    page = client.get(order_page).content.decode()
    assert "Sent with Viettel Post, tracking number VTP123456" in page
    assert "Shipped by the producer" not in page  # the shop's history note, not the buyer's
    (message,) = mail.outbox
    assert message.to == ["buyer-secret@example.com"]
    assert corner["order"].number in message.subject and "on its way" in message.subject
    assert "Sent with Viettel Post, tracking number VTP123456" in message.body
    assert "VTP123456" in message.alternatives[0][0]
    # Once: a second click changes nothing and mails no one.
    with django_capture_on_commit_callbacks(execute=True):
        again = staff.post(url, {"carrier": "Other", "tracking_number": "X"})
    assert again.status_code == 400
    line.refresh_from_db()
    assert line.tracking_number == "VTP123456" and len(mail.outbox) == 1
    # The shop manager's order page shows it too.
    manager = get_user_model().objects.create_superuser("boss", "boss@example.com", "pw")
    client.force_login(manager)
    inspect = client.get(f"/admin/orders/inspect/{corner['order'].pk}/").content.decode()
    assert "VTP123456" in inspect and "Shipped by the producer" in inspect
    history = corner["order"].status_changes.filter(source="producer")
    assert history.count() == 2 and history.last().changed_by == corner["user"]


def test_the_order_admin_and_stock_screens_refuse_them(corner):
    client = corner["client"]
    for url in [
        "/admin/orders/",
        f"/admin/orders/inspect/{corner['order'].pk}/",
        "/admin/orders/?export=csv",
        "/admin/shop/stock/bulk/",
        "/admin/shop/stock/import/",
        "/admin/snippets/storefront/stockmovement/?export=csv",
        f"/admin/shop/stock/variant/{corner['b'].pk}/",
    ]:
        assert client.get(url).status_code in (403, 404), url
