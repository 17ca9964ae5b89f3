"""Telephone numbers in the international E.164 form search engines ask for ("+842033123456").

Vietnamese numbers are written nationally ("0203 3 123 456", "0912.345.678"): the leading 0 is
the trunk prefix, replaced by the country code 84. Numbers already written internationally
("+84 912 345 678", "0084 912 345 678") keep their country code.
"""

import re

_SEPARATORS = re.compile(r"[\s.\-()/\u00a0]+")
_DIGITS = re.compile(r"[0-9]+")  # ASCII digits only


def to_e164(phone: str, country_code: str = "84") -> str | None:
    """``phone`` as ``+<country><number>``, or None when it is not a plausible number (E.164: at
    most 15 digits, here at least 8)."""
    compact = _SEPARATORS.sub("", phone or "")
    if compact.startswith("+"):
        digits = compact[1:]
    elif compact.startswith("00"):
        digits = compact[2:]
    elif compact.startswith("0"):
        digits = country_code + compact[1:]
    else:
        digits = compact if compact.startswith(country_code) and len(compact) >= 11 else country_code + compact
    if not _DIGITS.fullmatch(digits) or not 8 <= len(digits) <= 15:
        return None
    return "+" + digits
