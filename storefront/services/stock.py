"""Stock: every change goes through ``change_stock``, which updates atomically and logs.

``change_stock`` is a conditional UPDATE (``stock >= quantity`` when taking units out; the
stock the staff member saw when setting a counted figure), so two buyers of the last unit
cannot both succeed and the stock never goes below zero (a CheckConstraint backs this up). In
the same transaction it writes a ``StockMovement``: how much, the stock after, why (sale,
cancellation, manual correction, import, delivery…), who and for which order. Sales
(``reserve_stock``), releases (``release_stock``), the admin's edits, bulk edits, imports and
deliveries all call it; nothing else writes ``ProductVariant.stock``.

Release is guarded by the order's ``stock_held`` flag, flipped with a conditional UPDATE in the
same transaction, so an order's units come back exactly once whatever calls it and how often.
None of these functions ever talks to a payment provider.

A bulk UPDATE sends no save signal, so when a variant sells out or comes back into stock this
module sends ``catalogue.signals.stock_changed`` (the search re-indexes the product after commit).
"""

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

from django.db import connection, transaction

from catalogue.models import ProductKind, ProductPage, ProductVariant, stock_shown
from catalogue.signals import stock_changed
from site_config import content_version

from ..exceptions import OutOfStock
from ..models import Order, StockMovement, StockReason
from ..status import OrderStatus
from .bookings import booked_places

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User

# Why an order's units come back, by the status that releases them.
RELEASE_REASONS: dict[str, StockReason] = {
    OrderStatus.CANCELLED: StockReason.CANCELLATION,
    OrderStatus.EXPIRED: StockReason.HOLD_EXPIRED,
    OrderStatus.PAYMENT_FAILED: StockReason.PAYMENT_FAILED,
    OrderStatus.REFUNDED: StockReason.REFUND,
}


class StockChanged(Exception):
    """The stock is no longer what the staff member saw (a sale happened meanwhile)."""

    def __init__(self, variant_id: int, current: int | None) -> None:
        super().__init__(variant_id, current)
        self.variant_id, self.current = variant_id, current


def change_stock(
    variant_id: int,
    change: int,
    *,
    reason: str,
    by: "User | AnonymousUser | None" = None,
    order: Order | None = None,
    note: str = "",
    expected: int | None = None,
    on_sale_only: bool = False,
) -> int | None:
    """Add ``change`` (negative: take out) to a variant's stock and log it. The one way stock changes.

    Returns the stock after the change, or None when it cannot happen: not enough units, the
    variant is not on sale (``on_sale_only``), or the stock is not ``expected`` any more. A
    zero change with a matching ``expected`` writes nothing and returns the stock.
    """
    with transaction.atomic(savepoint=False):
        if change == 0:
            rows = ProductVariant.objects.filter(pk=variant_id)
            if expected is not None:
                rows = rows.filter(stock=expected)
            if on_sale_only:
                rows = rows.filter(is_active=True)
            return rows.values_list("stock", flat=True).first()
        changed = _update_returning(variant_id, change, expected=expected, on_sale_only=on_sale_only)
        if changed is None:
            return None
        stock_after, sku, kind = changed
        StockMovement.objects.create(
            variant_id=variant_id,
            sku=sku,
            change=change,
            stock_after=stock_after,
            reason=reason,
            # Only an authenticated ``by`` is recorded, and that is a User (never the AnonymousUser).
            order=order,
            changed_by=cast("User", by) if getattr(by, "is_authenticated", False) else None,
            note=note[:255],
        )
        experience = kind == ProductKind.EXPERIENCE
        if stock_shown(stock_after - change, experience=experience) != stock_shown(stock_after, experience=experience):
            content_version.bump()  # what pages show of this stock changed: cached copies are old
        if (stock_after - change > 0) != (stock_after > 0):
            # sold out, or back in stock: the search's "in stock" filter must know
            product_key = (
                ProductVariant.objects.filter(pk=variant_id).values_list("product__translation_key", flat=True).get()
            )
            stock_changed.send(sender=ProductVariant, translation_keys=[product_key])
    return stock_after


def _update_returning(
    variant_id: int, change: int, *, expected: int | None, on_sale_only: bool
) -> tuple[int, str, str] | None:
    """The conditional UPDATE of one variant's stock, returning (stock after, SKU, product kind),
    or None when no row matched (not enough units, not on sale, not the ``expected`` stock).

    One statement (PostgreSQL and SQLite both have ``RETURNING``) instead of an UPDATE and a
    read-back: this runs for every line of every order. The row stays locked by the UPDATE until
    the transaction ends, so what it returns is what our change left.
    """
    variants = connection.ops.quote_name(ProductVariant._meta.db_table)
    products = connection.ops.quote_name(ProductPage._meta.db_table)
    conditions, params = ["id = %s"], [change, variant_id]
    if expected is not None:
        conditions.append("stock = %s")
        params.append(expected)
    if change < 0:
        conditions.append("stock >= %s")
        params.append(-change)
    if on_sale_only:
        conditions.append("is_active")
    sql = (
        f"UPDATE {variants} SET stock = stock + %s WHERE {' AND '.join(conditions)} "
        f"RETURNING stock, sku, (SELECT kind FROM {products} WHERE page_ptr_id = {variants}.product_id)"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    return None if row is None else (row[0], row[1], row[2])


def set_stock(
    variant: ProductVariant,
    counted: int,
    *,
    expected: int,
    reason: str = StockReason.MANUAL,
    by: "User | AnonymousUser | None" = None,
    note: str = "",
) -> int:
    """Set the stock to a counted figure, if it is still ``expected`` (what the staff saw).

    Raises StockChanged when a sale or another edit changed it in between: the staff member
    looks again rather than overwriting a sale.
    """
    if counted < 0:
        raise ValueError("stock cannot be negative")
    after = change_stock(variant.pk, counted - expected, reason=reason, by=by, note=note, expected=expected)
    if after is None:
        raise StockChanged(
            variant.pk, ProductVariant.objects.filter(pk=variant.pk).values_list("stock", flat=True).first()
        )
    variant.stock = after
    return after


def record_delivery(
    variant: ProductVariant, quantity: int, *, by: "User | AnonymousUser | None" = None, note: str = ""
) -> int:
    """Goods received: ``quantity`` more units of ``variant`` (logged as a delivery)."""
    if quantity <= 0:
        raise ValueError("a delivery brings at least one unit")
    after = change_stock(variant.pk, quantity, reason=StockReason.DELIVERY, by=by, note=note)
    if after is None:
        # An unconditional increase fails only when the variant's row is gone (deleted meanwhile).
        raise ProductVariant.DoesNotExist(f"variant {variant.pk} no longer exists")
    variant.stock = after
    return after


def reserve_stock(
    items: dict[int, int], *, order: Order | None = None, bookings: dict[tuple[int, datetime.date], int] | None = None
) -> None:
    """Take ``{variant_id: quantity}`` out of stock for ``order``, all or nothing (raises OutOfStock).

    ``bookings`` (``{(variant_id, date): people}``, experiences) are checked against the places per
    day under the same lock: the variant's row, taken in the same sorted order as the goods'
    updates. The order's own lines must already be saved (they are what holds the places).
    """
    assert transaction.get_connection().in_atomic_block, "reserve_stock needs a transaction"
    bookings = bookings or {}
    short = []
    booked_variants = {variant_id for variant_id, _day in bookings}
    # A fixed order of row locks avoids deadlocks between two carts sharing variants.
    for variant_id in sorted(set(items) | booked_variants):
        if (
            variant_id in items
            and change_stock(variant_id, -items[variant_id], reason=StockReason.SALE, order=order, on_sale_only=True)
            is None
        ):
            short.append(variant_id)
        if variant_id in booked_variants and not _places_fit(variant_id, bookings):
            short.append(variant_id)
    if short:
        raise OutOfStock(lines=short)


def _places_fit(variant_id: int, bookings: Mapping[tuple[int, datetime.date], int]) -> bool:
    """Lock the experience's variant row, then count: every date booked for it still has room.

    A concurrent booking of the same variant waits for our lock and counts after we commit, so it
    sees our lines (PostgreSQL's read-committed snapshot is taken per statement, after the lock).
    """
    places = (
        ProductVariant.objects.select_for_update()
        .filter(pk=variant_id, is_active=True)
        .values_list("stock", flat=True)
        .first()
    )
    if places is None:
        return False
    return all(booked_places(variant_id, day) <= places for (vid, day) in bookings if vid == variant_id)


def release_stock(order: Order, *, reason: str = StockReason.CANCELLATION) -> bool:
    """Give the order's units back, once. Returns False if they had already been released."""
    assert transaction.get_connection().in_atomic_block, "release_stock needs a transaction"
    if not Order.objects.filter(pk=order.pk, stock_held=True).update(stock_held=False):
        order.stock_held = False
        return False
    quantities: dict[int, int] = {}
    # Booked places (experiences) are free again as soon as ``stock_held`` is off: they are counted
    # from the orders that hold stock, and the variant's places per day never changed.
    goods = order.lines.filter(variant__isnull=False, booking_date__isnull=True)
    for variant_id, quantity in goods.values_list("variant_id", "quantity"):
        quantities[variant_id] = quantities.get(variant_id, 0) + quantity
    for variant_id in sorted(quantities):
        change_stock(variant_id, quantities[variant_id], reason=reason, order=order)
    order.stock_held = False
    return True
