"""How catalogue content is shown: OCOP stars, story videos.

Stock levels are ``ProductVariant.stock_level`` (one threshold, catalogue/models/variants.py)."""

import re

from django import template

register = template.Library()


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
