"""load_demo (idempotent, bilingual, marked as demo) and generate_catalogue (bulk, consistent tree)."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page

from catalogue.demo import content
from catalogue.models import Certification, ProducerPage, ProductPage, ProductVariant, Region
from site_config.models import SiteSettings

pytestmark = pytest.mark.django_db


def counts():
    return (Page.objects.count(), ProductVariant.objects.count(), Certification.objects.count(), Region.objects.count())


def test_load_demo_builds_a_bilingual_catalogue_and_is_idempotent(client):
    call_command("load_demo", stdout=io.StringIO())
    vi, en = Locale.objects.get(language_code="vi"), Locale.objects.get(language_code="en")
    products_vi = ProductPage.objects.filter(locale=vi)
    producers_vi = ProducerPage.objects.filter(locale=vi)

    assert products_vi.count() == len(content.PRODUCTS) >= 45
    assert producers_vi.count() == len(content.PRODUCERS) >= 15
    assert ProductPage.objects.filter(locale=en).count() == products_vi.count()
    assert set(producers_vi.values_list("producer_type", flat=True)) == {
        "enterprise",
        "cooperative",
        "cooperative_group",
        "household",
    }
    assert products_vi.values("region").distinct().count() >= 10
    assert products_vi.values("group__parent").distinct().count() >= 5
    stars = set(Certification.objects.values_list("stars", flat=True))
    assert stars == {3, 4, 5}
    expired = [p for p in products_vi if p.current_certification is None]
    assert 1 <= len(expired) <= 8  # a few expired certificates, shown as not current

    # The English pages are real wagtail-localize translations, and really English.
    spec = content.PRODUCTS[0]
    english = ProductPage.objects.get(locale=en, slug=spec["slug_en"])
    assert english.title == spec["title"][1]
    assert english.intro == spec["intro"][1]
    assert english.body[0].value.source == f"<p>{spec['description'][0][1]}</p>"
    from wagtail_localize.models import Translation

    assert Translation.objects.filter(target_locale=en, source__object_id=english.translation_key).exists()

    # The rural-tourism products are experiences (booked for a date, never shipped), in both languages.
    experiences = {p.slug for p in ProductPage.objects.filter(kind="experience", locale=vi)}
    assert experiences == {p["slug_vi"] for p in content.PRODUCTS if p["group"] == "dich-vu-du-lich-nong-thon"}
    assert len(experiences) == 3
    assert ProductPage.objects.filter(kind="experience", locale=en).count() == 3
    co_to = next(p for p in content.PRODUCTS if p["key"] == "du-lich-ngu-dan-co-to")
    assert ProductPage.objects.get(locale=vi, slug=co_to["slug_vi"]).booking_notice_days == 7  # as its text says

    # The site says it is demo data, in both languages.
    assert SiteSettings.objects.get().is_demo
    home_vi, home_en = client.get("/vi/"), client.get("/en/")
    assert home_vi.status_code == home_en.status_code == 200
    assert "minh hoạ" in home_vi.content.decode().lower()
    assert "demo" in home_en.content.decode().lower()

    # Loaded inside a transaction (as this test is), English pages below the home stay reachable.
    assert client.get(english.url).status_code == 200
    assert client.get(english.get_parent().url).status_code == 200

    # Fairs: one running (the badge shows on its producers' pages) and one past, in both languages.
    from catalogue.models import FairPage

    fairs_vi, fairs_en = FairPage.objects.filter(locale=vi).live(), FairPage.objects.filter(locale=en).live()
    assert fairs_vi.count() == fairs_en.count() == 2
    running = next(f for f in fairs_vi if f.is_running())
    assert any(f.is_over() for f in fairs_vi)
    exhibitor = running.booths.first().producer
    assert 'class="fair-badge"' in client.get(exhibitor.url).content.decode()
    assert client.get(fairs_en.get(translation_key=running.translation_key).url + "ics/").status_code == 200

    before = counts()
    call_command("load_demo", stdout=io.StringIO())
    assert counts() == before

    # generate_catalogue (one test: load_demo is the slow part) adds products in both languages.
    before = ProductPage.objects.filter(locale=vi).count()
    call_command("generate_catalogue", products=120, seed=7, stdout=io.StringIO())
    assert ProductPage.objects.filter(locale=vi).count() == before + 120
    assert ProductPage.objects.filter(locale=en).count() == before + 120
    assert ProductVariant.objects.filter(sku__startswith="SYN-").count() == 120
    # treebeard's own check: paths, depths and child counts consistent
    assert Page.find_problems() == ([], [], [], [], [])
    synthetic = ProductPage.objects.filter(locale=en, traceability_code__startswith="QN-SYN-").first()
    assert client.get(synthetic.url).status_code == 200
    twin = ProductPage.objects.get(locale=vi, translation_key=synthetic.translation_key)
    assert twin.variants_list == synthetic.variants_list
