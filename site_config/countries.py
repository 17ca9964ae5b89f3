"""Countries as buyers read them: ISO 3166 codes with Babel's names in the reader's language,
Vietnam first, the rest in the reader's alphabetical order (ICU collation). One list for the
checkout (storefront) and the wholesale enquiry form (catalogue), so a country reads the same in
both, and in their e-mails.
"""

import functools
import re

from babel import Locale
from django.utils.translation import get_language, to_locale

from .collation import sorted_names

# Babel's territories that are not countries one ships to (unknown, unions, pseudo-regions).
NOT_COUNTRIES = frozenset({"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB", "XK"})


@functools.cache
def _choices(language: str) -> list[tuple[str, str]]:
    try:
        names = Locale.parse(to_locale(language)).territories
    except Exception:  # noqa: BLE001 - a language Babel does not know: English names
        names = Locale.parse("en").territories
    codes = sorted_names(
        (code for code in names if re.fullmatch(r"[A-Z]{2}", code) and code not in NOT_COUNTRIES and code != "VN"),
        key=lambda code: names[code],
        language=language,
    )
    return [("VN", names["VN"])] + [(code, names[code]) for code in codes]


def country_choices(language: str | None = None) -> list[tuple[str, str]]:
    """[(code, name)] in ``language`` (the active one by default), Vietnam first."""
    return _choices(language or get_language() or "vi")


def country_name(code: str, language: str | None = None) -> str:
    """``"KR"`` → "Hàn Quốc" (vi), "South Korea" (en); an unknown code is returned as it is."""
    return dict(country_choices(language)).get((code or "").upper(), code)
