"""Admin-wide presentation fixes that belong to no single app, and the second step of the admin
login (TOTP code)."""

import django_filters
from django.db import models
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.active_filters import ActiveFilter, BaseFilterAdapter, register_filter_adapter_class
from wagtail.admin.ui.fields import BaseFieldDisplay, register_display_class

from .login_security import second_factor_view
from .memo import locale_by_id


class BooleanFilterAdapter(BaseFilterAdapter):
    """An active yes/no filter reads "Đang bán: Có", not the raw "Đang bán: True"."""

    def get_active_filters(self):
        yield ActiveFilter(
            self.bound_field.auto_id,
            self.filter.label,
            _("Yes") if self.value else _("No"),
            self.get_url_without_filter_param(self.name),
        )


register_filter_adapter_class(django_filters.BooleanFilter, BooleanFilterAdapter)


class YesNoDisplay(BaseFieldDisplay):
    """A yes/no field on an inspect page reads "Có"/"Không" (list cells: templates/wagtailadmin/tables/cell.html)."""

    def render_html(self, parent_context=None):
        if self.value is None:
            return "—"
        return _("Yes") if self.value else _("No")


register_display_class(models.BooleanField, display_class=YesNoDisplay)


def _label_chooser_locale_filter():
    """Wagtail 8.0's chooser modals add a language filter without a label, so Django shows the
    field name, "Locale", in English above it; give it the translated label Wagtail uses elsewhere."""
    from wagtail.admin.forms.choosers import LocaleFilterMixin

    if getattr(LocaleFilterMixin, "_ocop_labelled", False):
        return
    unlabelled_init = LocaleFilterMixin.__init__

    def __init__(self, *args, **kwargs):
        unlabelled_init(self, *args, **kwargs)
        if "locale" in self.fields:
            self.fields["locale"].label = gettext_lazy("Locale")

    LocaleFilterMixin.__init__ = __init__
    LocaleFilterMixin._ocop_labelled = True


_label_chooser_locale_filter()


@hooks.register("register_admin_urls")
def register_second_factor_url():
    return [path("second-factor/", second_factor_view, name="admin_second_factor")]


@hooks.register("before_serve_page")
def served_page_locale_from_the_cache(page, request, serve_args, serve_kwargs):
    """The served page's ``locale`` from the cached locales (site_config.memo): its templates and
    listings read ``page.locale``, a query per page otherwise."""
    if "locale" not in page._state.fields_cache:
        locale = locale_by_id(page.locale_id)
        if locale is not None:
            page._state.fields_cache["locale"] = locale
