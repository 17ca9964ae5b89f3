"""What can go wrong in the shop, as exceptions whose message can be shown to the customer."""

from django.utils.translation import gettext_lazy as _


class StorefrontError(Exception):
    default_message = _("Something went wrong with your order.")

    def __init__(self, message=None):
        self.message = message or self.default_message
        super().__init__(str(self.message))


class InvalidQuantity(StorefrontError):
    default_message = _("Please enter a whole number of items from 1 to 99 (at most what is in stock).")


class UnknownVariant(StorefrontError):
    default_message = _("This product is not on sale.")


class EmptyCart(StorefrontError):
    default_message = _("Your cart is empty.")


class OutOfStock(StorefrontError):
    default_message = _("Sorry, there is not enough stock left.")

    def __init__(self, lines=(), message=None):
        self.lines = list(lines)
        super().__init__(message)


class IllegalTransition(StorefrontError):
    default_message = _("This order cannot be moved to that status.")


class PaymentError(StorefrontError):
    default_message = _("Card payment is not available right now. Please try again later or choose another method.")


class PaymentUnavailable(PaymentError):
    pass


class InvalidBooking(StorefrontError):
    """An experience's date or party size that cannot be booked (a 400 with the reason)."""

    default_message = _("Please choose a date and the number of people.")


class FullyBooked(OutOfStock):
    """Not enough places left on the chosen date (a 409)."""

    default_message = _("Sorry, there are not enough places left on that date.")
