"""Destination countries for enquiries: ISO 3166 codes with Babel's names in the reader's
language, Vietnam first, the rest in the reader's alphabetical order (ICU collation).

The checkout has the same list (storefront.forms), which the catalogue cannot import; both use
Babel's territory names, so a country reads the same in both places.
"""

import functools
import re

import icu
from babel import Locale
from django.utils.translation import get_language, to_locale

NOT_COUNTRIES = {"ZZ", "EU", "EZ", "UN", "QO", "XA", "XB", "XK"}


@functools.cache
def _choices(language: str):
    try:
        names = Locale.parse(to_locale(language)).territories
    except Exception:
        names = Locale.parse("en").territories
    collator = icu.Collator.createInstance(icu.Locale(language.split("-")[0]))
    codes = sorted(
        (code for code in names if re.fullmatch(r"[A-Z]{2}", code) and code not in NOT_COUNTRIES and code != "VN"),
        key=lambda code: collator.getSortKey(names[code]),
    )
    return [("VN", names["VN"])] + [(code, names[code]) for code in codes]


def country_choices(language: str | None = None):
    return _choices(language or get_language() or "vi")


def country_name(code: str, language: str | None = None) -> str:
    """``"KR"`` → "Hàn Quốc" (vi), "South Korea" (en); an unknown code is returned as it is."""
    return dict(country_choices(language)).get((code or "").upper(), code)
