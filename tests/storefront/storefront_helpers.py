"""Helpers of the storefront tests (imported by conftest.py and the test modules)."""

import itertools
import json
import time

from django.db import connections

from catalogue.models import ProductPage, ProductVariant
from storefront.models import Order, PaymentMethod
from storefront.payments.stripe_gateway import sign_payload
from storefront.services.cart import CartLine
from storefront.services.orders import CustomerDetails, place_order
from storefront.services.presentation import shop_settings

WEBHOOK_SECRET = "whsec_test_storefront_0123456789"
_sequence = itertools.count(1)


def make_product(tree, title="Chả mực Hạ Long", price=120000, stock=10, sku=None):
    n = next(_sequence)
    page = tree["catalogue"].add_child(
        instance=ProductPage(
            title=title,
            slug=f"product-{n}",
            producer=tree["producer"],
            group=tree["group"],
            region=tree["region"],
            locale=tree["catalogue"].locale,
        )
    )
    variant = ProductVariant.objects.create(
        product=page, sku=sku or f"SKU-{n}", size="500 g", price_vnd=price, stock=stock
    )
    return variant


def customer(**overrides):
    data = {
        "name": "Nguyễn Văn An",
        "email": "an@example.com",
        "phone": "+84912345678",
        "country": "VN",
        "street_address": "12 Trần Hưng Đạo",
        "province_code": 22,
        "province_name": "Quảng Ninh",
        "ward_code": None,
        "ward_name": "",
    }
    data.update(overrides)
    return CustomerDetails(**data)


def order_for(variant, quantity=1, method=PaymentMethod.CARD, language="vi", shop=None, key=None, buyer=None):
    """Place an order for ``quantity`` of ``variant`` through the real service (``buyer``: the
    customer's details that differ from ``customer()``'s)."""
    variant.refresh_from_db()
    order, _created = place_order(
        cart_items={variant.pk: quantity},
        lines=[CartLine(variant, quantity)],
        customer=customer(**(buyer or {})),
        payment_method=method,
        shop=shop or shop_settings(),
        language=language,
        checkout_key=key or f"key-{next(_sequence)}-{time.monotonic_ns()}",
    )
    return order


def stripe_event(
    event_type, order: Order | None, *, event_id=None, amount=None, currency="vnd", payment_status="paid", obj=None
):
    """An event shaped like Stripe's, for ``order``."""
    if obj is None:
        if event_type == "charge.refunded":
            obj = {
                "id": "ch_test_1",
                "object": "charge",
                "amount": order.total_vnd,
                "amount_refunded": order.total_vnd if amount is None else amount,
                "currency": currency,
                "payment_intent": "pi_test_1",
                "refunded": True,
                "metadata": {"order_number": order.number},
            }
        else:
            obj = {
                "id": "cs_test_1",
                "object": "checkout.session",
                "mode": "payment",
                "amount_total": order.total_vnd if amount is None else amount,
                "currency": currency,
                "client_reference_id": order.token,
                "metadata": {"order_number": order.number},
                "payment_intent": "pi_test_1",
                "payment_status": payment_status,
                "status": "expired" if event_type.endswith("expired") else "complete",
            }
    return {
        "id": event_id or f"evt_test_{next(_sequence)}_{time.monotonic_ns()}",
        "object": "event",
        "api_version": "2025-01-27.acacia",
        "created": int(time.time()),
        "type": event_type,
        "livemode": False,
        "data": {"object": obj},
    }


def signed_post(client, event, *, secret=WEBHOOK_SECRET, timestamp=None, header=True):
    payload = json.dumps(event)
    headers = {}
    if header:
        headers["HTTP_STRIPE_SIGNATURE"] = sign_payload(payload, secret, timestamp or int(time.time()))
    return client.post("/stripe/webhook/", data=payload, content_type="application/json", **headers)


def close_thread_connections():
    for conn in connections.all():
        conn.close()
