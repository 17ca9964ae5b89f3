"""``{% visitor_part "name" %}``: a piece of the site's chrome that is the visitor's own (the
mini-cart, the messages), kept out of stored pages and filled in per visitor (site_config/page_cache.py)."""

from django import template
from django.utils.safestring import mark_safe

from .. import page_cache

register = template.Library()


@register.simple_tag(takes_context=True)
def visitor_part(context, name):
    # The part's HTML comes from its own template, escaped there.
    return mark_safe(page_cache.render_part(name, context.get("request")))  # noqa: S308
