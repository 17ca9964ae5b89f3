"""E-mail links and Stripe's return addresses on SITE_URL; order numbers dated in Vietnam's time."""

import datetime
import re

import pytest
from django.core import mail
from storefront_helpers import order_for
from test_checkout import fill_cart, form_data

import storefront.views
from storefront.models import PaymentMethod
from storefront.services.orders import _new_number

SITE = "https://ocop.example.vn"


@pytest.mark.django_db
def test_order_emails_link_to_site_url_whatever_the_request_host(settings, variant, django_capture_on_commit_callbacks):
    settings.SITE_URL = SITE
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        order = order_for(variant, method=PaymentMethod.COD, language="en")
    (message,) = mail.outbox
    html = message.alternatives[0][0]
    assert f"{SITE}/en/orders/{order.token}/" in message.body
    assert f'href="{SITE}/en/orders/{order.token}/"' in html
    assert not re.search(r"https?://(?!ocop\.example\.vn/)[\w.:-]+/", message.body)


@pytest.mark.django_db
def test_stripe_returns_the_customer_to_site_url(client, settings, variant, monkeypatch):
    settings.SITE_URL = SITE
    seen = {}
    real_start = storefront.views.start_card_payment

    def recording_start(order, **urls):  # records the addresses, then talks to stripe-mock as usual
        seen.update(urls)
        return real_start(order, **urls)

    monkeypatch.setattr(storefront.views, "start_card_payment", recording_start)
    fill_cart(client, variant)
    response = client.post(
        "/en/checkout/", form_data(client, lang="en", payment_method="card"), HTTP_HOST="10.0.0.7:8000"
    )
    assert response.status_code == 302
    assert seen["success_url"].startswith(f"{SITE}/en/orders/") and seen["success_url"].endswith("/paid/")
    assert seen["cancel_url"].startswith(f"{SITE}/en/orders/")


@pytest.mark.parametrize(
    "utc, number_date",
    [
        (datetime.datetime(2026, 12, 1, 20, 0, tzinfo=datetime.UTC), "261202"),  # 03:00 on 2 December in Vietnam
        (datetime.datetime(2026, 12, 1, 16, 59, tzinfo=datetime.UTC), "261201"),  # 23:59 on 1 December in Vietnam
    ],
)
def test_order_numbers_carry_the_date_in_vietnam(utc, number_date):
    assert _new_number(utc).startswith(f"QN{number_date}-")


@pytest.mark.django_db
def test_emails_give_the_time_in_vietnam(variant, django_capture_on_commit_callbacks):
    from storefront.emails import send_order_email
    from storefront.models import Order

    order = order_for(variant, method=PaymentMethod.COD, language="en")
    Order.objects.filter(pk=order.pk).update(created_at=datetime.datetime(2026, 12, 1, 20, 0, tzinfo=datetime.UTC))
    order.refresh_from_db()
    mail.outbox.clear()
    send_order_email(order, "confirmation")
    assert "Placed on Dec. 2, 2026, 3 a.m. (Vietnam time)" in mail.outbox[0].body
