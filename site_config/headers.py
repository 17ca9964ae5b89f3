"""Response headers and compression for every response (production and tests alike).

``PermissionsPolicyMiddleware``: the browser features the site never uses are switched off for it
and for anything it embeds (the policy is ``settings.PERMISSIONS_POLICY``).

``SafeGZipMiddleware``: HTML, JSON, XML and text are gzip-compressed, except where compression
could leak a secret (BREACH: an attacker who can make a victim's browser request a page that
reflects attacker-chosen input next to a secret learns the secret from the compressed sizes).
Decided as follows:

* Not compressed: the admin (``/admin/``), any request of a signed-in user (editors' previews and
  drafts), and responses marked private or no-store (the cart, checkout and order pages, which
  carry a customer's address and the order's token).
* Compressed: public pages for anonymous visitors. Their only secret is the CSRF token of the
  add-to-cart and search forms, which Django masks with a fresh random value in every response
  (so there is no constant secret to guess), and Django's GZipMiddleware pads every compressed
  response with random bytes (Heal The Breach), which blurs the sizes further.
* Static files are compressed ahead of time by WhiteNoise; images are never compressed again.
"""

from django.conf import settings
from django.middleware.gzip import GZipMiddleware

COMPRESSIBLE_TYPES = (
    "text/html",
    "text/plain",
    "text/css",
    "text/javascript",
    "text/xml",
    "application/json",
    "application/xml",
    "application/javascript",
    "application/rss+xml",
)


class SafeGZipMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if not self._safe_to_compress(request, response):
            return response
        return super().process_response(request, response)

    @staticmethod
    def _safe_to_compress(request, response):
        content_type = response.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type not in COMPRESSIBLE_TYPES:
            return False
        if request.path_info.startswith("/admin/"):
            return False
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return False
        cache_control = response.get("Cache-Control", "").lower()
        return "private" not in cache_control and "no-store" not in cache_control


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = getattr(settings, "PERMISSIONS_POLICY", "")

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = self.policy
        return response
