"""Slugs from Vietnamese titles: every letter kept as ASCII ("Thủy" → "thuy", "Đồn" → "don").

One rule for the server and for the slug the editor sees while typing. Wagtail's admin makes
the slug in JavaScript (the ``w-slug`` controller) and, with ``WAGTAIL_ALLOW_UNICODE_SLUGS = False``,
drops letters carrying two marks and turns "đ" into "dj" (its Serbian map); Django's
``slugify`` drops "đ" altogether. Here the server folds with anyascii (as the demo and scale
data do) and the admin's slug input gets formatters that fold Vietnamese letters before
Wagtail's own clean-up, so both give the same slug.
"""

from anyascii import anyascii
from django.utils.text import slugify
from wagtail.admin.widgets import SlugInput

# Every Vietnamese letter with marks, by the ASCII letter it folds to.
VIETNAMESE_LETTERS = {
    "a": "àáảãạăằắẳẵặâầấẩẫậ",
    "d": "đ",
    "e": "èéẻẽẹêềếểễệ",
    "i": "ìíỉĩị",
    "o": "òóỏõọôồốổỗộơờớởỡợ",
    "u": "ùúủũụưừứửữự",
    "y": "ỳýỷỹỵ",
}
# (pattern, replacement) pairs for the slug input, applied in order in the browser.
SLUG_FORMATTERS = [
    *((f"[{letters}{letters.upper()}]", ascii_letter) for ascii_letter, letters in VIETNAMESE_LETTERS.items()),
    # Marks typed as separate combining characters (decomposed input).
    ("[\u0300-\u036f]", ""),
]


def slugify_title(text):
    """The URL slug for a title in any language: ASCII letters, digits and hyphens."""
    return slugify(anyascii(text or ""))


class VietnameseSlugInput(SlugInput):
    """Wagtail's slug input, folding Vietnamese letters the way ``slugify_title`` does."""

    def __init__(self, attrs=None, formatters=None, locale=None):
        super().__init__(attrs=attrs, formatters=formatters or SLUG_FORMATTERS, locale=locale)


def use_vietnamese_slug_input():
    """Every slug field in the admin (pages and snippets) uses the folding input."""
    from django.db import models
    from wagtail.admin.forms.models import register_form_field_override

    register_form_field_override(models.SlugField, override={"widget": VietnameseSlugInput})
