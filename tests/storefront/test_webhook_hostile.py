"""Stripe webhook against hostile or broken senders: signed with the real scheme, refused with a
400 and a log line, never applied, never a 500."""

import json
import logging
import time

import pytest
from storefront_helpers import WEBHOOK_SECRET, signed_post, stripe_event

from storefront.models import Order, StripeEvent
from storefront.payments.stripe_gateway import sign_payload
from storefront.status import OrderStatus

pytestmark = [pytest.mark.stripe, pytest.mark.django_db]


def post_raw(client, body: str, timestamp=None):
    header = sign_payload(body, WEBHOOK_SECRET, timestamp or int(time.time()))
    return client.post("/stripe/webhook/", data=body, content_type="application/json", HTTP_STRIPE_SIGNATURE=header)


@pytest.mark.parametrize("ahead", [365 * 24 * 3600, 3600, 301 + 60])
def test_an_event_signed_in_the_future_is_refused(client, card_order, ahead, caplog):
    with caplog.at_level(logging.WARNING, logger="storefront.webhooks"):
        response = signed_post(
            client, stripe_event("checkout.session.completed", card_order), timestamp=int(time.time()) + ahead
        )
    assert response.status_code == 400
    assert Order.objects.get(pk=card_order.pk).status == OrderStatus.AWAITING_PAYMENT
    assert not StripeEvent.objects.exists()
    assert "future" in caplog.text


def test_a_small_clock_skew_is_tolerated(client, card_order):
    response = signed_post(
        client, stripe_event("checkout.session.completed", card_order), timestamp=int(time.time()) + 30
    )
    assert response.status_code == 200 and response.json()["outcome"] == "paid"


def broken(card_order, change):
    event = stripe_event("checkout.session.completed", card_order)
    change(event)
    return event


MALFORMED = {
    "data_null": lambda e: e.update(data=None),
    "data_string": lambda e: e.update(data="x"),
    "object_null": lambda e: e["data"].update(object=None),
    "object_list": lambda e: e["data"].update(object=[1, 2]),
    "metadata_string": lambda e: e["data"]["object"].update(metadata="order_number"),
    "metadata_list": lambda e: e["data"]["object"].update(metadata=["a"]),
    "order_number_object": lambda e: e["data"]["object"].update(metadata={"order_number": {"$ne": ""}}),
    "amount_string": lambda e: e["data"]["object"].update(amount_total="120000"),
    "amount_float": lambda e: e["data"]["object"].update(amount_total=1.5),
    "amount_bool": lambda e: e["data"]["object"].update(amount_total=True),
    "currency_number": lambda e: e["data"]["object"].update(currency=704),
    "reference_object": lambda e: e["data"]["object"].update(client_reference_id={"a": 1}),
    "payment_intent_number": lambda e: e["data"]["object"].update(payment_intent=7),
    "type_number": lambda e: e.update(type=5),
    "id_object": lambda e: e.update(id={"x": 1}),
}


@pytest.mark.parametrize("name", MALFORMED)
def test_malformed_signed_payloads_get_400_and_are_logged(client, card_order, name, caplog):
    event = broken(card_order, MALFORMED[name])
    with caplog.at_level(logging.WARNING, logger="storefront.webhooks"):
        response = post_raw(client, json.dumps(event))
    assert response.status_code == 400
    assert "Rejected a Stripe webhook" in caplog.text
    assert Order.objects.get(pk=card_order.pk).status == OrderStatus.AWAITING_PAYMENT
    assert not StripeEvent.objects.exists()


@pytest.mark.parametrize("body", ["null", "[]", '"event"', '{"id": "evt_1"}', "{"])
def test_signed_bodies_that_are_not_events_get_400(client, body):
    assert post_raw(client, body).status_code == 400
