"""Publishing rules that span pages: a product depends on its producer's page.

A product links to its producer's story three times (summary, "Made by", JSON-LD). When the
producer's page is unpublished those links would answer 404; the templates then show the
name without a link, and the editor unpublishing the producer is told which live products
depend on it and may unpublish them in the same step (``unpublish_products_of``).
"""

from wagtail.actions.unpublish_page import UnpublishPageAction

from .models import ProducerPage, ProductPage


def live_products_of(producer):
    """Live products whose producer is ``producer``, in ``producer``'s language and its translations'."""
    return (
        ProductPage.objects.live()
        .filter(producer__translation_key=producer.translation_key)
        .select_related("locale")
        .order_by("locale__language_code", "title")
    )


def unpublish_products_of(producer, user=None):
    """Unpublish the live products of every language version of ``producer`` that is not live.

    Returns the pages unpublished. A product whose producer is still live in its language
    (the producer was unpublished in another language only) stays live.
    """
    producer_versions = ProducerPage.objects.filter(translation_key=producer.translation_key)
    dead_locales = {p.locale_id for p in producer_versions if not p.live}
    unpublished = []
    for product in live_products_of(producer).filter(locale_id__in=dead_locales):
        UnpublishPageAction(product, user=user).execute(skip_permission_checks=True)
        unpublished.append(product)
    return unpublished
