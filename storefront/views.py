"""Cart, checkout and order pages. Thin: every rule lives in storefront.services.

Every POST is CSRF-protected (only the Stripe webhook, in webhooks.py, is exempt). Answers are
JSON when the request asks for JSON (``Accept: application/json``), HTML otherwise, and bad
input gets a 4xx with a message, never a 500.
"""

import datetime
import secrets
import time

from django.contrib import messages
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from catalogue.l10n import format_long_date
from catalogue.models import CatalogueIndexPage
from site_config.site_url import absolute_url

from .exceptions import (
    FullyBooked,
    InvalidBooking,
    InvalidQuantity,
    OutOfStock,
    PaymentError,
    StorefrontError,
    UnknownVariant,
)
from .forms import CheckoutForm, province_by_code, ward_by_code
from .models import Order, PaymentMethod
from .services.bookings import MAX_PEOPLE, needs_no_address, parse_booking_date, parse_people
from .services.calculations import order_totals
from .services.cart import MAX_QUANTITY_PER_LINE, Cart, get_variant_for_sale, parse_quantity, parse_variant_id
from .services.orders import CustomerDetails, place_order
from .services.payments import start_card_payment, switch_payment_method
from .services.presentation import order_context, shop_settings
from .services.rules import (
    abroad_blockers,
    can_start_card_payment,
    card_payment_available,
    is_abroad,
    switchable_methods,
)
from .status import OrderStatus
from .vietqr import qr_png

CHECKOUT_KEY = "checkout_key"
PLACED_KEY = "placed_checkouts"


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def cart_payload(cart):
    lines = cart.lines()
    return {
        "count": len(cart),
        "subtotal_vnd": sum(line.total_vnd for line in lines),
        "lines": [
            {
                "variant": line.variant.pk,
                "quantity": line.quantity,
                "unit_price_vnd": line.unit_price_vnd,
                "total_vnd": line.total_vnd,
                "stock": line.variant.stock,
                **({"date": line.booking_date.isoformat()} if line.booking_date else {}),
            }
            for line in lines
        ],
    }


def _cart_error(request, cart, error, status):
    if wants_json(request):
        return JsonResponse({"error": str(error.message)}, status=status)
    return render(request, "storefront/cart.html", _cart_context(request, cart, error=error.message), status=status)


def _cart_context(request, cart, error=None):
    lines = cart.lines()
    return {
        "cart": cart,
        "lines": lines,
        "subtotal_vnd": sum(line.total_vnd for line in lines),
        "error": error,
        "shop": shop_settings(request),
        "products_url": _products_url(request),
        "domestic_only": abroad_blockers(lines),
        "max_quantity": MAX_QUANTITY_PER_LINE,
        "no_address": needs_no_address(lines),
        "max_people": MAX_PEOPLE,
    }


def _products_url(request):
    """The catalogue in the visitor's language (where an empty cart leads back to)."""
    index = (
        CatalogueIndexPage.objects.live().filter(locale__language_code=get_language()).first()
        or CatalogueIndexPage.objects.live().first()
    )
    return index.get_url(request) if index else "/"


def _cart_done(request, cart, message):
    if wants_json(request):
        return JsonResponse({"message": message, **cart_payload(cart)})
    messages.success(request, message)
    return redirect("storefront:cart")


@never_cache
@require_GET
def cart_detail(request):
    cart = Cart(request.session)
    if wants_json(request):
        return JsonResponse(cart_payload(cart))
    return render(request, "storefront/cart.html", _cart_context(request, cart))


def _book(request, cart, variant):
    """Add an experience for a date and a party size (the rules are in services.bookings)."""
    try:
        day = parse_booking_date(request.POST.get("date"), variant.product)
        people = parse_people(request.POST.get("people", request.POST.get("quantity")))
        total = cart.book(variant, day, people)
    except FullyBooked as error:
        return _cart_error(request, cart, error, 409)
    except InvalidBooking as error:
        return _cart_error(request, cart, error, 400)
    return _cart_done(
        request,
        cart,
        ngettext(
            "Booked for %(date)s, %(count)s person: it is in your cart.",
            "Booked for %(date)s, %(count)s people: it is in your cart.",
            total,
        )
        % {"date": format_long_date(day), "count": total},
    )


def _booking_date_of(request):
    """The date of an experience's cart line named in a form, None for goods; InvalidBooking if malformed."""
    raw = request.POST.get("date", "")
    if not raw:
        return None
    try:
        return datetime.date.fromisoformat(raw) if len(raw) == 10 and raw.isascii() else _bad_date()
    except ValueError:
        return _bad_date()


def _bad_date():
    raise InvalidBooking(_("This is not a date: please choose one in the calendar."))


@require_POST
def cart_add(request):
    cart = Cart(request.session)
    try:
        variant = get_variant_for_sale(request.POST.get("variant"))
    except UnknownVariant as error:
        return _cart_error(request, cart, error, 404)
    if variant.product.is_experience:
        return _book(request, cart, variant)
    try:
        quantity = parse_quantity(request.POST.get("quantity", "1"))
        wanted = cart.quantity_of(variant.pk) + quantity
        added = cart.add(variant, quantity)
    except InvalidQuantity as error:
        return _cart_error(request, cart, error, 400)
    except UnknownVariant as error:
        return _cart_error(request, cart, error, 404)
    except OutOfStock:
        return _cart_error(request, cart, OutOfStock(message=_("Sorry, this item is out of stock.")), 409)
    if added < wanted and added == MAX_QUANTITY_PER_LINE:
        message = _("At most %(count)s of one item per order: your cart holds %(count)s.") % {"count": added}
    elif added < wanted:
        message = _("Only %(count)s left in stock: your cart holds %(count)s.") % {"count": added}
    else:
        message = _("Added to your cart.")
    return _cart_done(request, cart, message)


@require_POST
def cart_update(request):
    cart = Cart(request.session)
    try:
        variant_id = parse_variant_id(request.POST.get("variant"))
        day = _booking_date_of(request)
        quantity = parse_quantity(request.POST.get("quantity"), allow_zero=True)
    except (InvalidQuantity, InvalidBooking) as error:
        return _cart_error(request, cart, error, 400)
    except UnknownVariant as error:
        return _cart_error(request, cart, error, 404)
    if day is not None:
        return _update_booking(request, cart, variant_id, day, quantity)
    if quantity == 0:
        cart.remove(variant_id)
        return _cart_done(request, cart, _("Removed from your cart."))
    if not cart.quantity_of(variant_id):
        return _cart_error(request, cart, UnknownVariant(_("This item is not in your cart.")), 404)
    try:
        variant = get_variant_for_sale(variant_id)
    except UnknownVariant as error:
        cart.remove(variant_id)
        return _cart_error(request, cart, error, 404)
    new = cart.set(variant, quantity)
    if new < quantity:
        return _cart_done(request, cart, _("Only %(count)s left in stock.") % {"count": new})
    return _cart_done(request, cart, _("Your cart is updated."))


def _update_booking(request, cart, variant_id, day, people):
    if people == 0:
        cart.remove(variant_id, day)
        return _cart_done(request, cart, _("Removed from your cart."))
    if not cart.booking_of(variant_id, day):
        return _cart_error(request, cart, UnknownVariant(_("This item is not in your cart.")), 404)
    try:
        variant = get_variant_for_sale(variant_id)
        cart.set_booking(variant, day, people)
    except UnknownVariant as error:
        cart.remove(variant_id, day)
        return _cart_error(request, cart, error, 404)
    except FullyBooked as error:
        return _cart_error(request, cart, error, 409)
    return _cart_done(request, cart, _("Your cart is updated."))


@require_POST
def cart_remove(request):
    cart = Cart(request.session)
    try:
        variant_id = parse_variant_id(request.POST.get("variant"))
        day = _booking_date_of(request)
    except UnknownVariant as error:
        return _cart_error(request, cart, error, 404)
    except InvalidBooking as error:
        return _cart_error(request, cart, error, 400)
    cart.remove(variant_id, day)
    return _cart_done(request, cart, _("Removed from your cart."))


def _checkout_key(request):
    key = request.session.get(CHECKOUT_KEY)
    if not key:
        key = request.session[CHECKOUT_KEY] = secrets.token_urlsafe(24)
    return key


@never_cache
@require_http_methods(["GET", "POST"])
def checkout(request):
    shop = shop_settings(request)
    cart = Cart(request.session)
    placed = request.session.get(PLACED_KEY, {})
    if request.method == "POST":
        # A second submit of a checkout that already made an order: that order, not another.
        token = placed.get(request.POST.get("checkout_key", ""))
        if token:
            return redirect("storefront:order_detail", token=token)
    lines = cart.lines()
    if not lines:
        messages.info(request, _("Your cart is empty."))
        return redirect("storefront:cart")
    key = _checkout_key(request)
    refresh = request.method == "POST" and "refresh" in request.POST
    no_address = needs_no_address(lines)
    if refresh:
        # A change of country or province (the button without JavaScript, a fetch with it): show the
        # typed values again with the new wards, methods and fee, and judge nothing yet.
        form = CheckoutForm(
            initial={**request.POST.dict(), "checkout_key": key}, shop=shop, needs_address=not no_address
        )
    else:
        form = CheckoutForm(
            request.POST or None,
            initial={"checkout_key": key, "country": "VN"},
            shop=shop,
            needs_address=not no_address,
        )
    status, error = 200, None
    if request.method == "POST" and not refresh and form.is_valid():
        if form.cleaned_data["checkout_key"] != key:
            error = _("This checkout page was out of date. Please check your order and submit it again.")
            status = 409
        else:
            try:
                order, _created = place_order(
                    cart_items=cart.items(),
                    lines=lines,
                    customer=_customer(form.cleaned_data),
                    payment_method=form.cleaned_data["payment_method"],
                    shop=shop,
                    language=get_language(),
                    checkout_key=key,
                    session_tokens=placed.values(),
                )
            except OutOfStock as exc:
                error = _out_of_stock_message(lines, exc)
                status = 409
                lines = cart.lines()
            except StorefrontError as exc:
                error, status = exc.message, 400
            else:
                placed[key] = order.token
                request.session[PLACED_KEY] = dict(list(placed.items())[-20:])
                request.session.pop(CHECKOUT_KEY, None)
                cart.clear()
                if order.payment_method == PaymentMethod.CARD:
                    return _redirect_to_stripe(request, order)
                messages.success(request, _("Thank you! Your order %(number)s is placed.") % {"number": order.number})
                return redirect("storefront:order_detail", token=order.token)
    elif request.method == "POST" and not refresh:
        status = 400
    country = form.selected_country()
    province = form._selected_province() if country == "VN" else None
    totals = order_totals(shop, lines, country, province)
    return render(
        request,
        "storefront/checkout.html",
        {
            "form": form,
            "lines": lines,
            "totals": totals,
            "shop": shop,
            "error": error,
            "error_summary": form.error_summary(),
            "abroad": is_abroad(country),
            "blocked_abroad": abroad_blockers(lines) if is_abroad(country) else [],
            "card_hidden": shop.card_enabled and not card_payment_available(),
            "no_address": no_address,
            "terms_url": _terms_url(shop, request),
        },
        status=status,
    )


def _terms_url(shop, request):
    page = shop.terms_page
    if page is None:
        return None
    page = page.specific.localized
    return page.get_url(request) if page.live else None


def _customer(data):
    province = province_by_code(data["province"]) if data.get("province") else None
    ward = ward_by_code(data["province"], data["ward"]) if province and data.get("ward") else None
    return CustomerDetails(
        name=data["name"],
        email=data["email"],
        phone=data["phone"],
        country=data["country"],
        street_address=data.get("street_address", ""),
        province_code=int(province.code) if province else None,
        province_name=province.name if province else "",
        ward_code=int(ward.code) if ward else None,
        ward_name=ward.name if ward else "",
        city=data.get("city", ""),
        postal_code=data.get("postal_code", ""),
        delivery_notes=data.get("delivery_notes", ""),
    )


def _out_of_stock_message(lines, exc):
    if exc.message != OutOfStock.default_message:
        return exc.message
    booked = [line for line in lines if line.variant.pk in exc.lines and line.is_booking]
    if booked:
        return _(
            "Sorry, someone else just booked the last places of: %(items)s. Please choose another date or fewer people."
        ) % {
            "items": ", ".join(
                f"{line.variant.product.localized.title} ({format_long_date(line.booking_date)})" for line in booked
            )
        }
    names = [
        f"{line.variant.product.localized.title} ({line.variant.label})"
        for line in lines
        if line.variant.pk in exc.lines
    ]
    return _(
        "Sorry, someone else just bought the last units of: %(items)s. Your cart shows what is left; "
        "please check it and order again."
    ) % {"items": ", ".join(names) or "?"}


def _redirect_to_stripe(request, order):
    # Stripe sends the customer back to SITE_URL, whatever Host this request came in on.
    success = absolute_url(reverse("storefront:order_paid", kwargs={"token": order.token}))
    cancel = absolute_url(reverse("storefront:order_detail", kwargs={"token": order.token}))
    try:
        payment = start_card_payment(order, success_url=success, cancel_url=cancel)
    except PaymentError as exc:
        messages.warning(request, exc.message)
        return redirect("storefront:order_detail", token=order.token)
    return redirect(payment.checkout_url, permanent=False)


def _get_order(token):
    if not token or len(token) > 64:
        raise Http404
    return get_object_or_404(Order, token=token)


CONFIRM_POLL_SECONDS = 180


def _confirming_since(request):
    """When the buyer came back from the payment page (a timestamp in ``?confirming=``), or None."""
    raw = request.GET.get("confirming", "")
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 12 else None


@never_cache
@require_GET
def order_detail(request, token):
    order = _get_order(token)
    shop = shop_settings(request)
    context = order_context(order, request=request)
    context["can_pay_by_card"] = can_start_card_payment(order)
    context["switch_methods"] = [(m, PaymentMethod(m).label) for m in switchable_methods(order, shop)]
    waiting_for_card = order.payment_method == PaymentMethod.CARD and order.status == OrderStatus.AWAITING_PAYMENT
    since = _confirming_since(request)
    # Back from the payment page, the webhook usually lands within seconds: reload (no JS needed)
    # for a few minutes, then stop and say what to do.
    polling = waiting_for_card and since is not None and 0 <= time.time() - since < CONFIRM_POLL_SECONDS
    context["refresh_seconds"] = 5 if polling else None
    context["confirmation_overdue"] = waiting_for_card and since is not None and not polling
    response = render(request, "storefront/order_detail.html", context)
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


@never_cache
@require_GET
def order_paid(request, token):
    """Stripe's success page: says the payment is being confirmed. It never marks anything paid."""
    order = _get_order(token)
    if order.status == OrderStatus.AWAITING_PAYMENT:
        messages.info(
            request,
            _(
                "Thank you! We are waiting for the card network to confirm your payment; "
                "this page will show it as soon as it arrives."
            ),
        )
        return redirect(
            reverse("storefront:order_detail", kwargs={"token": order.token}) + f"?confirming={int(time.time())}"
        )
    return redirect("storefront:order_detail", token=order.token)


@require_POST
def order_pay(request, token):
    """Start (or resume) the card payment of an unpaid card order."""
    order = _get_order(token)
    if not can_start_card_payment(order):
        messages.error(request, _("This order cannot be paid by card now."))
        return redirect("storefront:order_detail", token=order.token)
    return _redirect_to_stripe(request, order)


@require_POST
def order_switch_method(request, token):
    """An unpaid card order moves to cash on delivery or bank transfer (what its destination allows)."""
    order = _get_order(token)
    try:
        switch_payment_method(order, request.POST.get("payment_method", ""), shop_settings(request))
    except StorefrontError as exc:
        messages.error(
            request, _("This order cannot switch to that way of paying now. %(reason)s") % {"reason": exc.message}
        )
        return redirect("storefront:order_detail", token=order.token)
    messages.success(
        request, _("Done: your order is now paid by %(method)s.") % {"method": order.get_payment_method_display()}
    )
    return redirect("storefront:order_detail", token=order.token)


@never_cache
@require_GET
def order_vietqr_png(request, token):
    """The VietQR code of an unpaid bank-transfer order as a PNG file to save."""
    order = _get_order(token)
    bank = order_context(order, request=request)["bank"]
    if bank is None:
        raise Http404
    response = HttpResponse(qr_png(bank["payload"]), content_type="image/png")
    response["Content-Disposition"] = f'attachment; filename="VietQR-{order.number}.png"'
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
