"""Small pieces shared by the shop's admin listings."""

from django.utils.translation import gettext
from wagtail.admin.ui.tables import BooleanColumn

from site_config.money import format_vnd


def yes_no(value):
    return gettext("Yes") if value else gettext("No")


class ReadableInspectMixin:
    """Inspect views that show money formatted ("120.000 ₫") and booleans as yes/no."""

    def get_field_display_value(self, field_name, field):
        value = getattr(self.object, field_name, None)
        if field_name.endswith("_vnd") and isinstance(value, int):
            return format_vnd(value)
        if isinstance(value, bool):
            return yes_no(value)
        if value is None:
            return "—"  # not yet (paid at, tracking number...): never Python's "None"
        return super().get_field_display_value(field_name, field)


class YesNoColumn(BooleanColumn):
    """A tick or a cross with "Yes"/"No" in the staff member's language (Wagtail's own column
    says "True"/"False" to screen readers)."""

    cell_template_name = "storefront/admin/yes_no_cell.html"
