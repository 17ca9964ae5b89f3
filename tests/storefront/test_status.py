"""The order status pipeline: every move in the table works, every other move is refused."""

import itertools

import pytest
from storefront_helpers import order_for

from storefront.exceptions import IllegalTransition
from storefront.models import Order, OrderStatusChange, PaymentMethod
from storefront.services.orders import set_status
from storefront.signals import order_status_changed
from storefront.status import TRANSITIONS, OrderStatus

ALL_PAIRS = list(itertools.product(OrderStatus.values, OrderStatus.values))
ALLOWED = [(a, b) for a, b in ALL_PAIRS if b in TRANSITIONS[a]]
REFUSED = [(a, b) for a, b in ALL_PAIRS if b not in TRANSITIONS[a]]


def test_the_table_covers_every_status_and_the_happy_path():
    assert set(TRANSITIONS) == set(OrderStatus.values)
    path = ["awaiting_payment", "paid", "processing", "shipped", "delivered"]
    for a, b in itertools.pairwise(path):
        assert b in TRANSITIONS[a]
    for terminal in ("cancelled", "refunded", "expired"):
        assert not TRANSITIONS[terminal]


@pytest.mark.django_db
@pytest.mark.parametrize(("source", "target"), ALLOWED)
def test_every_allowed_transition_is_recorded_and_signalled(variant, source, target, django_user_model):
    method = PaymentMethod.COD if (source, target) == ("awaiting_payment", "processing") else PaymentMethod.CARD
    order = order_for(variant, method=method)
    Order.objects.filter(pk=order.pk).update(status=source)
    order.refresh_from_db()
    staff = django_user_model.objects.create_user("staff", password="x")
    seen = []

    def listener(sender, **kwargs):
        seen.append((kwargs["from_status"], kwargs["to_status"]))

    order_status_changed.connect(listener)
    try:
        change = set_status(order, target, by=staff, source="admin", reason="test")
    finally:
        order_status_changed.disconnect(listener)
    order.refresh_from_db()
    assert order.status == target
    assert seen == [(source, target)]
    assert (change.from_status, change.to_status, change.changed_by, change.reason) == (source, target, staff, "test")
    assert change.changed_at is not None


@pytest.mark.django_db
@pytest.mark.parametrize(("source", "target"), REFUSED)
def test_every_other_transition_is_refused_and_changes_nothing(variant, source, target):
    order = order_for(variant)
    Order.objects.filter(pk=order.pk).update(status=source)
    order.refresh_from_db()
    stock_before = variant.__class__.objects.get(pk=variant.pk).stock
    with pytest.raises(IllegalTransition):
        set_status(order, target)
    order.refresh_from_db()
    assert order.status == source
    assert not OrderStatusChange.objects.filter(order=order).exists()
    assert variant.__class__.objects.get(pk=variant.pk).stock == stock_before


@pytest.mark.django_db
def test_only_cash_on_delivery_orders_are_prepared_before_payment(variant):
    card = order_for(variant, method=PaymentMethod.CARD)
    with pytest.raises(IllegalTransition):
        set_status(card, OrderStatus.PROCESSING)
    bank = order_for(variant, method=PaymentMethod.BANK_TRANSFER)
    with pytest.raises(IllegalTransition):
        set_status(bank, OrderStatus.PROCESSING)
    cod = order_for(variant, method=PaymentMethod.COD)
    set_status(cod, OrderStatus.PROCESSING)
    assert cod.status == OrderStatus.PROCESSING
