"""The shop's rules about where an order goes and how it may be paid: one home for each.

The checkout form, the views, ``place_order`` and the order page all ask these functions; none
of them decides on its own. Guarantees:

* ``payment_methods_for`` lists only methods the shop has switched on and the destination
  allows: never cash on delivery abroad, never card while Stripe is not configured.
* ``can_start_card_payment`` is the one answer to "may this order go to Stripe now".
* ``abroad_blockers`` names the cart lines that cannot be sent abroad, and why.
"""

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext as _

from ..exceptions import StorefrontError
from ..models import Order, PaymentMethod
from ..payments import stripe_gateway
from ..status import OrderStatus

if TYPE_CHECKING:
    from catalogue.models import ProductVariant
    from site_config.models import ShopSettings

DOMESTIC_COUNTRY = "VN"


class PaymentMethodNotAllowed(StorefrontError):
    pass


class NotShippableAbroad(StorefrontError):
    pass


def is_abroad(country: str | None) -> bool:
    """Anything but Vietnam (an empty country means the checkout's default, Vietnam)."""
    return (country or DOMESTIC_COUNTRY).upper() != DOMESTIC_COUNTRY


def card_payment_available() -> bool:
    return stripe_gateway.is_configured()


def payment_methods_for(shop: "ShopSettings", country: str | None = None) -> list[str]:
    """The methods a buyer may choose for a delivery to ``country``, in the order they are offered."""
    methods: list[str] = []
    if shop.card_enabled and card_payment_available():
        methods.append(PaymentMethod.CARD)
    if shop.cod_enabled and not is_abroad(country):
        methods.append(PaymentMethod.COD)
    if shop.bank_transfer_enabled:
        methods.append(PaymentMethod.BANK_TRANSFER)
    return [str(m) for m in methods]


def check_payment_method(shop: "ShopSettings", country: str | None, method: str) -> None:
    """Raise PaymentMethodNotAllowed unless ``method`` is allowed for ``country``."""
    if method in payment_methods_for(shop, country):
        return
    if method == PaymentMethod.COD and is_abroad(country):
        raise PaymentMethodNotAllowed(_("Cash on delivery is only possible in Vietnam."))
    raise PaymentMethodNotAllowed(_("This way of paying is not available. Please choose another one."))


def can_start_card_payment(order: Order) -> bool:
    """The order waits for a card payment and Stripe can be asked for one."""
    return (
        order.payment_method == PaymentMethod.CARD
        and order.status == OrderStatus.AWAITING_PAYMENT
        and card_payment_available()
    )


def switchable_methods(order: Order, shop: "ShopSettings") -> list[str]:
    """Other methods an unpaid card order may move to (its destination's rules apply)."""
    if order.payment_method != PaymentMethod.CARD or order.status != OrderStatus.AWAITING_PAYMENT:
        return []
    return [m for m in payment_methods_for(shop, order.country) if m != PaymentMethod.CARD]


def abroad_restriction_of(variant: "ProductVariant") -> str:
    """Why ``variant``'s product cannot go abroad ('' when it can). Read from the source page."""
    return getattr(variant.product, "abroad_restriction", "") or ""


def abroad_blockers(lines: Iterable[Any]) -> list[Any]:
    """Cart lines whose product is sold for delivery in Vietnam only."""
    return [line for line in lines if abroad_restriction_of(line.variant)]


def check_destination(lines: Sequence[Any], country: str | None) -> None:
    """Raise NotShippableAbroad when a line cannot be sent to ``country``."""
    blocked = abroad_blockers(lines) if is_abroad(country) else []
    if blocked:
        names = ", ".join(str(line.variant.product.localized.title) for line in blocked)
        raise NotShippableAbroad(
            _(
                "These products are delivered in Vietnam only: %(items)s. Remove them from your cart to "
                "order for a delivery abroad."
            )
            % {"items": names}
        )
