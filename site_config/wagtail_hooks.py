"""Admin-wide presentation fixes that belong to no single app."""

import django_filters
from django.utils.translation import gettext as _
from wagtail.admin.active_filters import ActiveFilter, BaseFilterAdapter, register_filter_adapter_class


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
