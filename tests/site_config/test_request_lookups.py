"""Wagtail's per-request look-ups (the site of the host, the locales, the view restrictions) come
from the content-version cache once warm (site_config/memo.py), and a change to any of them is
served at the next request. The test settings turn that cache off; these tests turn it on, as
production runs.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction, Site

from home.models import HomePage

pytestmark = pytest.mark.django_db
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


def visit(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    return response, [q["sql"] for q in ctx.captured_queries]


def reading(queries, table):
    """The queries that read ``table`` itself (not a join through it)."""
    return [sql for sql in queries if sql.startswith(f'SELECT "{table}".') or f'FROM "{table}"' in sql]


@pytest.mark.parametrize("kind", ["home", "catalogue", "product", "product_en"])
def test_a_warm_page_reads_no_site_locale_or_view_restriction(client, content_cache, site_tree, product_en, kind):
    page = {"product": product_en.get_translation(site_tree["vi"]), "product_en": product_en}.get(kind) or site_tree[
        kind
    ]
    visit(client, page.url)
    response, queries = visit(client, page.url)
    assert response.status_code == 200 and page.title in response.content.decode()
    assert reading(queries, "wagtailcore_site") == []
    assert reading(queries, "wagtailcore_pageviewrestriction") == []
    assert reading(queries, "wagtailcore_locale") == []


def test_a_new_site_root_is_served_at_the_next_request(client, content_cache, site_tree):
    assert "Trang chủ" in visit(client, "/vi/")[0].content.decode()
    with content_cache():
        new_home = Page.get_first_root_node().add_child(
            instance=HomePage(title="Trang chủ mới", slug="trang-chu-moi", locale=site_tree["vi"])
        )
        Site.objects.filter(is_default_site=True).update(root_page=new_home)
        Site.objects.get(is_default_site=True).save()  # as the Sites admin saves it (a signal)
    response, _ = visit(client, "/vi/")
    assert response.status_code == 200 and "Trang chủ mới" in response.content.decode()


def test_a_new_view_restriction_applies_at_the_next_request(client, content_cache, product):
    assert visit(client, product.url)[0].status_code == 200
    with content_cache():
        PageViewRestriction.objects.create(page=product, restriction_type=PageViewRestriction.LOGIN)
    response, _ = visit(client, product.url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_a_locale_created_in_this_transaction_is_found_before_it_commits(content_cache, locales):
    """The locales come from the content-version cache, which moves only when a change commits: a
    command that creates a language and then uses it, in one transaction, still finds it."""
    from search.params import parse_locale
    from site_config.memo import locales_by_code

    assert "fr" not in locales_by_code()  # the cache is warm, without French
    french = Locale.objects.create(language_code="fr")
    assert parse_locale({"locale": "fr"}) == french


@pytest.mark.parametrize("kind", ["home", "product", "home_en", "catalogue_en", "product_en"])
def test_a_warm_page_reads_only_the_content_version(client, content_cache, site_tree, product_en, kind):
    """Its root page (in the visitor's language), its own row, its producer in that language, its
    photos' renditions, whether it carries stamps: all kept."""
    pages = {"product": product_en.get_translation(site_tree["vi"]), "product_en": product_en}
    page = pages.get(kind) or site_tree[kind]
    first, _ = visit(client, page.url)
    response, queries = visit(client, page.url)
    assert response.status_code == 200 and TOKEN.sub("", response.content.decode()) == TOKEN.sub(
        "", first.content.decode()
    )
    assert len(queries) == 1 and "site_config_contentversion" in queries[0], queries


def test_an_english_page_follows_its_producers_and_homes_translations(client, content_cache, site_tree, product_en):
    """The English root and a product's English producer are kept (``CachedLocalizedMixin``): an
    unpublished translation falls back to the Vietnamese page at the next request, a published or
    changed one is shown at the next request."""
    producer_en = product_en.producer.get_translation(site_tree["en"])
    assert "Hoa Phuong squid cake workshop" in visit(client, product_en.url)[0].content.decode()
    with content_cache():
        producer_en.unpublish()
    html = visit(client, product_en.url)[0].content.decode()
    assert "Cơ sở chả mực Hoa Phượng" in html and "Hoa Phuong squid cake workshop" not in html
    with content_cache():
        producer_en.save_revision().publish()
    assert "Hoa Phuong squid cake workshop" in visit(client, product_en.url)[0].content.decode()
    home_en = site_tree["home_en"]
    assert "Home" in visit(client, "/en/")[0].content.decode()
    with content_cache():
        home_en.title = "Quang Ninh OCOP home"
        home_en.save_revision().publish()
    assert "Quang Ninh OCOP home" in visit(client, "/en/")[0].content.decode()


def test_localized_in_a_language_without_content_is_the_page_itself(content_cache, site_tree):
    """As Wagtail's: an admin working in a language the site has no content in gets the page."""
    home = site_tree["home"].specific
    with translation.override("fr"):
        assert home.localized is home
    with translation.override("en"):
        assert home.localized.pk == site_tree["home_en"].pk
