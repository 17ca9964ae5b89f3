"""URLs: admin, webhooks and machine endpoints outside the language prefix; pages inside."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from . import views

urlpatterns = [
    path(settings.OCOP_ADMIN_PATH, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("healthz", views.healthz, name="healthz"),
    path("", include("search.api_urls")),
    path("", include("storefront.webhook_urls")),
    # Partner product feeds (catalogue.feed_views)
    path("", include("catalogue.feed_urls")),
]

if settings.SERVE_MEDIA and not settings.STORAGES["default"]["BACKEND"].startswith("storages."):
    # A real route (static() does nothing when DEBUG is off): see site_config/media.py.
    from .media import media_urlpatterns

    urlpatterns += media_urlpatterns(settings.MEDIA_URL)

urlpatterns += i18n_patterns(
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("search/", include("search.urls")),
    path("", include("storefront.urls")),
    path("", include("catalogue.urls")),  # wholesale enquiries
    path("", include("catalogue.stamp_urls")),  # traceability stamps: /vi/verify/<code>/
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "site_config.views.page_not_found"
handler500 = "site_config.views.server_error"
