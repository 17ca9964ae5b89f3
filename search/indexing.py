"""Keeping product documents fresh.

A product's search document copies data that is saved elsewhere (variants, certificates, the
producer, the region and group names) and is read by every translation of the product. Each
such change re-indexes every language version of the product. All index writes are done by a
django-tasks task queued with the transaction (``site_config.tasks``: a worker sees it only once
the change is committed, so it never indexes the old row), and never make the edit itself fail: ``search.backend`` records what it could not
write, and :func:`catch_up` (``manage.py search_catch_up``) replays it.

Stock changed by a bulk ``UPDATE`` (the storefront's atomic reservation) sends no save signal:
the storefront sends ``catalogue.signals.stock_changed`` instead (:func:`on_stock_changed`).
"""

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from uuid import UUID

from django_tasks import task
from modelsearch import index

from site_config.tasks import enqueue_with_transaction

if TYPE_CHECKING:
    from django.db.models import Model
    from wagtail.images.models import AbstractImage
    from wagtail.models import Page

    from catalogue.models import Certification, ProducerPage, ProductGroup, ProductPage, ProductVariant, Region

logger = logging.getLogger(__name__)


def products_changed(translation_keys: Iterable[UUID | str]) -> None:
    """Re-index every language version of these products (translation keys), queued with the
    transaction (site_config.tasks): done once it commits, never for a change rolled back."""
    keys = sorted({str(k) for k in translation_keys})
    if keys:
        enqueue_with_transaction(reindex_products_task, keys)


@task()
def reindex_products_task(translation_keys: list[str]) -> None:
    reindex_products(translation_keys)


@task()
def reindex_page_task(page_id: int) -> None:
    # No longer enqueued (saves re-index every translation); kept for tasks already queued.
    from wagtail.models import Page

    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        index.insert_or_update_object(page.specific)


def reindex_products(translation_keys: Iterable[UUID | str]) -> None:
    """Write the current documents of these products (all languages) to every search backend."""
    from catalogue.models import ProductPage

    for page in ProductPage.objects.filter(translation_key__in=translation_keys).select_related("locale"):
        index.insert_or_update_object(page)


@task()
def catch_up_task() -> None:
    catch_up()


def catch_up(limit: int = 10_000) -> tuple[int, int]:
    """Replay index writes that failed: re-index each object as it is now, or remove it if gone.

    Returns (replayed, still pending). Entries are deleted only once their write succeeded.
    """
    from elasticsearch import TransportError
    from modelsearch.backends import get_search_backend

    from .models import IndexBacklog

    backend = get_search_backend()
    done = 0
    for entry in IndexBacklog.objects.select_related("content_type").order_by("failed_at")[:limit]:
        model = entry.content_type.model_class()
        obj = model._default_manager.filter(pk=entry.object_id).first() if model else None
        try:
            if obj is not None and hasattr(obj, "get_indexed_instance"):
                obj = obj.get_indexed_instance()
            if obj is None:
                if model is not None:
                    stub = model(pk=entry.object_id)
                    backend.get_index_for_model(model).delete_item(stub)
            else:
                backend.get_index_for_model(type(obj)).add_item(obj)
        except TransportError:
            logger.warning("Search engine still unreachable; %s stays in the backlog", entry)
            break
        entry.delete()
        done += 1
    return done, IndexBacklog.objects.count()


# --- signal receivers (connected in SearchConfig.ready) ------------------------------------------


def on_product_saved(sender: type["ProductPage"], instance: "ProductPage", raw: bool = False, **kwargs: Any) -> None:
    """Replaces modelsearch's immediate handler for product pages: index on commit.

    Every language version is written again, not only the page saved: each one's document
    carries the titles of the others (``catalogue.product_text.other_titles``).
    """
    if raw:
        return
    products_changed([instance.translation_key])


def on_product_deleted(sender: type["ProductPage"], instance: "ProductPage", **kwargs: Any) -> None:
    """The remaining translations no longer carry the deleted page's title."""
    products_changed([instance.translation_key])


def on_stock_changed(sender: type["Model"], translation_keys: Iterable[UUID | str] = (), **kwargs: Any) -> None:
    """A product sold out or came back into stock (catalogue.signals.stock_changed)."""
    products_changed(translation_keys)


def on_variant_or_certificate_changed(
    sender: type["ProductVariant | Certification"],
    instance: "ProductVariant | Certification",
    raw: bool = False,
    **kwargs: Any,
) -> None:
    if raw:
        return
    from catalogue.models import ProductPage

    key = ProductPage.objects.filter(pk=instance.product_id).values_list("translation_key", flat=True).first()
    if key:
        products_changed([key])


def on_producer_saved(sender: type["ProducerPage"], instance: "ProducerPage", raw: bool = False, **kwargs: Any) -> None:
    if raw:
        return
    from catalogue.models import ProductPage

    keys = ProductPage.objects.filter(producer__translation_key=instance.translation_key).values_list(
        "translation_key", flat=True
    )
    products_changed(set(keys))


def on_taxonomy_saved(
    sender: type["Region | ProductGroup"], instance: "Region | ProductGroup", raw: bool = False, **kwargs: Any
) -> None:
    """A region or group renamed or moved: the products below it carry its name in their text."""
    if raw:
        return
    # catalogue.taxonomy_tree's receiver ran first (catalogue is installed before search): the
    # tree read below already has the change; every process re-reads it after the commit.
    from wagtail.models import Locale

    from catalogue.models import ProductPage, Region

    source = sender.objects.filter(translation_key=instance.translation_key, locale=Locale.get_default()).first()
    if source is None:
        return
    ids = sender.descendant_ids(source)
    field = "region_id__in" if issubclass(sender, Region) else "group_id__in"
    keys = ProductPage.objects.filter(**{field: ids}).values_list("translation_key", flat=True)
    products_changed(set(keys))


def on_page_moved(sender: type["Page"], instance: "Page", **kwargs: Any) -> None:
    """A move changes the paths and URLs of the page and of everything below it, and so the
    URLs of the producers below it, which their products' documents carry (search.cards)."""
    _pages_below_changed(instance)


def on_page_slug_changed(sender: type["Page"], instance: "Page", **kwargs: Any) -> None:
    """A new slug changes the URLs below the page: products and producers (search.cards)."""
    _pages_below_changed(instance)


def _pages_below_changed(page: "Page") -> None:
    from django.db.models import Q

    from catalogue.models import ProductPage

    keys = ProductPage.objects.filter(
        Q(path__startswith=page.path) | Q(producer__path__startswith=page.path)
    ).values_list("translation_key", flat=True)
    products_changed(set(keys))


def on_image_saved(sender: type["AbstractImage"], instance: "AbstractImage", raw: bool = False, **kwargs: Any) -> None:
    """A replaced file or a new focal point changes the card rendition's URL (search.cards)."""
    if raw or not instance.pk:
        return
    from catalogue.models import ProductPage

    products_changed(set(ProductPage.objects.filter(image_id=instance.pk).values_list("translation_key", flat=True)))
