from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteConfigConfig(AppConfig):
    name = "site_config"
    verbose_name = _("Site configuration")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import content_version
        from .memo import install_locale_memo, install_site_memo, install_view_restrictions_memo

        install_locale_memo()
        install_view_restrictions_memo()
        install_site_memo()
        content_version.connect_signals()
