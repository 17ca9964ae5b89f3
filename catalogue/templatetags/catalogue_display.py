"""How catalogue content is shown: OCOP stars, story videos.

Stock levels are ``ProductVariant.stock_level`` (one threshold, catalogue/models/variants.py)."""

import re
from hashlib import sha1

from django import template
from django.utils.translation import get_language
from wagtail.models import Site

from site_config.content_version import cached_many
from site_config.memo import request_locale

from ..listing import ListedProducts, card_facts
from .catalogue_l10n import producer_names

register = template.Library()

CARD_TEMPLATE = "catalogue/includes/product_card.html"


@register.simple_tag(takes_context=True)
def product_cards(context, products, heading_tag=""):
    """The HTML of a product card for each of ``products`` (pages annotated by a listing, a page
    of them, or a search's ``catalogue.listing.ListedProducts``), kept per content version.

    A card shows nothing of the visitor's own (no form, no token), only the product's page
    fields, which change with a publish (raising the content version), and what the listing
    computed for it (``catalogue.listing.CardFacts``: price, stock, current stars), which are
    part of the key: so a card is the same for every visitor of a language and site until one of
    them changes. All the cards of a list are read in one cache round trip; only the products
    whose card is not found are loaded (a search's listing names its products without pages)
    and rendered as the include would.
    """
    products = getattr(products, "object_list", products)  # a Paginator page or a ResultPage
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    language = get_language()
    if isinstance(products, ListedProducts):
        facts, pages = products.facts, products.pages
    else:
        listed = list(products or [])
        facts = [card_facts(product) for product in listed]

        def pages(wanted):
            keep = {fact.pk for fact in wanted}
            return [product for product in listed if product.pk in keep]

    keyed = {}
    for fact in facts:
        shown = (language, site.pk if site else None, heading_tag, *fact)
        keyed[f"card:{sha1(repr(shown).encode()).hexdigest()}"] = fact
    card = context.template.engine.get_template(CARD_TEMPLATE)

    def render(names):
        found = pages([keyed[name] for name in names])
        names_of = producer_names(found, request_locale(request))
        by_pk = {product.pk: (product, name) for product, name in zip(found, names_of, strict=True)}
        cards = {}
        for name in names:
            if keyed[name].pk not in by_pk:
                continue  # deleted since the engine indexed it
            product, producer_name = by_pk[keyed[name].pk]
            with context.push(product=product, producer_name=producer_name, heading_tag=heading_tag or None):
                cards[name] = card.render(context)
        return cards

    html = cached_many(keyed, render)
    return [html[name] for name in keyed if html[name] is not None]


@register.inclusion_tag("includes/stars.html")
def star_rating(stars, size="md"):
    stars = stars or 0
    return {"stars": stars, "range": range(1, 6), "size": size}


_YOUTUBE = re.compile(
    r"(?:youtube(?:-nocookie)?\.com/(?:watch\?(?:.*&)?v=|embed/|shorts/|live/)|youtu\.be/)([A-Za-z0-9_-]{11})"
)
_VIMEO = re.compile(r"vimeo\.com/(?:video/)?(\d+)")


@register.filter
def video_embed_url(url):
    """The privacy-friendly player address of a YouTube or Vimeo link, or "".

    Building the iframe ourselves avoids an oEmbed request to the provider while the page
    renders (slow, and a stall when the provider cannot be reached); the browser loads the
    player lazily, from the hosts the Content-Security-Policy allows in frame-src.
    """
    url = str(url or "")
    match = _YOUTUBE.search(url)
    if match:
        return f"https://www.youtube-nocookie.com/embed/{match.group(1)}"
    match = _VIMEO.search(url)
    if match:
        return f"https://player.vimeo.com/video/{match.group(1)}?dnt=1"
    return ""


@register.simple_tag
def elided_page_range(page):
    """The page numbers a pagination bar shows around ``page`` (a Django ``Page``): the first, the
    last, two on each side of the current one, ``Paginator.ELLIPSIS`` for the gaps.

    Django's own ``get_elided_page_range``: the bar costs the same for 3 pages or 4,000 (looping
    over ``page_range`` in the template cost 150 ms a listing at 100,000 products).
    """
    return page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
