"""`manage.py bootstrap_site` on an existing database: languages from configuration, the Site from
SITE_URL, the reference data; run twice, it changes nothing the second time."""

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Site

from catalogue.models import ProductGroup, Region

pytestmark = pytest.mark.django_db

LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English"), ("ko", "한국어")]


def snapshot():
    return {
        "locales": sorted(Locale.objects.values_list("language_code", flat=True)),
        "sites": list(Site.objects.values_list("hostname", "port", "root_page_id", "is_default_site")),
        "regions": Region.objects.count(),
        "groups": ProductGroup.objects.count(),
    }


def test_bootstrap_adds_a_language_and_follows_site_url_on_an_existing_database(client, product, settings):
    home = product.get_parent().get_parent()
    settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
    settings.SITE_URL = "https://ocop.example.vn"

    call_command("bootstrap_site", verbosity=0)

    first = snapshot()
    assert first["locales"] == ["en", "ko", "vi"]
    assert first["sites"] == [("ocop.example.vn", 443, home.pk, True)]
    assert Site.objects.get().root_url == "https://ocop.example.vn"
    vi = Locale.objects.get(language_code="vi")
    assert Region.objects.filter(locale=vi, slug="ha-long", parent__slug="quang-ninh").exists()
    assert Region.objects.filter(locale=vi, kind="ward").count() >= 54
    assert ProductGroup.objects.filter(locale=vi, parent=None).count() == 6
    assert Region.objects.filter(locale__language_code="en", slug="ha-long").exists()  # English names
    # the existing catalogue is untouched and served, and the new language answers
    assert client.get(product.url).status_code == 200
    assert client.get("/ko/").status_code == 200

    call_command("bootstrap_site", verbosity=0)
    assert snapshot() == first
