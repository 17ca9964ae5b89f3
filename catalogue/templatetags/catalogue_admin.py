"""Template tags for the catalogue's admin screens (not used on the public site)."""

from django import template

from ..models import ProducerPage
from ..publishing import live_products_of as _live_products_of

register = template.Library()


@register.simple_tag
def live_products_of(page):
    """Live products depending on ``page`` when it is a producer's story; else nothing."""
    page = getattr(page, "specific", page)
    if not isinstance(page, ProducerPage):
        return []
    return list(_live_products_of(page))


@register.filter
def is_producer_staff(user):
    """Whether the producers' corner rules apply to ``user`` (catalogue.producer_access)."""
    from ..producer_access import is_producer_staff as rule

    return rule(user)
