from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteConfigConfig(AppConfig):
    name = "site_config"
    verbose_name = _("Site configuration")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib.messages.storage.session import SessionStorage

        from . import content_version, page_cache
        from .memo import install_locale_memo, install_site_memo, install_view_restrictions_memo

        install_locale_memo()
        install_view_restrictions_memo()
        install_site_memo()
        content_version.connect_signals()
        page_cache.visitor_part("messages", page_cache.messages_html, session_keys=[SessionStorage.session_key])
