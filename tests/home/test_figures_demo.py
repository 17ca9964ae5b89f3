"""The demo site has the figures page in both languages (what `make run` shows)."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Collection, Locale

from catalogue.models import ProductPage
from home.models import FiguresPage

pytestmark = pytest.mark.django_db


def test_demo_has_a_bilingual_figures_page(client):
    if Collection.get_first_root_node() is None:  # flushed by a transactional test on a reused database
        Collection.add_root(name="Root")
    call_command("load_demo", stdout=io.StringIO())
    english = FiguresPage.objects.get(locale__language_code="en")
    assert english.title == "Programme figures"
    assert english.live and english.show_report_comparison

    vi_html = client.get("/vi/so-lieu/").content.decode()
    products = ProductPage.objects.live().filter(locale=Locale.get_default()).count()
    assert f'<th scope="row">Sản phẩm trong chương trình</th><td>449</td><td>{products}</td>' in vi_html
    en_html = client.get("/en/figures/").content.decode()
    assert "<h1>Programme figures</h1>" in en_html
    assert "<caption>Products by locality</caption>" in en_html
    assert '<th scope="row">Ha Long</th>' in en_html  # locality names in English
