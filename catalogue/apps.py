from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "catalogue"
    verbose_name = _("Catalogue")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .models import ProductGroup, Region
        from .slugs import use_vietnamese_slug_input
        from .taxonomy_tree import on_node_changed

        use_vietnamese_slug_input()
        # Fairs open and close with the clock: stored pages are keyed on the current period.
        from site_config.page_cache import vary_on_clock

        from .fairs.attendance import clock_period

        vary_on_clock(clock_period)
        for model in (Region, ProductGroup):
            post_save.connect(on_node_changed, sender=model, dispatch_uid=f"taxonomy_tree_{model.__name__}_saved")
            post_delete.connect(on_node_changed, sender=model, dispatch_uid=f"taxonomy_tree_{model.__name__}_deleted")

        # The producers' corner: a saved product is editable by its producer's team only.
        from .models import ProductPage
        from .producer_access import on_product_saved

        post_save.connect(on_product_saved, sender=ProductPage, dispatch_uid="producer_team_product_saved")
