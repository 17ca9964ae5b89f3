"""GTIN (EAN-8, UPC-A, EAN-13, GTIN-14): the barcode number search engines and marketplaces
match a product by. Vietnamese barcodes start with 893 (GS1 Vietnam)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# ASCII digits only ("²".isdigit() is True): 8, 12, 13 or 14 of them.
_GTIN = re.compile(r"[0-9]{8}|[0-9]{12,14}")


def gtin_check_digit(body: str) -> int:
    """The GS1 check digit of ``body`` (every digit but the last): weights 3,1,3,… from the right."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def is_valid_gtin(value: str) -> bool:
    return bool(_GTIN.fullmatch(value or "")) and gtin_check_digit(value[:-1]) == int(value[-1])


def validate_gtin(value: str) -> None:
    """Refuse anything but 8, 12, 13 or 14 digits whose last digit is the GS1 check digit."""
    if not _GTIN.fullmatch(value or ""):
        raise ValidationError(_("A GTIN has 8, 12, 13 or 14 digits."), code="gtin_length")
    if gtin_check_digit(value[:-1]) != int(value[-1]):
        raise ValidationError(
            _("The last digit of this GTIN should be %(digit)s: check the barcode number."),
            code="gtin_check_digit",
            params={"digit": gtin_check_digit(value[:-1])},
        )
