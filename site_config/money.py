"""Money: Vietnamese đồng are whole numbers (no minor unit). Formatting is Babel's, per language."""

from functools import lru_cache

from babel.numbers import format_currency
from django.utils.translation import get_language, to_locale

CURRENCY = "VND"


def format_vnd(amount, language=None):
    """``120000`` → "120.000 ₫" in Vietnamese, "₫120,000" in English."""
    if amount is None:
        return ""
    if not isinstance(amount, int) or isinstance(amount, bool):
        raise TypeError(f"VND amounts are integers, got {type(amount).__name__}")
    return _format(amount, to_locale(language or get_language() or "vi"))


@lru_cache(maxsize=8192)
def _format(amount, locale):
    # Babel parses the locale's currency pattern on every call (about 0.1 ms); a listing shows
    # the same few prices many times, and a price's text never changes for a language.
    return format_currency(amount, CURRENCY, locale=locale)
