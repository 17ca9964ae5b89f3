"""Small pieces shared by the shop's admin listings."""

from wagtail.admin.ui.tables import BooleanColumn


class YesNoColumn(BooleanColumn):
    """A tick or a cross with "Yes"/"No" in the staff member's language (Wagtail's own column
    says "True"/"False" to screen readers)."""

    cell_template_name = "storefront/admin/yes_no_cell.html"
