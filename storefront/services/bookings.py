"""Experiences (a tea-garden visit, a day with a fisher): booked for a date and a number of people.

The rules, in one place:

* A product is an experience when its ``kind`` says so (``ProductPage.kind``, synchronised across
  languages). Its variants are sold per person; a variant's ``stock`` is read as **places per
  day**, the same number every day. Booking never changes that figure.
* A date can be booked from ``booking_notice_days`` after today to ``booking_window_days`` after
  today, today being the shop's date in Vietnam (``ProductPage.booking_window``). Anything else is
  refused with a message that says why (``InvalidBooking``, a 400).
* The places taken on a date are the people of the order lines booked for that date whose order
  still holds its stock (``Order.stock_held``): an order that is cancelled, expires, fails or is
  refunded gives its places back through the same ``release_stock`` that returns goods.
* ``storefront.services.stock.reserve_stock`` books places under the same lock as goods (the
  variant's row, in the same sorted order), so two buyers of the last places cannot both succeed.
* Experiences are never shipped: no weight, no shipping fee, no delivery address needed when the
  cart holds nothing else (the phone number stays required: the producer calls to confirm).
"""

import datetime
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from catalogue.l10n import format_long_date as long_date
from catalogue.models.pages import MAX_PARTY_SIZE

from ..exceptions import FullyBooked, InvalidBooking

if TYPE_CHECKING:
    from catalogue.models import ProductPage, ProductVariant

    from .cart import CartLine

MAX_PEOPLE = MAX_PARTY_SIZE
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def shop_today() -> datetime.date:
    """Today in Vietnam (the shop's time zone), whatever the server's clock zone."""
    return timezone.localdate(timezone=timezone.get_default_timezone())


def is_experience_variant(variant: "ProductVariant") -> bool:
    return bool(getattr(variant.product, "is_experience", False))


def parse_booking_date(raw: object, product: "ProductPage", *, today: datetime.date | None = None) -> datetime.date:
    """The date a buyer chose (``YYYY-MM-DD``, as a date input sends it), inside the product's window."""
    text = str(raw or "").strip()
    if not text:
        raise InvalidBooking(_("Please choose the date of your visit."))
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError
        day = datetime.date.fromisoformat(text)
    except ValueError:
        raise InvalidBooking(_("This is not a date: please choose one in the calendar.")) from None
    today = today or shop_today()
    first, last = product.booking_window(today)
    if day < first:
        if day < today:
            reason = _("This date has passed.")
        else:
            reason = ngettext(
                "This experience must be booked at least %(days)s day ahead.",
                "This experience must be booked at least %(days)s days ahead.",
                product.booking_notice_days,
            ) % {"days": product.booking_notice_days}
        raise InvalidBooking(
            _("%(reason)s The first date you can book is %(date)s.") % {"reason": reason, "date": long_date(first)}
        )
    if day > last:
        raise InvalidBooking(
            _("Bookings are open until %(date)s: please choose an earlier date.") % {"date": long_date(last)}
        )
    return day


def parse_people(raw: object) -> int:
    """A party size from a form: a whole number from 1 to MAX_PEOPLE."""
    text = str(raw or "").strip()
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= MAX_PEOPLE:
        raise InvalidBooking(_("Please enter the number of people, from 1 to %(max)s.") % {"max": MAX_PEOPLE})
    return int(text)


def booked_places(variant_id: int, day: datetime.date) -> int:
    """People booked on ``day`` by orders that still hold their places."""
    from ..models import OrderLine

    return (
        OrderLine.objects.filter(
            variant_id=variant_id,
            booking_date=day,
            order__stock_held=True,
        ).aggregate(n=Sum("quantity"))["n"]
        or 0
    )


def places_left(variant: "ProductVariant", day: datetime.date) -> int:
    """Places still free on ``day`` (the variant's places per day minus the bookings). Not locked."""
    return max(0, variant.stock - booked_places(variant.pk, day))


def check_places(variant: "ProductVariant", day: datetime.date, people: int) -> None:
    """Raise FullyBooked (with how many places are left) unless ``people`` fit on ``day``."""
    left = places_left(variant, day)
    if people > left:
        if left:
            message = _("Only %(count)s places left on %(date)s.") % {"count": left, "date": long_date(day)}
        else:
            message = _("%(date)s is fully booked: please choose another date.") % {"date": long_date(day)}
        raise FullyBooked(lines=[variant.pk], message=message)


def needs_no_address(lines: Sequence["CartLine"]) -> bool:
    """A cart of experiences only: nothing to deliver, so the checkout asks for no address."""
    return bool(lines) and all(getattr(line, "booking_date", None) for line in lines)
