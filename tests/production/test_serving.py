"""What the production settings serve: images (DEBUG off), /healthz, compression and headers."""

import gzip
import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image
from wagtail.models import Collection

from catalogue.models import CatalogueImage

pytestmark = pytest.mark.django_db


@pytest.fixture
def image(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path  # the media route reads MEDIA_ROOT per request
    # transactional tests elsewhere flush migration data, the root collection included
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), "#0b5e5a").save(buffer, "JPEG")
    return CatalogueImage.objects.create(title="Vịnh", file=ImageFile(buffer, name="vinh.jpg"))


def test_uploaded_and_rendered_images_are_served_with_debug_off(client, settings, image):
    assert settings.DEBUG is False and settings.SERVE_MEDIA
    for url in (image.file.url, image.get_rendition("fill-400x300|format-webp").url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("image/")
        assert response["X-Content-Type-Options"] == "nosniff"
        assert "sandbox" in response["Content-Security-Policy"]
        assert "max-age=604800" in response["Cache-Control"]
        assert b"".join(response.streaming_content)[:2] in (b"\xff\xd8", b"RI")


def test_documents_and_missing_files_are_not_served_from_media(client, image, locales):
    assert client.get("/media/documents/secret.pdf").status_code == 404
    assert client.get("/media/original_images/missing.jpg").status_code == 404
    assert client.get("/media/../site_config/settings/base.py").status_code == 404


def test_healthz_reports_database_search_engine_and_task_backlog(client, settings):
    response = client.get("/healthz")
    assert response.status_code == 200
    data = response.json()
    assert data["status"] == "ok" and data["database"]["ok"] and data["search"]["ok"]
    assert data["search"]["engine"] == "elasticsearch"
    assert "search_index_backlog" in data["tasks"]
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_503_when_the_search_engine_is_down(client, settings):
    settings.WAGTAILSEARCH_BACKENDS = {
        **settings.WAGTAILSEARCH_BACKENDS,
        "default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "URLS": ["http://127.0.0.1:1"]},
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    data = response.json()
    assert data["status"] == "unavailable" and data["database"]["ok"] and not data["search"]["ok"]


def test_public_html_is_compressed_and_private_pages_are_not(client, product):
    public = client.get(product.url, HTTP_ACCEPT_ENCODING="gzip")
    assert public["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in public["Vary"]
    assert b"<html" in gzip.decompress(public.content)
    cart = client.get("/vi/cart/", HTTP_ACCEPT_ENCODING="gzip")  # never_cache: carries the visitor's cart
    assert cart.status_code == 200 and not cart.has_header("Content-Encoding")


def test_signed_in_editors_get_uncompressed_pages(client, product, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "e@example.vn", "pw"))
    assert not client.get(product.url, HTTP_ACCEPT_ENCODING="gzip").has_header("Content-Encoding")
    assert not client.get("/admin/", HTTP_ACCEPT_ENCODING="gzip").has_header("Content-Encoding")


def test_every_response_has_a_permissions_policy(client, product):
    for url in (product.url, "/healthz", "/robots.txt"):
        policy = client.get(url)["Permissions-Policy"]
        assert "camera=()" in policy and "geolocation=()" in policy and "microphone=()" in policy
