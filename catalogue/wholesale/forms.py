"""The enquiry form, with its two spam checks that need no third party.

* A signed timestamp (``issued``): the form must have been shown at least
  ``OCOP_WHOLESALE_MIN_SECONDS`` (3) before it is sent (a person reads and types; a script posts
  at once) and at most ``OCOP_WHOLESALE_MAX_AGE`` (one day) before. Signed with the secret key,
  so a script cannot make up an old one.
* A honeypot (``website``): a field people never see (moved off screen, skipped by the keyboard,
  hidden from screen readers) that form-filling robots fill in.

The rate limit (``wholesale_enquiry`` in ``OCOP_RATE_LIMITS``) is the site's limiter's.
"""

import re
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from site_config.countries import country_choices

from ..models import QuantityUnit

SALT = "catalogue.wholesale.enquiry"
PHONE = re.compile(r"[0-9+()./ -]{6,40}")


def min_seconds() -> float:
    return float(getattr(settings, "OCOP_WHOLESALE_MIN_SECONDS", 3))


def max_age() -> float:
    return float(getattr(settings, "OCOP_WHOLESALE_MAX_AGE", 24 * 3600))


def issue_token(now: float | None = None) -> str:
    """A fresh signed timestamp for a form being shown now."""
    return signing.dumps({"t": round(now if now is not None else time.time(), 3)}, salt=SALT, compress=False)


class SpamCheck:
    OK = ""
    TRAP = "trap"
    TOO_FAST = "too_fast"
    TOO_OLD = "too_old"
    BAD_TOKEN = "bad_token"


def spam_check(data, now: float | None = None) -> str:
    """Which spam check the submitted ``data`` fails, or ``SpamCheck.OK``."""
    if (data.get("website") or "").strip():
        return SpamCheck.TRAP
    try:
        issued = float(signing.loads(data.get("issued") or "", salt=SALT)["t"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return SpamCheck.BAD_TOKEN
    age = (now if now is not None else time.time()) - issued
    if age < min_seconds():
        return SpamCheck.TOO_FAST
    if age > max_age():
        return SpamCheck.TOO_OLD
    return SpamCheck.OK


SPAM_MESSAGES = {
    SpamCheck.TRAP: _("Your enquiry could not be sent. Please send it again, or write to us by e-mail."),
    SpamCheck.TOO_FAST: _("That was very quick: please check your enquiry and send it again."),
    SpamCheck.TOO_OLD: _("This form was open for more than a day. Please check your enquiry and send it again."),
    SpamCheck.BAD_TOKEN: _("This form has expired. Please check your enquiry and send it again."),
}


class EnquiryForm(forms.Form):
    quantity = forms.IntegerField(
        label=_("Quantity"),
        min_value=1,
        max_value=10_000_000,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "min": 1}),
        error_messages={"invalid": _("Enter the quantity as a whole number, e.g. 500.")},
    )
    unit = forms.ChoiceField(label=_("Unit"), choices=QuantityUnit.choices)
    country = forms.ChoiceField(label=_("Destination country"), help_text=_("Where the goods are to be delivered."))
    company = forms.CharField(
        label=_("Company"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "organization"})
    )
    contact_name = forms.CharField(
        label=_("Your name"), max_length=100, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(label=_("Email"), widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    phone = forms.CharField(
        label=_("Phone (optional)"),
        required=False,
        max_length=40,
        help_text=_("With the country code, e.g. +82 10 1234 5678."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )
    message = forms.CharField(
        label=_("Your message"),
        max_length=4000,
        help_text=_("Packaging, labelling, certificates you need, delivery dates, terms."),
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    # The honeypot: see the module docstring.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Choose a country"))] + country_choices(language)
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE.fullmatch(phone):
            raise forms.ValidationError(_("Enter a phone number with digits, spaces and +, e.g. +82 10 1234 5678."))
        return phone

    def visible_fields(self):
        return [field for field in super().visible_fields() if field.name != "website"]
