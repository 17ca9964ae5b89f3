"""The sitemap lists the locality and product-group pages (routable sub-pages of the catalogue)."""

import xml.etree.ElementTree as ET

import pytest

from tests.factories import ProductGroupFactory, RegionFactory

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    return {url.find("s:loc", NS).text: url for url in root.findall("s:url", NS)}


def test_sitemap_lists_locality_and_group_pages_in_every_language(client, product, site_tree, region, group):
    ProductGroupFactory(name="Đồ uống", slug="do-uong")
    RegionFactory(name="Thôn Một", slug="thon-mot", parent=region, kind="ward")  # a commune: no page of its own
    entries = sitemap_entries(client)
    vi = site_tree["catalogue"].get_full_url()
    en = site_tree["catalogue_en"].get_full_url()
    for subpath in ("region/ha-long/", "group/thuc-pham/", "group/do-uong/"):
        assert vi + subpath in entries and en + subpath in entries
        alternates = {link.get("hreflang"): link.get("href") for link in entries[vi + subpath].findall("x:link", NS)}
        assert alternates == {"vi": vi + subpath, "en": en + subpath}
    assert vi + "region/thon-mot/" not in entries
    assert vi + "region/quang-ninh/" not in entries  # the province is the whole catalogue


def test_every_locality_and_group_url_in_the_sitemap_answers(client, product, site_tree):
    for location in sitemap_entries(client):
        if "/region/" in location or "/group/" in location:
            assert client.get(location.removeprefix("http://testserver")).status_code == 200, location
