"""Request hygiene shared by every view."""

from django.conf import settings
from django.http import HttpResponseBadRequest


class RejectNulCharactersMiddleware:
    """Answer 400 to query strings or form fields containing NUL characters.

    PostgreSQL text cannot hold them, so without this any view that filters or saves such a
    value fails with a 500. Nothing legitimate sends them.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if "\x00" in query or "%00" in query:
            return HttpResponseBadRequest("The request contains a NUL character.", content_type="text/plain")
        if request.method == "POST" and request.content_type in self.FORM_TYPES and self._form_has_nul(request):
            return HttpResponseBadRequest("The form contains a NUL character.", content_type="text/plain")
        return self.get_response(request)

    @staticmethod
    def _form_has_nul(request):
        return any("\x00" in value for _key, values in request.POST.lists() for value in values)


class HostAndPathHygieneMiddleware:
    """Refuse a Host header with a port we do not serve on; never treat ``//x`` as a host.

    Django checks the host name against ALLOWED_HOSTS but ignores the port, and every absolute
    URL built from the request (canonical, hreflang, Open Graph, the API's URLs) repeats it: a
    visitor or a cache could be handed links to ``https://shop:6666/``. Ports allowed:
    ``OCOP_ALLOWED_HOST_PORTS`` ("*" for any).

    A path that starts with several slashes (``//evil.com/x``) is a scheme-relative URL to
    another host as soon as anything echoes it into a link (``translate_url``, the language
    switcher, ``build_absolute_uri``). It is served as the single-slash path it means.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        host = request.META.get("HTTP_HOST", "")
        port = self._port(host)
        allowed = settings.OCOP_ALLOWED_HOST_PORTS
        if port is not None and "*" not in allowed and port not in allowed:
            return HttpResponseBadRequest("This host and port are not served here.", content_type="text/plain")
        if request.path_info.startswith("//") or request.path.startswith("//"):
            request.path_info = "/" + request.path_info.lstrip("/")
            request.path = "/" + request.path.lstrip("/")
            request.META["PATH_INFO"] = request.path_info
        return self.get_response(request)

    @staticmethod
    def _port(host):
        # "[::1]:8000" → "8000"; "example.com" → None; a bare IPv6 "[::1]" has no port.
        if host.startswith("["):
            end = host.find("]")
            rest = host[end + 1 :] if end != -1 else ""
            return rest[1:] if rest.startswith(":") else None
        return host.rsplit(":", 1)[1] if ":" in host else None
