"""Showing catalogue facts in the reader's language: dates and numbers (Babel), and the official
names of the bodies that issue OCOP certificates.

Choices (see the README, "Catalogue pages"):

* Dates are written out in full, never in a numeric order a reader could misread: "25 January
  2024" in English (day first, as in international and British usage: 01/25/2024 is ambiguous
  outside the United States), "25 tháng 1, 2024" in Vietnamese (Babel's long Vietnamese form).
* Numbers use the language's separators: "1,234" in English, "1.234" in Vietnamese.
* A certificate's issuer is stored as written on the certificate, in Vietnamese. The handful of
  bodies that issue OCOP certificates have official English names; those are message-catalogue
  entries, so other languages translate them like any other string. A name we do not know is
  shown as written (it is a proper name).
"""

import datetime
import re
import unicodedata

from babel.dates import format_date
from babel.numbers import format_decimal
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language, override, to_locale
from django.utils.translation import gettext_lazy as _

# Babel locale per site language where the language's own default is not the one we want.
DATE_LOCALES = {"en": "en_GB"}

# Vietnamese official name (normalised, see _key) → its name in the message catalogue.
_ISSUERS = {
    "ubnd tỉnh quảng ninh": _("People's Committee of Quảng Ninh Province"),
    "ủy ban nhân dân tỉnh quảng ninh": _("People's Committee of Quảng Ninh Province"),
    "bộ nông nghiệp và môi trường": _("Ministry of Agriculture and Environment"),
    "bộ nông nghiệp và phát triển nông thôn": _("Ministry of Agriculture and Rural Development"),
    "thủ tướng chính phủ": _("Prime Minister of Vietnam"),
    "chương trình ocop tỉnh quảng ninh": _("Quảng Ninh OCOP Programme"),
}


def _language(language):
    return language or get_language() or settings.LANGUAGE_CODE


def format_long_date(day, language=None):
    """``date(2024, 1, 25)`` → "25 January 2024" (en), "25 tháng 1, 2024" (vi); "" for None."""
    if day is None or day == "":
        return ""
    if isinstance(day, datetime.datetime):
        # The day in Vietnam (the site's TIME_ZONE): 20:00 UTC on 1 December is 2 December there.
        day = (timezone.localtime(day) if timezone.is_aware(day) else day).date()
    language = _language(language)
    return format_date(day, format="long", locale=DATE_LOCALES.get(language, to_locale(language)))


def format_number(value, language=None):
    """``1234`` → "1,234" (en), "1.234" (vi); anything that is not a number is returned as it is."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    return format_decimal(value, locale=to_locale(_language(language)))


def _key(name):
    # "Uỷ" and "Ủy" are both in use; NFC and one spelling of the tone position make them equal.
    text = unicodedata.normalize("NFC", str(name or "")).casefold().replace("uỷ", "ủy")
    return re.sub(r"\s+", " ", text).strip()


def official_name(name, language=None):
    """An institution's name in ``language``: as written in the source language, the catalogue's
    translation of a known official name otherwise, the name as written when it is unknown."""
    language = _language(language)
    if not name or language == settings.LANGUAGE_CODE:
        return name
    known = _ISSUERS.get(_key(name))
    if known is None:
        return name
    with override(language):
        return str(known)
