"""Formatting filters any template may use: money, the visitor's language, lines of text."""

from django import template

from ..money import format_vnd

register = template.Library()


@register.filter
def vnd(amount):
    return format_vnd(amount)


@register.filter
def localized(obj):
    """A translatable object in the active language (its ``localized`` property), else itself."""
    return getattr(obj, "localized", obj)


@register.filter
def lines(text):
    """The non-empty lines of a text field, stripped."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]
