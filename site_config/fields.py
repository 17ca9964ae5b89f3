"""VND amounts typed the Vietnamese way, in every admin form.

Staff write "850.000", "850,000", "850 000", "850000" or "850.000 ₫" and mean eight hundred
and fifty thousand đồng. A browser's number input reads "850.000" as 850 and drops
"1.200.000" altogether, so VND inputs are text inputs (numeric keyboard on phones) parsed
here, on the server, by one function: ``parse_vnd``. ``VNDFormField`` is the one form field
of every VND input; the model fields ``VNDField``/``SmallVNDField`` hand it to every model
form (Wagtail admin, snippets, settings) and deconstruct as Django's own integer fields, so
switching a column to them needs no migration.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

# Currency marks people add: "₫", "đ", "VND", "VNĐ", "đồng" (any case), and every kind of space.
_CURRENCY = re.compile(r"(₫|vnđ|vnd|đồng|đ)", re.IGNORECASE)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009_']+")
# Whole numbers, optionally grouped by threes with one kind of separator: 850.000 / 1,200,000.
_GROUPED = re.compile(r"[0-9]{1,3}(?:([.,])[0-9]{3})(?:\1[0-9]{3})*")
_PLAIN = re.compile(r"[0-9]+")

INVALID_MESSAGE = _("Enter an amount in whole đồng, e.g. 850.000.")


def parse_vnd(value) -> int | None:
    """``"850.000 ₫"`` → ``850000``; None for empty input; ValueError when it is not whole đồng.

    Only ASCII digits count ("²" or Arabic-Indic digits are refused), separators must group
    by threes ("1.5" and "850,50" are refused rather than guessed).
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError("not an amount")
    if isinstance(value, int):
        return value
    return parse_whole_number(_CURRENCY.sub("", str(value)))


def parse_whole_number(value) -> int | None:
    """``"1.200"``, ``"1,200"``, ``"1 200"``, ``"1200"`` → ``1200``; None when empty; ValueError otherwise."""
    text = _SPACES.sub("", str(value))
    if not text:
        return None
    if _PLAIN.fullmatch(text):
        return int(text)
    if _GROUPED.fullmatch(text):
        return int(re.sub(r"[.,]", "", text))
    raise ValueError(f"not whole đồng: {value!r}")


def format_vnd_input(value) -> str:
    """``850000`` → ``"850.000"``: how an amount is shown back in an input."""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}".replace(",", ".")
    return value


class VNDInput(forms.TextInput):
    """A text input with the numeric keyboard; shows amounts grouped the Vietnamese way."""

    def __init__(self, attrs=None):
        super().__init__(
            {
                "inputmode": "numeric",
                "autocomplete": "off",
                "spellcheck": "false",
                "class": "vnd-input",
                **(attrs or {}),
            }
        )

    def format_value(self, value):
        if isinstance(value, str) and _PLAIN.fullmatch(value):
            value = int(value)
        return super().format_value(format_vnd_input(value))


class VNDFormField(forms.IntegerField):
    """Whole đồng, as staff type them (see ``parse_vnd``); min/max validators as usual."""

    widget = VNDInput
    default_error_messages = {"invalid": INVALID_MESSAGE}

    def __init__(self, **kwargs):
        widget = kwargs.get("widget")
        if isinstance(widget, forms.NumberInput) or (
            isinstance(widget, type) and issubclass(widget, forms.NumberInput)
        ):
            del kwargs["widget"]  # a number input cannot hold "850.000"
        super().__init__(**kwargs)
        if not self.help_text:
            self.help_text = _("Whole đồng, e.g. 850.000.")

    def widget_attrs(self, widget):
        # No min/max/step attributes: they belong to number inputs and would make the browser
        # refuse "850.000" before the server can read it.
        return {}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return parse_vnd(value)
        except ValueError:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None


class _VNDFormFieldMixin:
    def formfield(self, **kwargs):
        kwargs.pop("widget", None)
        return super().formfield(**{"form_class": VNDFormField, **kwargs})

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, self._django_path, args, kwargs


class VNDField(_VNDFormFieldMixin, models.PositiveBigIntegerField):
    """An amount of đồng (model side); the admin edits it with ``VNDFormField``."""

    _django_path = "django.db.models.PositiveBigIntegerField"


class SmallVNDField(_VNDFormFieldMixin, models.PositiveIntegerField):
    """Like ``VNDField`` on a 32-bit column (settings: fees and thresholds)."""

    _django_path = "django.db.models.PositiveIntegerField"
