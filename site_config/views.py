"""Site-wide views: sitemap with language alternates, robots.txt, health check, error pages."""

from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from .sitemaps import TranslatedSitemap


@require_GET
def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": TranslatedSitemap(request)})


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        "Disallow: /*/cart/",
        "Disallow: /*/checkout/",
        "Disallow: /*/orders/",
        "Disallow: /api/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Plain template, no context processors that touch the database: the database may be the problem.
    from django.template import loader

    return HttpResponse(loader.get_template("500.html").render({}), status=500)
