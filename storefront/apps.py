from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StorefrontConfig(AppConfig):
    name = "storefront"
    verbose_name = _("Shop")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from site_config import page_cache

        from . import emails  # noqa: F401  (connects the email receivers)
        from .context_processors import mini_cart_html
        from .services.cart import SESSION_KEY
        from .views import CHECKOUT_KEY, PLACED_KEY

        # Stored pages serve buyers too: the mini-cart is filled in per visitor, and the checkout's
        # own keys are shown on no page.
        page_cache.visitor_part("mini-cart", mini_cart_html, session_keys=[SESSION_KEY])
        page_cache.session_keys_not_shown(CHECKOUT_KEY, PLACED_KEY)

    def warm_up(self):
        """Called by site_config.warmup before gunicorn forks: the checkout's option lists."""
        from django.conf import settings

        from .forms import prepare_checkout_options

        prepare_checkout_options([code for code, _name in settings.LANGUAGES])
