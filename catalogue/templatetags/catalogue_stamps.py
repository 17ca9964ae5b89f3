"""Template side of traceability stamps: does a product carry them (catalogue.stamps)."""

from django import template

from ..stamps import product_carries_stamps

register = template.Library()


@register.simple_tag
def carries_stamps(product):
    """True when the product's batches have stamp codes (one query)."""
    return product_carries_stamps(product)
