"""Development only: the test payment page that stands in for Stripe Checkout with stripe-mock.

Mounted by storefront/urls.py only when ``settings.STRIPE_TEST_PAYMENT_PAGE`` (Stripe is a
stripe-mock on this machine; always off in production), and answering 404 if that ever
stops being true. "Pay (test)" and "Decline (test)" build the event Stripe would send, sign it
with the webhook secret and hand it to the site's own ``/stripe/webhook/`` view, so the order is
paid, or fails, by the very code that handles Stripe in production. Then the buyer goes where
Stripe would send them: the success page or back to the order.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.test import RequestFactory
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from .models import Order, Payment
from .payments import test_checkout
from .services.rules import can_start_card_payment
from .webhooks import stripe_webhook


def _deliver(event: dict) -> int:
    """POST ``event`` to the webhook view as Stripe would (signed raw body); returns the HTTP status."""
    body, signature = test_checkout.signed(event)
    request = RequestFactory().post(
        reverse("stripe_webhook"), data=body, content_type="application/json", headers={"Stripe-Signature": signature}
    )
    return stripe_webhook(request).status_code


@never_cache
@require_http_methods(["GET", "POST"])
def test_payment(request, token):
    if not test_checkout.enabled() or not token or len(token) > 64:
        raise Http404
    order = get_object_or_404(Order, token=token)
    payment = Payment.objects.filter(order=order, provider="stripe").exclude(session_id="").first()
    if payment is None or not can_start_card_payment(order):
        return redirect("storefront:order_detail", token=order.token)
    if request.method == "POST":
        outcome = request.POST.get("outcome")
        if outcome not in (test_checkout.PAY, test_checkout.DECLINE):
            return render(request, "storefront/test_payment.html", {"order": order, "payment": payment}, status=400)
        _deliver(test_checkout.event_for(order, payment, outcome))
        if outcome == test_checkout.PAY:
            return redirect("storefront:order_paid", token=order.token)
        return redirect("storefront:order_detail", token=order.token)
    response = render(
        request, "storefront/test_payment.html", {"order": order, "payment": payment, "lines": list(order.lines.all())}
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
