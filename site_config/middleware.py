"""Request hygiene shared by every view."""

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
