"""Editor panels of the catalogue's pages."""

from wagtail.admin.panels import Panel
from wagtail.models import Locale


class TranslationStatusPanel(Panel):
    """Says, on a page and on its translations, that the translations are out of date, what
    changed in the source, and offers to update them (catalogue/translation_status.py)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "catalogue/admin/translation_status_panel.html"

        def stale(self):
            if not hasattr(self, "_stale"):
                from .translation_status import stale_for_page

                self._stale = stale_for_page(self.instance) if self.instance.pk else None
            return self._stale

        def is_shown(self):
            return bool(self.stale())

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["stale"] = self.stale()
            context["is_source"] = self.instance.locale_id == Locale.get_default().pk
            return context
