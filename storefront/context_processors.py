"""The mini-cart's item count, read from the session only (no query, cheap on every page)."""

from .services.cart import Cart


def cart(request):
    session = getattr(request, "session", None)
    return {"cart_count": Cart.count_in(session) if session is not None else 0}
