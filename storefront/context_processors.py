"""The notice that items went off sale and left the cart (a context processor), and the header's
mini-cart, a visitor part of every page (site_config/page_cache.py): its count comes from the
session alone, no query."""

from django.contrib import messages
from django.template.loader import render_to_string
from django.utils.translation import ngettext

from .services.cart import Cart, pop_dropped


def cart(request):
    dropped = pop_dropped(getattr(request, "session", None))
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
    return {}


def mini_cart_html(request) -> str:
    """The "mini-cart" visitor part: the header's link to the cart with the number of items."""
    session = getattr(request, "session", None)
    count = Cart.count_in(session) if session is not None else 0
    return render_to_string("storefront/includes/mini_cart.html", {"cart_count": count})
