"""Template side of ``catalogue.l10n`` and of per-language text on catalogue pages:
dates, numbers, issuers, names of regions and groups, alternative text of images, producer
names on product cards."""

from hashlib import sha1

from django import template
from django.conf import settings
from django.utils.translation import get_language

from site_config.content_version import cached
from site_config.memo import request_locale

from ..l10n import format_long_date, format_number, official_name

register = template.Library()


@register.filter
def long_date(day):
    return format_long_date(day)


@register.filter
def number(value):
    return format_number(value)


@register.filter(name="official_name")
def official_name_filter(name):
    """A certificate issuer's or the site owner's official name in the active language."""
    return official_name(name)


@register.simple_tag(takes_context=True)
def term(context, obj):
    """The name of a region or product group in the visitor's language.

    Same result as ``{{ obj|localized }}`` without a query: the names come from the taxonomy
    tree's snapshot (catalogue.taxonomy_tree), shared by every process.
    """
    if obj is None:
        return ""
    return obj.name_in(request_locale(context.get("request")).pk)


@register.filter
def image_alt_for(image, page):
    """Alternative text of an image shown on ``page``, in the page's language.

    Images are shared by every translation and their description is written in the source
    language (Vietnamese). The alt text an editor typed for this use of the image (an ImageBlock
    in a translated StreamField) is translated with the page and wins; otherwise, on a
    source-language page, the image's description or title; on a translated page, the page's own
    translated title (the main photo shows the product or the producer it is about).
    """
    if not image:
        return ""
    contextual = getattr(image, "contextual_alt_text", None)
    if contextual and not getattr(image, "decorative", False):
        return contextual
    language = getattr(getattr(page, "locale", None), "language_code", None) or get_language()
    if language == settings.LANGUAGE_CODE or page is None:
        return getattr(image, "description", "") or getattr(image, "title", "") or ""
    return getattr(page, "title", "") or ""


def producer_names(products, locale):
    """The name of each product's producer in ``locale``, for the product cards (in order; "" for
    a product without one).

    A product's producer is synchronised across languages (it points at the Vietnamese
    producer page); the card shows the producer page's translation in the visitor's language
    when there is a live one. One query for the whole list (none when every producer is
    already in that language).
    """
    from ..models import ProducerPage

    products = list(products or [])
    keys = {p.producer.translation_key for p in products if p.producer_id and p.producer.locale_id != locale.pk}
    names = {}
    if keys:
        digest = sha1(",".join(sorted(map(str, keys))).encode()).hexdigest()
        names = cached(
            f"producer-names:{locale.pk}:{digest}",
            lambda: dict(
                ProducerPage.objects.live()
                .filter(locale=locale, translation_key__in=keys)
                .values_list("translation_key", "title")
            ),
        )
    return [names.get(p.producer.translation_key, p.producer.title) if p.producer_id else "" for p in products]


@register.simple_tag(takes_context=True)
def block_image_alt(context, image, caption=""):
    """Alt text of an image inside a story (StreamField): the editor's alt text for this use, then,
    on a translated page, the block's translated caption; else as ``image_alt_for``."""
    page = context.get("page")
    contextual = getattr(image, "contextual_alt_text", None)
    if contextual and not getattr(image, "decorative", False):
        return contextual
    language = getattr(getattr(page, "locale", None), "language_code", None) or get_language()
    if caption and language != settings.LANGUAGE_CODE:
        return caption
    return image_alt_for(image, page)
