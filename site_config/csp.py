"""Which Content-Security-Policy a response gets: the one place that decides.

The public site runs under ``CONTENT_SECURITY_POLICY``; everything under the admin path
(``OCOP_ADMIN_PATH``) runs under ``CONTENT_SECURITY_POLICY_ADMIN``, which lets Wagtail's own
inline scripts (choosers, date pickers, modals) and avatars work. Both are enforced. django-csp 4
ignores a top-level ``CONTENT_SECURITY_POLICY_EXCLUDE_URL_PREFIXES`` (see shared pitfalls), so the
split is made here rather than by excluding the admin from any policy.
"""

from csp.middleware import CSPMiddleware as BaseCSPMiddleware
from csp.utils import default_config
from django.conf import settings


def admin_prefix():
    return "/" + getattr(settings, "OCOP_ADMIN_PATH", "admin/").strip("/") + "/"


def is_admin_path(path):
    return path.startswith(admin_prefix())


class CSPMiddleware(BaseCSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        return parts
