"""Stock reservation and release, atomic on the database.

Reservation is a conditional UPDATE (``stock >= quantity``), so two buyers of the last unit
cannot both succeed, and the stock can never go below zero (a CheckConstraint backs this up).
Release is guarded by the order's ``stock_held`` flag, flipped with a conditional UPDATE in the
same transaction, so an order's units come back exactly once whatever calls it and how often.
Both must run inside ``transaction.atomic()``; neither ever talks to a payment provider.

A bulk UPDATE sends no save signal, so when a variant sells out or comes back into stock the
products concerned are re-indexed explicitly (after commit) for the search's "in stock" filter.
"""

from django.db import transaction
from django.db.models import F

from catalogue.models import ProductVariant
from search.indexing import products_changed

from ..exceptions import OutOfStock
from ..models import Order


def reserve_stock(items: dict[int, int]) -> None:
    """Take ``{variant_id: quantity}`` out of stock, all or nothing (raises OutOfStock)."""
    assert transaction.get_connection().in_atomic_block, "reserve_stock needs a transaction"
    short = []
    # A fixed order of updates avoids deadlocks between two carts sharing variants.
    for variant_id in sorted(items):
        quantity = items[variant_id]
        updated = ProductVariant.objects.filter(pk=variant_id, stock__gte=quantity, is_active=True).update(
            stock=F("stock") - quantity,
        )
        if not updated:
            short.append(variant_id)
    if short:
        raise OutOfStock(lines=short)
    products_changed(
        ProductVariant.objects.filter(pk__in=items, stock=0).values_list("product__translation_key", flat=True)
    )


def release_stock(order: Order) -> bool:
    """Give the order's units back, once. Returns False if they had already been released."""
    assert transaction.get_connection().in_atomic_block, "release_stock needs a transaction"
    if not Order.objects.filter(pk=order.pk, stock_held=True).update(stock_held=False):
        order.stock_held = False
        return False
    quantities: dict[int, int] = {}
    for variant_id, quantity in order.lines.filter(variant__isnull=False).values_list("variant_id", "quantity"):
        quantities[variant_id] = quantities.get(variant_id, 0) + quantity
    for variant_id in sorted(quantities):
        ProductVariant.objects.filter(pk=variant_id).update(stock=F("stock") + quantities[variant_id])
    # Variants whose stock is now exactly what came back were sold out a moment ago.
    restocked = [
        key for variant_id, stock, key in ProductVariant.objects.filter(pk__in=quantities)
        .values_list("pk", "stock", "product__translation_key") if stock == quantities[variant_id]
    ]
    products_changed(restocked)
    order.stock_held = False
    return True
