"""The guest cart, kept in the session as ``{variant_id: quantity}``.

Only ids and quantities are stored: names, prices and stock are always read from the database
when the cart is shown or turned into an order. Lines point at the shared ``ProductVariant``, not
at one language version of the product. The session also keeps the item count so that the
header's mini-cart needs no query.
"""

from dataclasses import dataclass

from django.db.models import Q
from wagtail.models import PageViewRestriction

from catalogue.models import ProductVariant

from ..exceptions import InvalidQuantity, UnknownVariant

SESSION_KEY = "cart"
DROPPED_KEY = "cart_dropped"
MAX_QUANTITY_PER_LINE = 99


def variants_on_sale():
    """Active variants of live products that anyone may see.

    A product page behind a password, a login or a group restriction (on itself or on an
    ancestor) is not for sale: the public cannot see what it would be buying.
    """
    variants = ProductVariant.objects.filter(is_active=True, product__live=True)
    restricted = Q()
    for path in PageViewRestriction.objects.values_list("page__path", flat=True):
        restricted |= Q(product__path__startswith=path)
    return variants.exclude(restricted) if restricted else variants


def pop_dropped(session) -> int:
    """How many lines the cart dropped since last asked (they went off sale), and forget it."""
    return session.pop(DROPPED_KEY, 0) if session is not None and DROPPED_KEY in session else 0


def parse_quantity(raw, *, allow_zero=False):
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


def parse_variant_id(raw):
    try:
        text = str(raw).strip()
        if not text.isdigit() or len(text) > 18:
            raise ValueError
        return int(text)
    except (TypeError, ValueError):
        raise UnknownVariant() from None


@dataclass
class CartLine:
    variant: ProductVariant
    quantity: int

    @property
    def unit_price_vnd(self) -> int:
        return self.variant.price_vnd

    @property
    def total_vnd(self) -> int:
        return self.variant.price_vnd * self.quantity

    @property
    def exceeds_stock(self) -> bool:
        return self.quantity > self.variant.stock


class Cart:
    def __init__(self, session):
        self.session = session
        raw = session.get(SESSION_KEY) or {}
        self._items = {str(k): int(v) for k, v in raw.get("items", {}).items()}

    # --- reading -------------------------------------------------------------------------------
    @staticmethod
    def count_in(session) -> int:
        """Items in the cart, from the session alone (the mini-cart's figure)."""
        return int((session.get(SESSION_KEY) or {}).get("count", 0))

    def __len__(self):
        return sum(self._items.values())

    def __bool__(self):
        return bool(self._items)

    def quantity_of(self, variant_id) -> int:
        return self._items.get(str(variant_id), 0)

    def lines(self) -> list[CartLine]:
        """Lines with fresh variants from the database; variants no longer on sale are dropped."""
        if not self._items:
            return []
        variants = variants_on_sale().filter(
            pk__in=[int(k) for k in self._items],
        ).select_related("product", "product__producer")
        by_id = {str(v.pk): v for v in variants}
        if set(by_id) != set(self._items):
            dropped = len(set(self._items) - set(by_id))
            self.session[DROPPED_KEY] = self.session.get(DROPPED_KEY, 0) + dropped
            self._items = {k: q for k, q in self._items.items() if k in by_id}
            self._save()
        return [CartLine(by_id[k], q) for k, q in self._items.items()]

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

    def remove(self, variant_id) -> None:
        self._items.pop(str(variant_id), None)
        self._save()

    def clear(self) -> None:
        self._items = {}
        self._save()

    def items(self) -> dict[int, int]:
        return {int(k): q for k, q in self._items.items()}

    def _save(self):
        self.session[SESSION_KEY] = {"items": self._items, "count": sum(self._items.values())}
        self.session.modified = True


def get_variant_for_sale(variant_id) -> ProductVariant:
    """The active variant of a live product, or UnknownVariant."""
    pk = parse_variant_id(variant_id)
    try:
        return variants_on_sale().select_related("product").get(pk=pk)
    except ProductVariant.DoesNotExist:
        raise UnknownVariant() from None
