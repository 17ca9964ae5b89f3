"""Template side of traceability stamps: does a product carry them (catalogue.stamps)."""

from django import template

from site_config.content_version import cached

from ..stamps import product_carries_stamps

register = template.Library()


@register.simple_tag
def carries_stamps(product):
    """True when the product's batches have stamp codes; kept per content version (issuing codes
    raises it, ``catalogue.stamps.generate_codes``): at 100,000 products the query was the
    product page's slowest (an EXISTS over the codes, their batches and the products)."""
    return cached(f"carries-stamps:{product.translation_key}", lambda: product_carries_stamps(product))
