from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Catalogue search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save
        from modelsearch.signal_handlers import post_delete_signal_handler
        from wagtail.images import get_image_model
        from wagtail.signals import page_slug_changed, post_page_move

        from catalogue.listing import register_listing
        from catalogue.models import Certification, ProducerPage, ProductGroup, ProductPage, ProductVariant, Region
        from catalogue.signals import stock_changed

        from . import indexing
        from .listing import catalogue_listing

        # The catalogue's listing pages are answered by the one query path (catalogue.listing).
        register_listing(catalogue_listing)
        # The storefront's stock service changes stock by bulk UPDATE (no save signal).
        stock_changed.connect(indexing.on_stock_changed, dispatch_uid="search_stock_changed")

        # modelsearch indexes on post_save, inside the transaction; product pages are indexed on
        # commit instead (search.indexing). This app is listed before modelsearch, so this runs
        # before modelsearch connects its handlers and it skips ProductPage.
        ProductPage.search_auto_update = False
        post_save.connect(indexing.on_product_saved, sender=ProductPage, dispatch_uid="search_product_saved")
        post_delete.connect(post_delete_signal_handler, sender=ProductPage, dispatch_uid="search_product_deleted")
        post_delete.connect(
            indexing.on_product_deleted, sender=ProductPage, dispatch_uid="search_product_translations_deleted"
        )
        for model in (ProductVariant, Certification):
            post_save.connect(
                indexing.on_variant_or_certificate_changed, sender=model, dispatch_uid=f"search_{model.__name__}_saved"
            )
            post_delete.connect(
                indexing.on_variant_or_certificate_changed,
                sender=model,
                dispatch_uid=f"search_{model.__name__}_deleted",
            )
        post_save.connect(indexing.on_producer_saved, sender=ProducerPage, dispatch_uid="search_producer_saved")
        for model in (Region, ProductGroup):
            post_save.connect(indexing.on_taxonomy_saved, sender=model, dispatch_uid=f"search_{model.__name__}_saved")
        post_page_move.connect(indexing.on_page_moved, dispatch_uid="search_page_moved")
        page_slug_changed.connect(indexing.on_page_slug_changed, dispatch_uid="search_page_slug_changed")
        post_save.connect(indexing.on_image_saved, sender=get_image_model(), dispatch_uid="search_image_saved")
