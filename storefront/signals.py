"""Signals sent by the storefront services (receivers: emails, and anything else that listens)."""

from django.dispatch import Signal

# Sent after an order changed status, once per change, inside the transaction that made it.
# kwargs: order, from_status, to_status, change (OrderStatusChange)
order_status_changed = Signal()

# Sent once when an order has been placed. kwargs: order
order_placed = Signal()
