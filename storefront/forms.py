"""Checkout form: who, where, how to pay. Prices and totals are never fields of it."""

import functools

import phonenumbers
from django import forms
from django.forms.renderers import DjangoTemplates
from django.forms.utils import flatatt
from django.utils.choices import BaseChoiceIterator
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from vietnam_provinces import Province, Ward

from site_config.collation import sorted_names
from site_config.countries import country_choices

from .models import PaymentMethod
from .services.rules import payment_methods_for


def short_province_name(name: str) -> str:
    """ "Thành phố Đà Nẵng" → "Đà Nẵng": the word readers look the province up by."""
    return name.removeprefix("Thành phố ").removeprefix("Tỉnh ")


@functools.cache
def provinces():
    return sorted_names(Province.iter_all(), key=lambda p: short_province_name(p.name), language="vi")


@functools.cache
def wards_by_province():
    by_province: dict[int, list] = {}
    for ward in Ward.iter_all():
        by_province.setdefault(int(ward.province_code), []).append(ward)
    return {code: sorted_names(wards, key=lambda w: w.name, language="vi") for code, wards in by_province.items()}


class PreparedChoices(BaseChoiceIterator):
    """Options built once and handed to a ChoiceField as they are.

    Django's ``choices`` setter normalises a plain list option by option, on every request: for
    the checkout's countries, provinces and wards (about 700 options) that was a few milliseconds
    of every order. Labels may stay lazy (translated when rendered).
    """

    def __init__(self, pairs):
        self.pairs = tuple(pairs)
        self._html: dict[str, str] = {}

    def __iter__(self):
        return iter(self.pairs)

    def options_html(self, selected: str) -> str:
        """The ``<option>`` elements with ``selected`` marked: escaped once per language (a label
        may be lazy), then only the chosen one is marked, instead of 250 options on every page."""
        language = get_language() or ""
        html = self._html.get(language)
        if html is None:
            html = self._html[language] = format_html_join(
                "", '<option value="{}">{}</option>', ((str(value), label) for value, label in self.pairs)
            )
        chosen = format_html('<option value="{}">', selected)
        return mark_safe(html.replace(chosen, chosen[:-1] + " selected>", 1))


@functools.cache
def country_options(language):
    return PreparedChoices(country_choices(language))


@functools.cache
def province_options():
    return PreparedChoices(
        [("", _("Choose a province"))] + [(int(p.code), short_province_name(p.name)) for p in provinces()]
    )


@functools.cache
def ward_options(province_code):
    wards = wards_by_province().get(province_code, [])
    blank = _("Choose a ward or commune") if wards else _("Choose a province first")
    return PreparedChoices([("", blank)] + [(int(w.code), w.name) for w in wards])


def prepare_checkout_options(languages):
    """Build every address and country option list and its HTML in each language: the storefront's
    part of the warm-up before gunicorn forks (``StorefrontConfig.warm_up``). A worker's first
    checkout otherwise paid ~0.3 s for them (the provinces' lookup module alone is ~0.2 s to import),
    and so did the worker gunicorn starts again every ~1,000 requests, while buyers queued behind it."""
    from django.utils import translation

    for language in languages:
        with translation.override(language):
            country_options(language).options_html("")
            province_options().options_html("")
            for code in [None, *wards_by_province()]:
                ward_options(code).options_html("")


def province_by_code(code):
    return next((p for p in provinces() if int(p.code) == int(code)), None)


def ward_by_code(province_code, ward_code):
    return next((w for w in wards_by_province().get(int(province_code), []) if int(w.code) == int(ward_code)), None)


class PlainSelect(forms.Select):
    """A ``<select>`` rendered in Python rather than with a template per option.

    The country list has about 250 options; rendered through Django's option templates it made
    the checkout page cost a tenth of a second of CPU on its own.
    """

    def render(self, name, value, attrs=None, renderer=None):
        final_attrs = self.build_attrs(self.attrs, attrs or {})
        final_attrs["name"] = name
        selected = "" if value is None else str(value)
        choices = self.choices if isinstance(self.choices, PreparedChoices) else PreparedChoices(self.choices)
        return format_html("<select{}>{}</select>", flatatt(final_attrs), choices.options_html(selected))


_INPUT_TEMPLATES = frozenset(
    f"django/forms/widgets/{name}.html" for name in ("input", "text", "email", "hidden", "checkbox", "radio_option")
)


def _attrs_html(attrs):
    """Django's ``django/forms/widgets/attrs.html``: in order, ``False`` left out, ``True`` bare."""
    return "".join(
        f" {conditional_escape(name)}"
        if value is True
        else f' {conditional_escape(name)}="{conditional_escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


class PlainInputRenderer(DjangoTemplates):
    """Django's templates for ``<input>`` and ``<textarea>`` widgets, written in Python.

    The same markup as the templates (tests/storefront/test_checkout_markup.py compares them
    field by field), without a template render per field: the checkout page's eleven inputs and
    radio buttons through the template engine were a fifth of its rendering. Every other
    template (a radio wrapped in its label, error lists) is Django's own.
    """

    def render(self, template_name, context, request=None):
        widget = context.get("widget")
        if template_name in _INPUT_TEMPLATES and not widget.get("wrap_label"):
            value = widget["value"]
            value_html = "" if value is None else f' value="{conditional_escape(value)}"'
            return mark_safe(
                f'<input type="{conditional_escape(widget["type"])}" name="{conditional_escape(widget["name"])}"'
                f"{value_html}{_attrs_html(widget['attrs'])}>"
            )
        if template_name == "django/forms/widgets/textarea.html":
            value = widget["value"]
            return mark_safe(
                f'<textarea name="{conditional_escape(widget["name"])}"{_attrs_html(widget["attrs"])}>\n'
                f"{conditional_escape(value) if value else ''}</textarea>"
            )
        return super().render(template_name, context, request)


PLAIN_INPUTS = PlainInputRenderer()  # one instance: a renderer builds its template engine once


class CheckoutForm(forms.Form):
    default_renderer = PLAIN_INPUTS
    checkout_key = forms.CharField(widget=forms.HiddenInput, max_length=64)
    name = forms.CharField(
        label=_("Full name"),
        max_length=100,
        error_messages={"max_length": _("Please enter a name of at most %(limit_value)d characters.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(label=_("Email"), widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    phone = forms.CharField(
        label=_("Phone"),
        max_length=32,
        help_text=_(
            "For the delivery. Vietnamese numbers like 0912 345 678; from abroad "
            "with the country code, like +82 10 1234 5678."
        ),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )
    country = forms.ChoiceField(label=_("Country"), initial="VN", widget=PlainSelect(attrs={"autocomplete": "country"}))
    province = forms.TypedChoiceField(
        label=_("Province or city"),
        required=False,
        coerce=int,
        empty_value=None,
        widget=PlainSelect(attrs={"autocomplete": "address-level1"}),
    )
    ward = forms.TypedChoiceField(
        label=_("Ward or commune"),
        required=False,
        coerce=int,
        empty_value=None,
        widget=PlainSelect(attrs={"autocomplete": "address-level2"}),
        error_messages={"invalid_choice": _("This ward is not in the chosen province.")},
    )
    street_address = forms.CharField(
        label=_("Street address"),
        max_length=255,
        help_text=_("House number, street, hamlet."),
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    city = forms.CharField(
        label=_("City and region"),
        max_length=100,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )
    postal_code = forms.CharField(
        label=_("Postal code"),
        max_length=20,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "postal-code"}),
    )
    delivery_notes = forms.CharField(
        label=_("Delivery notes"), required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )
    payment_method = forms.ChoiceField(label=_("Payment"), widget=forms.RadioSelect)
    accept_terms = forms.BooleanField(
        label=_("I accept the terms of sale"),
        required=True,
        error_messages={"required": _("Please accept the terms of sale.")},
    )

    ADDRESS_FIELDS = ("province", "ward", "street_address", "city", "postal_code", "delivery_notes")

    def __init__(self, *args, shop, needs_address=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.shop = shop
        # Experiences only (storefront.services.bookings): nothing is delivered, so no address; the
        # country stays (it sets the phone format and the ways to pay) and so does the phone.
        self.needs_address = needs_address
        if not needs_address:
            for name in self.ADDRESS_FIELDS:
                del self.fields[name]
            self.fields["phone"].help_text = _(
                "The producer calls you on it to confirm your visit. Vietnamese "
                "numbers like 0912 345 678; from abroad with the country code, "
                "like +82 10 1234 5678."
            )
        self.fields["country"].choices = country_options(get_language() or "vi")
        # The methods on offer follow the destination (storefront.services.rules): no cash on delivery abroad.
        payment_methods = payment_methods_for(shop, self.selected_country())
        self.payment_methods = payment_methods
        if needs_address:
            self._address_choices()
        self.fields["payment_method"].choices = [(m, PaymentMethod(m).label) for m in payment_methods]
        if len(payment_methods) == 1:
            self.fields["payment_method"].initial = payment_methods[0]

    def _address_choices(self):
        self.fields["province"].choices = province_options()
        province_code = self._selected_province()
        # Only real provinces are cache keys: whatever a visitor posts cannot grow the cache.
        self.fields["ward"].choices = ward_options(province_code if province_code in wards_by_province() else None)

    def selected_country(self):
        raw = self.data.get("country") if self.is_bound else self.initial.get("country")
        raw = (raw or "VN").upper()
        return raw if raw in dict(self.fields["country"].choices) else "VN"

    def full_clean(self):
        super().full_clean()
        self._describe_fields()

    def _describe_fields(self):
        """Point each input at its help and error texts (ids rendered by includes/field.html)."""
        for name, field in self.fields.items():
            bound = self[name]
            described = []
            if field.help_text:
                described.append(f"{bound.auto_id}_helptext")
            if self._errors and name in self._errors:
                described.append(f"{bound.auto_id}_error")
                field.widget.attrs["aria-invalid"] = "true"
            if described:
                field.widget.attrs["aria-describedby"] = " ".join(described)
            else:
                field.widget.attrs.pop("aria-describedby", None)

    def error_summary(self):
        """(field id, label, message) for the summary at the top of the page, in the form's order."""
        if not self.is_bound or not self._errors:
            return []
        items = []
        for name in self.fields:
            for message in self._errors.get(name, []):
                bound = self[name]
                target = (
                    bound.auto_id
                    if not isinstance(self.fields[name].widget, forms.RadioSelect)
                    else f"{bound.auto_id}_0"
                )
                items.append((target, bound.label, message))
        return items

    def _selected_province(self):
        raw = self.data.get("province") if self.is_bound else self.initial.get("province")
        try:
            return int(raw) if raw not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def clean(self):
        data = super().clean()
        country = data.get("country")
        if not self.needs_address:
            pass
        elif country == "VN":
            province, ward = data.get("province"), data.get("ward")
            if not province:
                self.add_error("province", _("Choose the province or city."))
            elif not ward:
                self.add_error("ward", _("Choose the ward or commune."))
            elif ward_by_code(province, ward) is None:
                self.add_error("ward", _("This ward is not in the chosen province."))
        elif country:
            data["province"] = data["ward"] = None
            if not data.get("city"):
                self.add_error("city", _("Enter the city for a delivery abroad."))
        method = data.get("payment_method")
        if method and country and method not in payment_methods_for(self.shop, country):
            self.add_error(
                "payment_method",
                _("Cash on delivery is only possible in Vietnam.")
                if method == PaymentMethod.COD
                else _("Choose one of the ways to pay shown."),
            )
        phone = data.get("phone")
        if phone and country:
            data["phone"] = self._clean_phone(phone, country)
        return data

    def _clean_phone(self, raw, country):
        try:
            number = phonenumbers.parse(raw, country)
        except phonenumbers.NumberParseException:
            number = None
        if number is None or not phonenumbers.is_valid_number(number):
            message = (
                _("Enter a valid Vietnamese phone number, for example 0912 345 678.")
                if country == "VN"
                else _("Enter a valid phone number with its country code, for example +82 10 1234 5678.")
            )
            self.add_error("phone", message)
            return raw
        if country == "VN" and phonenumbers.region_code_for_number(number) != "VN":
            self.add_error("phone", _("Enter a Vietnamese phone number for a delivery in Vietnam."))
            return raw
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
