"""Links never lead to another host: ``//evil.com/x`` paths and Host headers with odd ports."""

import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def get_raw_path(client, path, **extra):
    # client.get() would parse "//evil.com/x" as a URL and send "/x" to host evil.com; send the
    # path as a browser or a bot does, verbatim.
    return client.request(PATH_INFO=path, REQUEST_METHOD="GET", QUERY_STRING="", **extra)


def links(html):
    hrefs = re.findall(r'(?:href|content|action)="([^"]*)"', html)
    return [h for h in hrefs if h.startswith(("/", "http"))]


@pytest.mark.parametrize("path", ["//evil.com/x", "///evil.com/x", "//evil.com/vi/", "//evil.com"])
def test_a_double_slash_path_never_produces_links_to_another_host(site_tree, path):
    response = get_raw_path(Client(), path, HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code in (404, 301, 302)
    html = response.content.decode()
    location = response.get("Location", "")
    assert not location.startswith("//") and "evil.com/" not in location.split("/")[2:3]
    for url in links(html) + ([location] if location else []):
        assert not url.startswith("//"), url
        if url.startswith("http"):
            assert url.split("/")[2] == "testserver", url


def test_the_404_of_a_double_slash_path_links_to_this_site(site_tree):
    response = get_raw_path(Client(), "//evil.com/x")
    assert response.status_code == 404
    html = response.content.decode()
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html)
    assert canonical is None or canonical.group(1).startswith("http://testserver/")
    for code in ("vi", "en"):
        switch = re.search(rf'<a href="([^"]+)" hreflang="{code}"', html)
        assert switch and switch.group(1).startswith("/") and not switch.group(1).startswith("//")


@pytest.fixture
def strict_ports(settings):
    settings.ALLOWED_HOSTS = ["shop.example.vn", "testserver"]
    settings.OCOP_ALLOWED_HOST_PORTS = ["8000"]


def test_a_host_with_an_arbitrary_port_is_refused(site_tree, strict_ports):
    for host in ("shop.example.vn:6666", "shop.example.vn:", "[::1]:6666"):
        response = Client().get("/vi/", HTTP_HOST=host)
        assert response.status_code == 400, host
        assert b"6666" not in response.content


def test_the_served_port_and_a_bare_host_are_accepted_and_canonical_stays_on_site_url(site_tree, strict_ports):
    for host in ("shop.example.vn", "shop.example.vn:8000"):
        response = Client().get("/vi/", HTTP_HOST=host)
        assert response.status_code == 200, host
        canonical = re.search(r'<link rel="canonical" href="([^"]+)"', response.content.decode()).group(1)
        assert canonical == "http://testserver/vi/"  # SITE_URL (test settings), whatever the Host said


def test_the_api_refuses_an_arbitrary_port_too(site_tree, strict_ports):
    response = Client().get("/api/v1/search/", {"q": "trà"}, HTTP_HOST="shop.example.vn:6666")
    assert response.status_code == 400
