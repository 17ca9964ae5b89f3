"""Re-rendering the checkout for a new province or country is not a checkout submission.

A keyboard user arrowing down the province list sends one refresh per key (checkout.js waits for a
pause, but a slow hand still pauses often): those have their own, looser allowance, and the order
can still be placed afterwards. Refreshes are limited too, so they cannot be used to hammer the page.
"""

import pytest
from test_abuse import assert_throttled, checkout_data

from storefront.models import Order

pytestmark = pytest.mark.django_db


def test_arrowing_through_provinces_does_not_use_up_the_checkout_allowance(client, variant, settings):
    settings.OCOP_RATE_LIMITS = {**settings.OCOP_RATE_LIMITS, "checkout": (2, 600), "checkout_refresh": (40, 600)}
    client.post("/vi/cart/add/", {"variant": variant.pk, "quantity": "1"})
    data = checkout_data(client)
    for province in range(1, 35):  # one refresh per province passed on the way down the list
        response = client.post("/vi/checkout/", {**data, "province": str(province), "ward": "", "refresh": "1"})
        assert response.status_code == 200
    response = client.post("/vi/checkout/", data)
    assert response.status_code == 302 and Order.objects.count() == 1


def test_refreshes_have_a_limit_of_their_own(client, variant, settings):
    settings.OCOP_RATE_LIMITS = {**settings.OCOP_RATE_LIMITS, "checkout_refresh": (3, 600)}
    client.post("/vi/cart/add/", {"variant": variant.pk, "quantity": "1"})
    data = {**checkout_data(client), "refresh": "1"}
    assert [client.post("/vi/checkout/", data).status_code for _ in range(3)] == [200, 200, 200]
    assert_throttled(client.post("/vi/checkout/", data), "vi")
