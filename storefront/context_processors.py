"""The mini-cart's item count, read from the session only (no query, cheap on every page), and
the notice that items went off sale and left the cart."""

from django.contrib import messages
from django.utils.translation import ngettext

from .services.cart import Cart, pop_dropped


def cart(request):
    session = getattr(request, "session", None)
    dropped = pop_dropped(session)
    if dropped:
        messages.warning(
            request,
            ngettext(
                "An item in your cart is no longer on sale and was removed from it.",
                "%(count)d items in your cart are no longer on sale and were removed from it.",
                dropped,
            )
            % {"count": dropped},
            fail_silently=True,
        )
    return {"cart_count": Cart.count_in(session) if session is not None else 0}
