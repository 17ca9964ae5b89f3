"""Uploaded and rendered images served by the application (``SERVE_MEDIA=1``, one host).

Django's ``static()`` helper adds no URL at all when DEBUG is off, so production needs a real
route. Only the image folders Wagtail writes are served: ``original_images/`` and ``images/``
(renditions). Documents stay behind Wagtail's own view (``/documents/<id>/<name>``), which checks
the privacy of the page or collection they belong to; their files are never reachable here.

Headers: file names are unique (Wagtail never overwrites an upload and names renditions after the
filter), so responses are cacheable for a week by browsers and a CDN; ``nosniff`` and a sandboxing
Content-Security-Policy make sure an uploaded file is only ever an image to the browser.
With several app servers, use S3-compatible storage (``MEDIA_S3_BUCKET``) instead.
"""

from django.conf import settings
from django.http import Http404
from django.urls import re_path
from django.utils.cache import patch_cache_control
from django.views.static import serve

SERVED_FOLDERS = ("original_images/", "images/")
MAX_AGE = 7 * 24 * 3600
MEDIA_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"


def serve_media(request, path):
    if not path.startswith(SERVED_FOLDERS) or request.method not in ("GET", "HEAD"):
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)  # read per request, not at import
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = MEDIA_CSP
    return response


def media_urlpatterns(media_url):
    """The media route, when media are local files under a local URL prefix (``/media/``)."""
    if not media_url.startswith("/") or media_url.startswith("//"):
        return []  # media on another host (CDN, object storage): nothing to serve here
    prefix = media_url.strip("/")
    return [re_path(rf"^{prefix}/(?P<path>.+)$", serve_media, name="media")]
