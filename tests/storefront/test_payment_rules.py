"""Payment and destination rules (storefront.services.rules), shipping abroad by weight, holds."""

from datetime import timedelta

import pytest
from django.utils import translation
from storefront_helpers import customer, order_for
from test_checkout import fill_cart, form_data

from catalogue.models import ProductPage
from storefront.exceptions import StorefrontError
from storefront.models import Order, PaymentMethod
from storefront.services.calculations import abroad_fee_vnd, abroad_zone
from storefront.services.cart import CartLine
from storefront.services.orders import place_order
from storefront.services.rules import can_start_card_payment, payment_methods_for


@pytest.mark.django_db
def test_no_cash_on_delivery_abroad_and_every_method_at_home(shop):
    assert payment_methods_for(shop, "VN") == ["card", "cod", "bank_transfer"]
    assert payment_methods_for(shop, "KR") == ["card", "bank_transfer"]
    shop.cod_enabled = False
    assert payment_methods_for(shop, "VN") == ["card", "bank_transfer"]


@pytest.mark.django_db
def test_card_is_not_offered_without_stripe(shop, settings):
    settings.STRIPE_SECRET_KEY = settings.STRIPE_API_BASE = ""
    assert "card" not in payment_methods_for(shop, "VN")


@pytest.mark.django_db
def test_place_order_refuses_cash_on_delivery_abroad(variant, shop):
    variant.refresh_from_db()
    with translation.override("en"), pytest.raises(StorefrontError, match="only possible in Vietnam"):
        place_order(
            cart_items={variant.pk: 1},
            lines=[CartLine(variant, 1)],
            customer=customer(country="DE", province_code=None, province_name="", city="Berlin"),
            payment_method=PaymentMethod.COD,
            shop=shop,
            language="en",
            checkout_key="k-de",
        )
    assert not Order.objects.exists()
    variant.refresh_from_db()
    assert variant.stock == 10


@pytest.mark.django_db
def test_place_order_refuses_a_frozen_product_abroad(variant, shop):
    ProductPage.objects.filter(pk=variant.product_id).update(abroad_restriction="frozen")
    variant.refresh_from_db()
    variant.product.refresh_from_db()
    with translation.override("en"), pytest.raises(StorefrontError, match="delivered in Vietnam only"):
        place_order(
            cart_items={variant.pk: 1},
            lines=[CartLine(variant, 1)],
            customer=customer(country="DE", province_code=None, province_name="", city="Berlin"),
            payment_method=PaymentMethod.BANK_TRANSFER,
            shop=shop,
            language="en",
            checkout_key="k-fz",
        )
    assert not Order.objects.exists()


@pytest.mark.django_db
def test_cart_and_checkout_say_a_product_is_not_sent_abroad(client, variant):
    ProductPage.objects.filter(pk=variant.product_id).update(abroad_restriction="alcohol")
    fill_cart(client, variant)
    cart = client.get("/en/cart/").content.decode()
    assert "Delivered in Vietnam only (alcohol)" in cart and "data-domestic-only" in cart
    data = form_data(
        client,
        lang="en",
        country="DE",
        province="",
        ward="",
        city="Berlin",
        phone="+49 30 123456",
        payment_method="bank_transfer",
        refresh="1",
    )
    page = client.post("/en/checkout/", data).content.decode()
    assert "delivered in Vietnam only" in page
    data.pop("refresh")
    response = client.post("/en/checkout/", data)
    assert response.status_code == 400 and not Order.objects.exists()


@pytest.mark.django_db
def test_shipping_abroad_by_weight_and_zone(shop):
    assert abroad_zone(shop, "KR") == 1 and abroad_zone(shop, "DE") == 2 and abroad_zone(shop, "US") == 3
    assert abroad_fee_vnd(shop, "KR", 400) == 350000
    assert abroad_fee_vnd(shop, "KR", 1000) == 350000
    assert abroad_fee_vnd(shop, "KR", 1001) == 350000 + 120000
    assert abroad_fee_vnd(shop, "DE", 3500) == 550000 + 3 * 220000
    shop.abroad_zone1_countries = "JP"
    assert abroad_zone(shop, "KR") == 3


@pytest.mark.django_db
def test_checkout_abroad_offers_only_card_and_transfer_and_a_weight_fee(client, variant):
    fill_cart(client, variant, quantity=3)  # 3 × 500 g = 1.5 kg → 2 kg started
    data = form_data(client, lang="en", country="KR", province="", ward="", city="Seoul", refresh="1")
    page = client.post("/en/checkout/", data).content.decode()
    assert 'value="card"' in page and 'value="bank_transfer"' in page and 'value="cod"' not in page
    assert "₫470,000" in page  # 350,000 + 120,000


@pytest.mark.django_db
def test_cash_on_delivery_holds_stock_for_its_own_time(variant, shop):
    shop.cod_hold_hours, shop.hold_hours = 96, 24
    shop.save()
    cod = order_for(variant, method=PaymentMethod.COD, shop=shop)
    transfer = order_for(variant, method=PaymentMethod.BANK_TRANSFER, shop=shop)
    assert cod.hold_expires_at - cod.created_at == pytest.approx(timedelta(hours=96), abs=timedelta(seconds=5))
    assert transfer.hold_expires_at - transfer.created_at == pytest.approx(
        timedelta(hours=24), abs=timedelta(seconds=5)
    )


@pytest.mark.django_db
def test_can_start_card_payment_only_for_unpaid_card_orders(card_order, variant, settings):
    assert can_start_card_payment(card_order)
    assert not can_start_card_payment(order_for(variant, method=PaymentMethod.COD))
    settings.STRIPE_SECRET_KEY = settings.STRIPE_API_BASE = ""
    assert not can_start_card_payment(card_order)


@pytest.mark.django_db
def test_order_page_names_the_country_and_gives_swift_details_abroad(client, variant, shop):
    variant.refresh_from_db()
    order, _ = place_order(
        cart_items={variant.pk: 1},
        lines=[CartLine(variant, 1)],
        customer=customer(country="DE", province_code=None, province_name="", city="Berlin", postal_code="10115"),
        payment_method=PaymentMethod.BANK_TRANSFER,
        shop=shop,
        language="en",
        checkout_key="k-sw",
    )
    en = client.get(f"/en/orders/{order.token}/").content.decode()
    assert "Germany" in en and "<br>DE<br>" not in en
    assert shop.bank_swift_bic in en and "Beneficiary" in en
    vi = client.get(f"/vi/orders/{order.token}/").content.decode()
    assert "Đức" in vi
