"""Stripe webhook: verified, recorded once, applied once, whatever the order of arrival.

Events are built like Stripe's and signed with Stripe's scheme; nothing is mocked.
"""

import threading
import time

import pytest
from django.core import mail
from django.test import Client
from storefront_helpers import close_thread_connections, make_product, order_for, signed_post, stripe_event

from catalogue.models import ProductVariant
from storefront.models import Order, OrderStatusChange, StripeEvent
from storefront.services.orders import set_status
from storefront.status import OrderStatus

pytestmark = pytest.mark.stripe


def status_of(order):
    return Order.objects.get(pk=order.pk).status


def stock_of(variant):
    return ProductVariant.objects.get(pk=variant.pk).stock


@pytest.mark.django_db
def test_completed_paid_session_fulfils_the_order_and_mails_once(
    client, card_order, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = signed_post(client, stripe_event("checkout.session.completed", card_order))
    assert response.status_code == 200
    assert response.json()["outcome"] == "paid"
    order = Order.objects.get(pk=card_order.pk)
    assert order.status == OrderStatus.PAID and order.paid_at is not None
    assert [m.subject for m in mail.outbox] == [f"Đã nhận thanh toán cho đơn hàng {order.number}"]  # order in vi
    change = order.status_changes.get()
    assert (change.source, change.reason) == ("stripe", "checkout.session.completed")


@pytest.mark.django_db
def test_completed_but_unpaid_session_waits_then_async_success_fulfils(client, card_order):
    assert (
        signed_post(client, stripe_event("checkout.session.completed", card_order, payment_status="unpaid")).status_code
        == 200
    )
    assert status_of(card_order) == OrderStatus.AWAITING_PAYMENT
    signed_post(client, stripe_event("checkout.session.async_payment_succeeded", card_order))
    assert status_of(card_order) == OrderStatus.PAID


@pytest.mark.django_db
def test_async_payment_failure_fails_the_order_and_releases_stock(client, card_order, variant):
    assert stock_of(variant) == 8
    signed_post(client, stripe_event("checkout.session.completed", card_order, payment_status="unpaid"))
    signed_post(client, stripe_event("checkout.session.async_payment_failed", card_order))
    assert status_of(card_order) == OrderStatus.PAYMENT_FAILED
    assert stock_of(variant) == 10


@pytest.mark.django_db
def test_session_expiry_releases_stock_once_even_when_redelivered_or_repeated(client, card_order, variant):
    event = stripe_event("checkout.session.expired", card_order)
    signed_post(client, event)
    signed_post(client, event)  # redelivery of the same event
    signed_post(client, stripe_event("checkout.session.expired", card_order))  # a second, distinct event
    assert status_of(card_order) == OrderStatus.EXPIRED
    assert stock_of(variant) == 10
    assert OrderStatusChange.objects.filter(order=card_order).count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "tamper", ["bad_signature", "wrong_secret", "missing_header", "stale_timestamp", "body_changed"]
)
def test_unverifiable_webhooks_get_400_and_change_nothing(client, card_order, tamper):
    event = stripe_event("checkout.session.completed", card_order)
    if tamper == "wrong_secret":
        response = signed_post(client, event, secret="whsec_someone_else")
    elif tamper == "missing_header":
        response = signed_post(client, event, header=False)
    elif tamper == "stale_timestamp":
        response = signed_post(client, event, timestamp=int(time.time()) - 3600)
    elif tamper == "bad_signature":
        response = client.post(
            "/stripe/webhook/",
            data="{}",
            content_type="application/json",
            HTTP_STRIPE_SIGNATURE=f"t={int(time.time())},v1={'0' * 64}",
        )
    else:
        import json

        from storefront_helpers import WEBHOOK_SECRET

        from storefront.payments.stripe_gateway import sign_payload

        header = sign_payload(json.dumps(event), WEBHOOK_SECRET, int(time.time()))
        event["data"]["object"]["amount_total"] = 1
        response = client.post(
            "/stripe/webhook/", data=json.dumps(event), content_type="application/json", HTTP_STRIPE_SIGNATURE=header
        )
    assert response.status_code == 400
    assert status_of(card_order) == OrderStatus.AWAITING_PAYMENT
    assert not StripeEvent.objects.exists()


@pytest.mark.django_db
def test_webhook_needs_no_csrf_token_but_only_accepts_post(card_order):
    client = Client(enforce_csrf_checks=True)
    assert signed_post(client, stripe_event("checkout.session.completed", card_order)).status_code == 200
    assert client.get("/stripe/webhook/").status_code == 405


@pytest.mark.django_db
def test_same_event_twice_in_sequence_fulfils_once_and_mails_once(
    client, card_order, django_capture_on_commit_callbacks
):
    event = stripe_event("checkout.session.completed", card_order)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        first = signed_post(client, event)
        second = signed_post(client, event)
    assert (first.json()["outcome"], second.json()["outcome"]) == ("paid", "duplicate")
    assert OrderStatusChange.objects.filter(order=card_order).count() == 1
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_same_event_in_parallel_threads_fulfils_once_and_mails_once(shop_tree):
    variant = make_product(shop_tree)
    order = order_for(variant, quantity=1)
    mail.outbox.clear()
    event = stripe_event("checkout.session.completed", order)
    barrier = threading.Barrier(8)
    codes = []

    def deliver():
        try:
            barrier.wait()
            codes.append(signed_post(Client(), event).status_code)
        finally:
            close_thread_connections()

    threads = [threading.Thread(target=deliver) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert codes == [200] * 8
    assert status_of(order) == OrderStatus.PAID
    assert OrderStatusChange.objects.filter(order=order).count() == 1
    assert StripeEvent.objects.filter(event_id=event["id"]).count() == 1
    assert [m.subject for m in mail.outbox].count(f"Đã nhận thanh toán cho đơn hàng {order.number}") == 1


@pytest.mark.django_db(transaction=True)
def test_success_page_and_webhook_at_the_same_moment_make_one_transition(shop_tree):
    variant = make_product(shop_tree)
    order = order_for(variant, quantity=1)
    barrier = threading.Barrier(2)
    results = {}

    def success_page():
        try:
            barrier.wait()
            results["page"] = Client().get(f"/vi/orders/{order.token}/paid/", follow=True).status_code
        finally:
            close_thread_connections()

    def webhook():
        try:
            barrier.wait()
            results["hook"] = signed_post(Client(), stripe_event("checkout.session.completed", order)).status_code
        finally:
            close_thread_connections()

    threads = [threading.Thread(target=success_page), threading.Thread(target=webhook)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == {"page": 200, "hook": 200}
    assert list(OrderStatusChange.objects.filter(order=order).values_list("to_status", "source")) == [
        ("paid", "stripe")
    ]


@pytest.mark.django_db
def test_success_page_alone_never_marks_the_order_paid(client, card_order):
    response = client.get(f"/vi/orders/{card_order.token}/paid/", follow=True)
    assert response.status_code == 200
    assert status_of(card_order) == OrderStatus.AWAITING_PAYMENT
    assert b"awaiting_payment" in response.content


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sequence, final",
    [
        (["async_payment_succeeded", "completed_unpaid"], OrderStatus.PAID),
        (["completed_paid", "expired"], OrderStatus.PAID),
        (["async_payment_failed", "completed_unpaid"], OrderStatus.PAYMENT_FAILED),
        (["expired", "async_payment_failed"], OrderStatus.EXPIRED),
        (["charge_refunded_early", "completed_paid"], OrderStatus.PAID),
        (["completed_paid", "charge_refunded", "async_payment_succeeded"], OrderStatus.REFUNDED),
    ],
)
def test_out_of_order_events_end_in_the_right_state(client, card_order, variant, sequence, final):
    names = {
        "completed_paid": ("checkout.session.completed", {}),
        "completed_unpaid": ("checkout.session.completed", {"payment_status": "unpaid"}),
        "async_payment_succeeded": ("checkout.session.async_payment_succeeded", {}),
        "async_payment_failed": ("checkout.session.async_payment_failed", {}),
        "expired": ("checkout.session.expired", {}),
        "charge_refunded": ("charge.refunded", {}),
        "charge_refunded_early": ("charge.refunded", {}),
    }
    for name in sequence:
        event_type, kwargs = names[name]
        assert signed_post(client, stripe_event(event_type, card_order, **kwargs)).status_code == 200
    assert status_of(card_order) == final
    # Units come back when the order ends unpaid, or is refunded before it was sent out.
    expected_stock = 8 if final == OrderStatus.PAID else 10
    assert stock_of(variant) == expected_stock


@pytest.mark.django_db
@pytest.mark.parametrize("amount_delta, currency", [(-1, "vnd"), (0, "usd"), (100, "vnd")])
def test_amount_or_currency_that_differs_flags_and_does_not_fulfil(client, card_order, amount_delta, currency):
    event = stripe_event(
        "checkout.session.completed", card_order, amount=card_order.total_vnd + amount_delta, currency=currency
    )
    assert signed_post(client, event).status_code == 200
    order = Order.objects.get(pk=card_order.pk)
    assert order.status == OrderStatus.AWAITING_PAYMENT
    assert order.needs_attention and "not fulfilled" in order.attention_reason


@pytest.mark.django_db
def test_vnd_amount_is_compared_unscaled(client, card_order):
    # 100× the order total is what a two-decimal mistake would send: it must not pass.
    event = stripe_event("checkout.session.completed", card_order, amount=card_order.total_vnd * 100)
    signed_post(client, event)
    assert status_of(card_order) == OrderStatus.AWAITING_PAYMENT
    signed_post(client, stripe_event("checkout.session.completed", card_order, amount=card_order.total_vnd))
    assert status_of(card_order) == OrderStatus.PAID


@pytest.mark.django_db
def test_payment_for_an_expired_order_is_flagged_for_a_human(client, card_order):
    set_status(card_order, OrderStatus.EXPIRED)
    signed_post(client, stripe_event("checkout.session.completed", card_order))
    order = Order.objects.get(pk=card_order.pk)
    assert order.status == OrderStatus.EXPIRED
    assert order.needs_attention


@pytest.mark.django_db
def test_events_for_unknown_orders_and_types_are_acknowledged_and_recorded(client):
    response = signed_post(client, {"id": "evt_other", "type": "customer.created", "data": {"object": {}}})
    assert response.status_code == 200
    assert StripeEvent.objects.get(event_id="evt_other").outcome.startswith("ignored")


@pytest.mark.django_db
def test_back_from_stripe_the_order_page_reloads_until_the_webhook_lands(client, card_order):
    page = client.get(f"/en/orders/{card_order.token}/paid/", follow=True)
    assert '<meta http-equiv="refresh" content="5">' in page.content.decode()
    signed_post(client, stripe_event("checkout.session.completed", card_order))
    page = client.get(f"/en/orders/{card_order.token}/?confirming=1").content.decode()
    assert 'http-equiv="refresh"' not in page and "Paid" in page
