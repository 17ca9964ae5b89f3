"""Wholesale enquiries in the Wagtail admin: listed newest first, filtered by status, searched by
company, name or e-mail; staff change the status (new → answered → closed) and keep notes. What
the buyer wrote is shown read-only; enquiries are never created in the admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from ..models import WholesaleEnquiry


class NoAddingPolicy(ModelPermissionPolicy):
    """Enquiries come from the public form only."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [action for action in actions if action != "add"])

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action != "add"])


def _read_only(*names):
    return [FieldPanel(name, read_only=True) for name in names]


class WholesaleEnquiryViewSet(ModelViewSet):
    model = WholesaleEnquiry
    icon = "mail"
    menu_label = _("Wholesale enquiries")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["created_at", "company", "contact_name", "country", "subject", "status"]
    list_filter = ["status"]
    search_fields = ["company", "contact_name", "email", "subject"]
    search_backend_name = None  # plain database look-ups: enquiries are not in the search index
    list_export = [
        "created_at",
        "status",
        "subject",
        "quantity",
        "unit",
        "country",
        "company",
        "contact_name",
        "email",
        "phone",
        "message",
    ]
    inspect_view_enabled = True
    panels = [
        FieldRowPanel([FieldPanel("status"), *_read_only("created_at")]),
        FieldPanel("staff_notes"),
        MultiFieldPanel(
            _read_only("subject", "quantity", "unit", "country", "company", "contact_name", "email", "phone", "message")
            + _read_only("language"),
            heading=_("The enquiry"),
        ),
    ]
