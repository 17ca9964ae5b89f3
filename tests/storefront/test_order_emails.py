"""E-mails carry the delivery address and say "Free" as the pages do."""

import pytest
from django.core import mail
from storefront_helpers import order_for

from storefront.models import PaymentMethod


@pytest.mark.django_db
def test_confirmation_has_the_address_and_free_shipping(variant, shop, django_capture_on_commit_callbacks):
    shop.free_shipping_threshold_vnd = 1
    shop.save()
    with django_capture_on_commit_callbacks(execute=True):
        order = order_for(variant, quantity=1, method=PaymentMethod.COD, language="en", shop=shop)
    message = mail.outbox[-1]
    html = message.alternatives[0][0]
    assert order.shipping_vnd == 0
    for body in (message.body, html):
        assert "Free" in body and "0 ₫" not in body and "₫0" not in body
        assert "12 Trần Hưng Đạo" in body and "Quảng Ninh" in body
    assert "nothing to pay now" in message.body
