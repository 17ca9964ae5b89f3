"""The admin of a producer's staff is the producers' corner: every other admin URL is refused.

Default deny: a member of the Producers group may open only the screens built for them, the
page editor of their own pages and the few general screens (``producer_access.allowed_admin_view``).
Wagtail's page explorer, its admin search, the page chooser, bulk actions, snippets, exports and the
admin API would otherwise list other producers' pages (Wagtail lists every child and every search
hit, whatever the page permissions).
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse

from .producer_access import allowed_admin_view, is_producer_staff

LANDINGS = {"wagtailadmin_home", "wagtailadmin_explore", "wagtailadmin_explore_root"}


class ProducerCornerMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self._admin_root = None

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if self._admin_root is None:
            self._admin_root = reverse("wagtailadmin_home")
        if not request.path_info.startswith(self._admin_root) or not is_producer_staff(request.user):
            return None
        match = request.resolver_match
        if match.view_name in LANDINGS:
            # The dashboard, and the explorer Wagtail returns to after a save or a submission:
            # their corner instead (with Wagtail's message about what just happened).
            return redirect("producer_corner:index")
        if not allowed_admin_view(request.user, match):
            raise PermissionDenied
        return None
