"""The JSON API answers in JSON, whatever goes wrong.

Django's error pages (404, 405, 400 for a bad Host or a NUL character, and the 500 page or the
debug page) are HTML. A partner's client parsing ``/api/…`` answers must get JSON with the same
shape as the API's own 400s: ``{"error": {"status": 500, "message": "…"}}``. Responses the views
already made in JSON (a 400 naming a parameter, a 429 with ``Retry-After``) pass unchanged.

Installed outermost (settings ``MIDDLEWARE``), so it sees the response of every exception that
Django has already logged and turned into an error page; it only replaces the body.
"""

from collections.abc import Callable
from urllib.parse import urlsplit

from django.http import HttpRequest, JsonResponse
from django.http.response import HttpResponseBase
from django.utils.translation import gettext as _

API_PREFIX = "/api/"
# Headers of the original response worth keeping (the rest describe the HTML body).
KEPT_HEADERS = ("Allow", "Retry-After", "Vary", "X-Robots-Tag")


def error_message(status: int) -> str:
    messages = {
        400: _("Bad request."),
        403: _("Forbidden."),
        404: _("Not found."),
        405: _("Method not allowed."),
    }
    if status in messages:
        return messages[status]
    if status >= 500:
        return _("Internal error: the request could not be answered. Please try again later.")
    return _("The request could not be answered.")


class JsonApiErrorsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if not request.path.startswith(API_PREFIX):
            return response
        if response.status_code >= 400 and not response.get("Content-Type", "").startswith("application/json"):
            return self.as_json(response)
        if response.status_code in (301, 302) and not urlsplit(response.get("Location", "")).path.startswith(
            API_PREFIX
        ):
            # An unknown /api/ path: LocaleMiddleware offers /vi/api/…, an HTML page; it is a 404.
            response.status_code = 404
            return self.as_json(response)
        return response

    @staticmethod
    def as_json(response: HttpResponseBase) -> JsonResponse:
        status = response.status_code
        answer = JsonResponse({"error": {"status": status, "message": error_message(status)}}, status=status)
        for name in KEPT_HEADERS:
            if name in response:
                answer[name] = response[name]
        answer["Cache-Control"] = "no-store"
        return answer
