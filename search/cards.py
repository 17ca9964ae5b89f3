"""What a search result row shows, kept in the product's search document (``ocop_card``).

The JSON API answers its rows from the documents' ``_source`` instead of loading pages: the page's
URL path, its producer (name and URL path, in the page's language when that translation is
live), region and group (slug and name in the page's language) and the card image's rendition
URL. Price, stock, stars and the title are in the document already. Keeping these copies fresh is
``search.indexing``'s job: a product, its translations, its producer, a region or group, a page
above them (slug change or move) or its image changing re-indexes the products concerned.
"""

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wagtail.images.models import AbstractImage
    from wagtail.models import Page

    from catalogue.models import ProductPage
    from catalogue.taxonomy_tree import Tree

logger = logging.getLogger(__name__)

CARD_IMAGE_SPEC = "fill-400x300|format-webp"


def url_path(page: "Page") -> str | None:
    """The page's URL on its site, without scheme and host ("/vi/san-pham/cha-muc/"), or None."""
    parts = page.get_url_parts()
    return parts[2] if parts else None


def image_url(image: "AbstractImage | None") -> str | None:
    """The card rendition's URL (created if missing), or None when the file cannot be read."""
    from wagtail.images.models import SourceImageIOError

    if image is None:
        return None
    try:
        return image.get_rendition(CARD_IMAGE_SPEC).url
    except (SourceImageIOError, OSError, ValueError):
        logger.warning("No card rendition for image %s", image.pk)
        return None


class CardContext:
    """Producers and images of a batch of product pages, in a constant number of queries."""

    def __init__(self, pages: Sequence["ProductPage"]) -> None:
        from django.db.models import Q
        from wagtail.images import get_image_model
        from wagtail.models import Locale

        from catalogue.models import ProducerPage

        self.locales = {locale.pk: locale for locale in Locale.objects.all()}
        for page in pages:  # get_url_parts reads the locale: no query per page
            page.locale = self.locales[page.locale_id]
        producer_ids = {p.producer_id for p in pages if p.producer_id}
        producers = list(ProducerPage.objects.filter(pk__in=producer_ids).select_related("locale"))
        keys = {p.translation_key for p in producers}
        self.producers = {p.pk: p for p in producers}
        self.translations = {
            (p.translation_key, p.locale_id): p
            for p in ProducerPage.objects.filter(Q(translation_key__in=keys) & Q(live=True))
            .exclude(pk__in=producer_ids)
            .select_related("locale")
        }
        for producer in producers:
            if producer.live:
                self.translations[(producer.translation_key, producer.locale_id)] = producer
        image_ids = {p.image_id for p in pages if p.image_id}
        images = get_image_model().objects.filter(pk__in=image_ids).prefetch_renditions(CARD_IMAGE_SPEC)
        self.images = {image.pk: image_url(image) for image in images} if image_ids else {}

    def producer(self, page: "ProductPage") -> dict[str, str | None] | None:
        """{"name", "url"} of the product's producer as the API shows it, or None."""
        source = self.producers.get(page.producer_id)
        if source is None:
            return None
        producer = self.translations.get((source.translation_key, page.locale_id), source)
        return {"name": producer.title, "url": url_path(producer) if producer.live else None}


def node_card(tree: "Tree", node_id: int | None, locale_id: int) -> dict[str, str] | None:
    """{"slug", "name"} of a region or group (a ``catalogue.taxonomy_tree.Tree`` node) in
    ``locale_id`` (its own name where untranslated), or None."""
    node = tree.nodes.get(node_id)
    if node is None:
        return None
    return {"slug": node.slug, "name": tree.name(node_id, locale_id)}


def product_card(page: "ProductPage", context: CardContext, regions: "Tree", groups: "Tree") -> dict[str, Any]:
    """The ``ocop_card`` object of a product's document."""
    return {
        "url": url_path(page),
        "producer": context.producer(page),
        "region": node_card(regions, page.region_id, page.locale_id),
        "group": node_card(groups, page.group_id, page.locale_id),
        "image": context.images.get(page.image_id),
    }
