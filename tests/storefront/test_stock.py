"""Stock: reserved atomically when an order is placed, never negative, released exactly once."""

import threading

import pytest
from django.core.management import call_command
from django.utils import timezone
from storefront_helpers import close_thread_connections, make_product, order_for

from catalogue.models import ProductVariant
from storefront.exceptions import OutOfStock
from storefront.models import Order, PaymentMethod
from storefront.services.orders import release_expired_holds, set_status
from storefront.status import OrderStatus


def stock_of(variant):
    return ProductVariant.objects.get(pk=variant.pk).stock


@pytest.mark.django_db
def test_placing_an_order_takes_the_units_out_of_stock(variant):
    order_for(variant, quantity=3)
    assert stock_of(variant) == 7


@pytest.mark.django_db
def test_an_order_larger_than_the_stock_is_refused_and_changes_nothing(variant):
    with pytest.raises(OutOfStock):
        order_for(variant, quantity=11)
    assert stock_of(variant) == 10
    assert not Order.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("quantity", [3, 10], ids=["stock left", "the first took the last units"])
def test_the_same_checkout_placed_twice_is_one_order_reserved_once(variant, quantity):
    first = order_for(variant, quantity=quantity, key="one-checkout")
    again = order_for(variant, quantity=quantity, key="one-checkout")
    assert again.pk == first.pk
    assert Order.objects.count() == 1
    assert stock_of(variant) == 10 - quantity
    assert ProductVariant.objects.get(pk=variant.pk).stock_movements.count() == 1


@pytest.mark.django_db
def test_cancelling_releases_the_stock_exactly_once(variant):
    order = order_for(variant, quantity=4)
    set_status(order, OrderStatus.CANCELLED, reason="customer asked")
    assert stock_of(variant) == 10
    with pytest.raises(Exception):  # noqa: B017 (IllegalTransition: cancelled is final)
        set_status(order, OrderStatus.CANCELLED)
    assert stock_of(variant) == 10
    assert Order.objects.get(pk=order.pk).stock_held is False


@pytest.mark.django_db
def test_payment_failure_releases_stock_and_a_later_cancel_does_not_release_again(variant):
    order = order_for(variant, quantity=4)
    set_status(order, OrderStatus.PAYMENT_FAILED)
    assert stock_of(variant) == 10
    set_status(order, OrderStatus.CANCELLED)
    assert stock_of(variant) == 10


@pytest.mark.django_db
def test_hold_timeout_expires_unpaid_orders_once_and_leaves_paid_ones(variant, shop):
    unpaid = order_for(variant, quantity=2, method=PaymentMethod.BANK_TRANSFER)
    paid = order_for(variant, quantity=3, method=PaymentMethod.BANK_TRANSFER)
    set_status(paid, OrderStatus.PAID)
    fresh = order_for(variant, quantity=1, method=PaymentMethod.COD)
    assert stock_of(variant) == 4
    later = timezone.now() + timezone.timedelta(hours=shop.hold_hours, minutes=1)
    Order.objects.filter(pk__in=[unpaid.pk, paid.pk]).update(hold_expires_at=timezone.now())
    assert release_expired_holds(later - timezone.timedelta(hours=shop.hold_hours)) == 1
    assert release_expired_holds(later - timezone.timedelta(hours=shop.hold_hours)) == 0
    assert Order.objects.get(pk=unpaid.pk).status == OrderStatus.EXPIRED
    assert Order.objects.get(pk=paid.pk).status == OrderStatus.PAID
    assert Order.objects.get(pk=fresh.pk).status == OrderStatus.AWAITING_PAYMENT
    assert stock_of(variant) == 6


@pytest.mark.django_db
def test_release_expired_holds_command(variant, capsys):
    order = order_for(variant, quantity=2, method=PaymentMethod.BANK_TRANSFER)
    Order.objects.filter(pk=order.pk).update(hold_expires_at=timezone.now() - timezone.timedelta(seconds=1))
    call_command("release_expired_holds")
    assert "1" in capsys.readouterr().out
    assert Order.objects.get(pk=order.pk).status == OrderStatus.EXPIRED
    assert stock_of(variant) == 10


@pytest.mark.django_db(transaction=True)
def test_twenty_buyers_of_the_last_five_units_make_exactly_five_orders(shop_tree):
    variant = make_product(shop_tree, stock=5)
    barrier = threading.Barrier(20)
    results = []
    lock = threading.Lock()

    def buy(i):
        try:
            barrier.wait()
            try:
                # Twenty different people: one person's unpaid orders are bounded (services.limits).
                buyer = {"email": f"buyer{i}@example.com", "phone": f"+849123450{i:02d}"}
                order_for(variant, quantity=1, key=f"buyer-{i}", buyer=buyer)
                outcome = "ordered"
            except OutOfStock:
                outcome = "refused"
            with lock:
                results.append(outcome)
        finally:
            close_thread_connections()

    threads = [threading.Thread(target=buy, args=(i,)) for i in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["ordered"] * 5 + ["refused"] * 15
    assert stock_of(variant) == 0
    assert Order.objects.count() == 5


@pytest.mark.django_db
def test_release_expired_holds_runs_as_a_background_task(variant):
    from storefront.tasks import release_expired_holds_task

    order = order_for(variant, quantity=2, method=PaymentMethod.COD)
    Order.objects.filter(pk=order.pk).update(hold_expires_at=timezone.now() - timezone.timedelta(seconds=1))
    result = release_expired_holds_task.enqueue()
    assert result.return_value == 1
    assert Order.objects.get(pk=order.pk).status == OrderStatus.EXPIRED


@pytest.mark.django_db
def test_an_order_number_already_taken_is_replaced_by_another(variant, monkeypatch):
    from storefront.services import orders

    first = order_for(variant)
    numbers = iter([first.number, first.number, "QN000000-000001"])
    monkeypatch.setattr(orders, "_new_number", lambda now: next(numbers))
    second = order_for(variant)
    assert second.number == "QN000000-000001"
    assert stock_of(variant) == 8


@pytest.mark.django_db
def test_a_delivery_for_an_option_deleted_meanwhile_is_refused_not_reported_as_received(variant):
    from storefront.models import StockMovement
    from storefront.services.stock import record_delivery

    stale = ProductVariant.objects.get(pk=variant.pk)  # what the delivery form validated
    ProductVariant.objects.filter(pk=variant.pk).delete()  # another staff member deletes the option
    with pytest.raises(ProductVariant.DoesNotExist):
        record_delivery(stale, 10, note="truck 1")
    assert not StockMovement.objects.filter(note="truck 1").exists()
