"""SITE_URL is the one host of every absolute URL: canonical, hreflang, Open Graph, JSON-LD, sitemap,
robots.txt, whatever Host header the request came in with."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

SITE = "https://ocop.example.vn"
PROXY_HOST = {"HTTP_HOST": "10.0.0.7:8000"}  # the address a load balancer talks to


@pytest.fixture
def on_site_url(settings):
    settings.SITE_URL = SITE
    call_command("bootstrap_site", verbosity=0)  # the Site record follows SITE_URL


def absolute_urls(html):
    found = re.findall(r'(?:href|content)="(https?://[^"]+)"', html)
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        found += re.findall(r'"(https?://[^"]+)"', json.dumps(json.loads(block)))
    return found


def test_page_head_and_json_ld_use_site_url_only(client, product, product_en, on_site_url):
    html = client.get(product.url, **PROXY_HOST).content.decode()
    assert f'<link rel="canonical" href="{SITE}{product.url}">' in html
    assert f'<meta property="og:url" content="{SITE}{product.url}">' in html
    assert f'<link rel="alternate" hreflang="en" href="{SITE}{product_en.url}">' in html
    ld = next(
        json.loads(b)
        for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        if json.loads(b)["@type"] in ("Product", "ProductGroup")  # two variants: a ProductGroup
    )
    assert ld["url"] == f"{SITE}{product.url}"
    assert ld["manufacturer"]["url"].startswith(f"{SITE}/")
    urls = [u for u in absolute_urls(html) if not u.startswith("https://schema.org")]
    assert urls and [u for u in urls if not u.startswith(f"{SITE}/")] == []


def test_sitemap_and_robots_use_site_url(client, product, product_en, on_site_url):
    root = ET.fromstring(client.get("/sitemap.xml", **PROXY_HOST).content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locations = [loc.text for loc in root.findall("s:url/s:loc", ns)]
    alternates = [link.get("href") for link in root.findall("s:url/x:link", ns)]
    assert f"{SITE}{product.url}" in locations and f"{SITE}{product_en.url}" in alternates
    assert all(url.startswith(f"{SITE}/") for url in locations + alternates)
    assert f"Sitemap: {SITE}/sitemap.xml" in client.get("/robots.txt", **PROXY_HOST).content.decode()
