"""The guest cart, kept in the session as ``{line_key: quantity}``.

A goods line's key is the variant id ("12"); an experience's is the variant id and the date booked
("12@2027-03-14"), its quantity the number of people: one experience can be booked for several
dates in one cart.

Only ids and quantities are stored: names, prices and stock are always read from the database
when the cart is shown or turned into an order. Lines point at the shared ``ProductVariant``, not
at one language version of the product. The session also keeps the item count so that the
header's mini-cart needs no query.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from catalogue.models import ProductPage, ProductVariant
from site_config.content_version import cached_many
from site_config.memo import restricted_pages

from ..exceptions import InvalidQuantity, UnknownVariant

if TYPE_CHECKING:
    from django.contrib.sessions.backends.base import SessionBase

SESSION_KEY = "cart"
DROPPED_KEY = "cart_dropped"
MAX_QUANTITY_PER_LINE = 99


# What a cart line shows of its product and producer pages: the title, the address, the language
# and what decides how it is sold. The rest of two multi-table pages (bodies, SEO, images…) stays
# in the database.
_PAGE_FIELDS = ("title", "slug", "url_path", "path", "depth", "live", "locale", "translation_key", "content_type")
LINE_PAGE_FIELDS = (
    *_PAGE_FIELDS,
    "kind",
    "abroad_restriction",
    "booking_notice_days",  # an experience's booking window (services.bookings)
    "booking_window_days",
    "producer",
    *(f"producer__{name}" for name in _PAGE_FIELDS),
)


def variants_on_sale(variant_ids: Iterable[int]) -> dict[int, ProductVariant]:
    """Those of ``variant_ids`` that are on sale, by id: active variants, fresh from the database
    (price, stock), of live products that anyone may see, each with its product page attached.

    A product page behind a password, a login or a group restriction (on itself or on an
    ancestor) is not for sale: the public cannot see what it would be buying.
    """
    variants = list(ProductVariant.objects.filter(pk__in=list(variant_ids), is_active=True).order_by())
    pages = _pages_on_sale({variant.product_id for variant in variants})
    on_sale = {}
    for variant in variants:
        page = pages.get(variant.product_id)
        if page is not None:
            variant.product = page
            on_sale[variant.pk] = variant
    return on_sale


def _pages_on_sale(product_ids: Iterable[int]) -> dict[int, ProductPage]:
    """The live, unrestricted product pages among ``product_ids``, with their producers, by id.

    Kept per content version (publishing, unpublishing, a new view restriction raise it), so a
    cart view or an order reads only its variants from the database; the pages not cached yet
    are read in one query.
    """

    def load(names: list[str]) -> dict[str, ProductPage]:
        ids = [int(name.removeprefix("cart-product:")) for name in names]
        pages = ProductPage.objects.filter(pk__in=ids, live=True).select_related("producer").only(*LINE_PAGE_FIELDS)
        return {f"cart-product:{page.pk}": page for page in pages.order_by()}

    restricted = tuple(page.path for page in restricted_pages())
    found = cached_many([f"cart-product:{pk}" for pk in product_ids], load)
    return {page.pk: page for page in found.values() if page is not None and not page.path.startswith(restricted)}


def pop_dropped(session: "SessionBase | None") -> int:
    """How many lines the cart dropped since last asked (they went off sale), and forget it."""
    return session.pop(DROPPED_KEY, 0) if session is not None and DROPPED_KEY in session else 0


def parse_quantity(raw: object, *, allow_zero: bool = False) -> int:
    """A quantity from a form: a whole number in 1..99 (0 too when ``allow_zero``), else InvalidQuantity."""
    try:
        text = str(raw).strip()
        if not text.lstrip("-").isdigit() or len(text) > 6:
            raise ValueError
        value = int(text)
    except (TypeError, ValueError):
        raise InvalidQuantity() from None
    if value < (0 if allow_zero else 1) or value > MAX_QUANTITY_PER_LINE:
        raise InvalidQuantity()
    return value


def parse_variant_id(raw: object) -> int:
    try:
        text = str(raw).strip()
        if not text.isdigit() or len(text) > 18:
            raise ValueError
        return int(text)
    except (TypeError, ValueError):
        raise UnknownVariant() from None


def line_key(variant_id: int | str, booking_date: datetime.date | None = None) -> str:
    return f"{int(variant_id)}@{booking_date.isoformat()}" if booking_date else str(int(variant_id))


def _split_key(key: str) -> tuple[int, datetime.date | None] | None:
    """(variant id, date or None) of a session key; None for a key that is neither shape."""
    variant, _sep, day = key.partition("@")
    try:
        return int(variant), (datetime.date.fromisoformat(day) if day else None)
    except ValueError:
        return None


@dataclass
class CartLine:
    variant: ProductVariant
    quantity: int
    booking_date: datetime.date | None = None

    @property
    def key(self) -> str:
        return line_key(self.variant.pk, self.booking_date)

    @property
    def is_booking(self) -> bool:
        """An experience booked for a date; ``quantity`` is then the number of people."""
        return self.booking_date is not None

    @property
    def unit_price_vnd(self) -> int:
        return self.variant.price_vnd

    @property
    def total_vnd(self) -> int:
        return self.variant.price_vnd * self.quantity

    @property
    def exceeds_stock(self) -> bool:
        return self.quantity > self.variant.stock

    @property
    def places_left(self) -> int | None:
        """Places still free on the booked date (experiences only; read, not locked)."""
        if self.booking_date is None:  # not ``is_booking`` (spelt out so that the type checker narrows the date)
            return None
        from .bookings import places_left

        return places_left(self.variant, self.booking_date)


class Cart:
    def __init__(self, session: "SessionBase") -> None:
        self.session = session
        raw = session.get(SESSION_KEY) or {}
        self._items = {str(k): int(v) for k, v in raw.get("items", {}).items()}

    # --- reading -------------------------------------------------------------------------------
    @staticmethod
    def count_in(session: "SessionBase") -> int:
        """Items in the cart, from the session alone (the mini-cart's figure)."""
        return int((session.get(SESSION_KEY) or {}).get("count", 0))

    def __len__(self) -> int:
        return sum(self._items.values())

    def __bool__(self) -> bool:
        return bool(self._items)

    def quantity_of(self, variant_id: int | str) -> int:
        return self._items.get(str(variant_id), 0)

    def lines(self) -> list[CartLine]:
        """Lines with fresh variants from the database; variants no longer on sale are dropped.

        So are lines whose shape no longer fits the product (goods without a date, an experience
        with one), should an editor change a product's kind while it sits in a cart.
        """
        if not self._items:
            return []
        keys = {k: _split_key(k) for k in self._items}
        by_id = variants_on_sale(parsed[0] for parsed in keys.values() if parsed)
        lines = []
        for key, quantity in self._items.items():
            parsed = keys[key]
            variant = by_id.get(parsed[0]) if parsed else None
            if variant is not None and parsed and variant.product.is_experience == (parsed[1] is not None):
                lines.append(CartLine(variant, quantity, parsed[1]))
        if len(lines) != len(self._items):
            self.session[DROPPED_KEY] = self.session.get(DROPPED_KEY, 0) + len(self._items) - len(lines)
            self._items = {line.key: line.quantity for line in lines}
            self._save()
        return lines

    # --- changing ------------------------------------------------------------------------------
    def add(self, variant: ProductVariant, quantity: int) -> int:
        """Add ``quantity``; the line is capped at the stock and at the per-line maximum."""
        current = self.quantity_of(variant.pk)
        new = min(current + quantity, MAX_QUANTITY_PER_LINE, variant.stock)
        if new <= 0:
            from ..exceptions import OutOfStock

            raise OutOfStock()
        self._items[str(variant.pk)] = new
        self._save()
        return new

    def set(self, variant: ProductVariant, quantity: int) -> int:
        """Set a line's quantity (0 removes it); capped at the stock."""
        if quantity <= 0:
            self.remove(variant.pk)
            return 0
        new = min(quantity, variant.stock)
        if new <= 0:
            self.remove(variant.pk)
            return 0
        self._items[str(variant.pk)] = new
        self._save()
        return new

    def book(self, variant: ProductVariant, booking_date: datetime.date, people: int) -> int:
        """Book ``people`` places of an experience on ``booking_date`` (added to the same date's line).

        Raises FullyBooked when the date has not that many places left; the cart is then unchanged.
        """
        from .bookings import check_places

        key = line_key(variant.pk, booking_date)
        total = self._items.get(key, 0) + people
        check_places(variant, booking_date, total)
        self._items[key] = total
        self._save()
        return total

    def set_booking(self, variant: ProductVariant, booking_date: datetime.date, people: int) -> int:
        """Change the number of people of a booked date (0 removes it); FullyBooked if they do not fit."""
        from .bookings import check_places

        if people <= 0:
            self.remove(variant.pk, booking_date)
            return 0
        check_places(variant, booking_date, people)
        self._items[line_key(variant.pk, booking_date)] = people
        self._save()
        return people

    def booking_of(self, variant_id: int | str, booking_date: datetime.date | None) -> int:
        return self._items.get(line_key(variant_id, booking_date), 0)

    def remove(self, variant_id: int | str, booking_date: datetime.date | None = None) -> None:
        self._items.pop(line_key(variant_id, booking_date), None)
        self._save()

    def clear(self) -> None:
        self._items = {}
        self._save()

    def items(self) -> dict[int, int]:
        """Units (goods) and places (experiences, all dates together) per variant id."""
        totals: dict[int, int] = {}
        for key, quantity in self._items.items():
            parsed = _split_key(key)
            if parsed:
                totals[parsed[0]] = totals.get(parsed[0], 0) + quantity
        return totals

    def _save(self) -> None:
        self.session[SESSION_KEY] = {"items": self._items, "count": sum(self._items.values())}
        self.session.modified = True


def get_variant_for_sale(variant_id: object) -> ProductVariant:
    """The active variant of a live product, or UnknownVariant."""
    pk = parse_variant_id(variant_id)
    variant = variants_on_sale([pk]).get(pk)
    if variant is None:
        raise UnknownVariant()
    return variant
