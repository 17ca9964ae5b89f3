"""Site-wide views: sitemap with language alternates, robots.txt, health check, error pages."""

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from .health import health_report
from .site_url import absolute_url
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
        # Search pages with one parameter are crawled: a query's first page may be indexed when
        # it is made of the catalogue's own words (search.results.is_landing_page), every other
        # says noindex; two or more parameters (filters, sort, later pages) are not crawled.
        "Disallow: /*/search/*&",
        "Disallow: /*/cart/",
        "Disallow: /*/checkout/",
        "Disallow: /*/orders/",
        "Disallow: /api/",
        f"Sitemap: {absolute_url('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
@never_cache
def healthz(request):
    """Database, search engine and task backlog as JSON; 503 when a dependency is down (health.py)."""
    report, status = health_report()
    return JsonResponse(report, status=status)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Plain template, no context processors that touch the database: the database may be the problem.
    from django.template import loader

    return HttpResponse(loader.get_template("500.html").render({}), status=500)
