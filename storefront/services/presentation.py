"""What the order page and the emails show: lines, totals, payment instructions, links."""

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from wagtail.models import Site

from site_config import content_version
from site_config.countries import country_name
from site_config.models import ShopSettings
from site_config.site_url import absolute_url

from ..models import Order, PaymentMethod
from ..status import OrderStatus
from ..vietqr import qr_svg, vietqr_payload


def shop_settings(request: HttpRequest | None = None) -> ShopSettings:
    """The shop settings of the request's site (of the default site without a request).

    Kept per content version (a save of the settings raises it): the checkout, the cart and every
    order read them, and they change a few times a year.
    """
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return content_version.cached(f"shop-settings:{site.pk}", lambda: ShopSettings.for_site(site))


def order_url(order: Order, *, absolute: bool = False) -> str:
    with translation.override(order.language):
        path = reverse("storefront:order_detail", kwargs={"token": order.token})
    return absolute_url(path) if absolute else path


def shop_local_time(moment: datetime | None) -> str:
    """``moment`` as the shop's clock shows it (Asia/Ho_Chi_Minh), formatted for the active language.

    The server may run in UTC and a worker may have another time zone active: e-mails always say
    the time in Vietnam, as the order number's date does.
    """
    if moment is None:
        return ""
    return date_format(timezone.localtime(moment, timezone.get_default_timezone()), "DATETIME_FORMAT")


def bank_transfer_details(order: Order, shop: ShopSettings) -> dict[str, Any]:
    payload = vietqr_payload(
        bank_bin=shop.bank_bin,
        account_number=shop.bank_account_number,
        amount_vnd=order.total_vnd,
        purpose=order.number,
    )
    return {
        "bank_name": shop.bank_name,
        "bank_bin": shop.bank_bin,
        "account_number": shop.bank_account_number,
        "account_name": shop.bank_account_name,
        "amount_vnd": order.total_vnd,
        "reference": order.number,
        "payload": payload,
        "qr_svg": mark_safe(qr_svg(payload, title=order.number)),  # noqa: S308 (segno output)
        # From abroad the VietQR code is of no use: an international transfer needs these.
        "abroad": order.country != "VN",
        "swift_bic": shop.bank_swift_bic,
        "branch_address": shop.bank_branch_address,
        "beneficiary_address": shop.bank_beneficiary_address,
    }


def address_lines(order: Order) -> list[str]:
    """The delivery address as printed on the order page and in e-mails, the country by its name."""
    if order.country == "VN":
        lines = [order.street_address, order.ward_name, order.province_name]
    else:
        lines = [
            order.street_address,
            " ".join(p for p in (order.postal_code, order.city) if p),
            country_name(order.country),
        ]
    return [line for line in lines if line]


def order_context(order: Order, *, request: HttpRequest | None = None, absolute: bool = False) -> dict[str, Any]:
    shop = shop_settings(request)
    waiting = order.status == OrderStatus.AWAITING_PAYMENT
    lines = list(order.lines.all())
    return {
        "order": order,
        "lines": lines,
        # Experiences only: no parcel, no delivery address (storefront.services.bookings).
        "nothing_shipped": bool(lines) and all(line.booking_date for line in lines),
        "shop": shop,
        "order_url": order_url(order, absolute=absolute),
        "placed_at": shop_local_time(order.created_at),
        # The producers' packed/shipped notes are for the shop; the buyer sees them on each line.
        "history": list(order.status_changes.exclude(source="producer")),
        "bank": bank_transfer_details(order, shop)
        if waiting and order.payment_method == PaymentMethod.BANK_TRANSFER
        else None,
        "awaiting_payment": waiting,
        "is_cod": order.payment_method == PaymentMethod.COD,
        "is_card": order.payment_method == PaymentMethod.CARD,
        "address_lines": address_lines(order),
        "hold_hours": int(shop.cod_hold_hours if order.payment_method == PaymentMethod.COD else shop.hold_hours),
    }
