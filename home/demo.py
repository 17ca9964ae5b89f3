"""The demo site: the bilingual demo catalogue (catalogue.demo) with its home page, content
pages and site settings. It lives in ``home``, the top layer, because it builds pages of every
app; ``manage.py load_demo`` runs it. Idempotent: what exists is kept."""

import datetime

from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale, Site

from catalogue.demo import site_text
from catalogue.demo.fairs import build_fairs
from catalogue.demo.images import demo_image
from catalogue.demo.loader import (
    Strings,
    build_producer,
    build_product,
    ensure_page,
    paragraphs,
    seo_strings,
    translate_page,
)
from catalogue.models import CatalogueIndexPage, ProducerIndexPage, ProducerPage, ProductGroup, ProductPage, Region
from site_config.models import NavigationSettings, ShopSettings, SiteSettings

from .models import FiguresPage, StandardPage

# The demo's figures page (text pairs: Vietnamese, English).
FIGURES_PAGE = {
    "title": ("Số liệu chương trình OCOP", "Programme figures"),
    "slug": ("so-lieu", "figures"),
    "intro": (
        "Số sản phẩm, chủ thể và hạng sao của chương trình, tính trực tiếp từ danh mục đang đăng "
        "(dữ liệu minh hoạ), đặt cạnh số liệu báo cáo giai đoạn 2017–2020 của tỉnh.",
        "The programme's products, producers and star ratings, counted live from the published "
        "catalogue (demo data), next to the figures of the province's 2017–2020 report.",
    ),
}


def build_site_pages(english):
    home = Site.objects.get(is_default_site=True).root_page.specific  # made by bootstrap_site
    strings = Strings()
    for pair in (site_text.HOME_TITLE, site_text.HERO_HEADING, site_text.HERO_TEXT, site_text.HOME_INTRO):
        strings.add(pair)
    strings.add(("home", "home-en"))
    if not home.hero_heading:
        home.title = site_text.HOME_TITLE[0]
        home.hero_heading = site_text.HERO_HEADING[0]
        home.hero_text = site_text.HERO_TEXT[0]
        home.intro = site_text.HOME_INTRO[0]
        home.hero_image = demo_image(
            "Vịnh Hạ Long – OCOP Quảng Ninh", "", "producer", alt="Hạ Long Bay", label=False
        )  # the hero's text is the page's own
        home.save_revision().publish()
    translate_page(home, english, strings)

    pages = {}
    for key, model, spec in (
        ("catalogue", CatalogueIndexPage, site_text.CATALOGUE),
        ("producers", ProducerIndexPage, site_text.PRODUCERS),
    ):
        strings = Strings()
        seo_strings(strings, spec["title"], spec["slug"])
        strings.add(spec["intro"])
        page, _ = ensure_page(
            home, model, spec["slug"][0], lambda m=model, s=spec: m(title=s["title"][0], intro=s["intro"][0])
        )
        translate_page(page, english, strings)
        pages[key] = page

    for spec in site_text.STANDARD_PAGES:
        strings = Strings()
        seo_strings(strings, spec["title"], spec["slug"])
        strings.add(spec["intro"])
        page, _ = ensure_page(
            home,
            StandardPage,
            spec["slug"][0],
            lambda s=spec, st=strings: StandardPage(
                title=s["title"][0], intro=s["intro"][0], body=paragraphs(s["body"], st)
            ),
        )
        paragraphs(spec["body"], strings)
        translate_page(page, english, strings)
        pages[spec["slug"][0]] = page
    pages["figures"] = build_figures_page(home, english)
    return home, pages


def build_figures_page(home, english):
    """The figures page, with the report comparison switched on (the demo cites the report)."""
    spec = FIGURES_PAGE
    strings = Strings()
    seo_strings(strings, spec["title"], spec["slug"])
    strings.add(spec["intro"])
    page, _ = ensure_page(
        home,
        FiguresPage,
        spec["slug"][0],
        lambda: FiguresPage(title=spec["title"][0], intro=spec["intro"][0], show_report_comparison=True),
    )
    translate_page(page, english, strings)
    return page


def configure_settings(home, pages):
    site = home.get_site()
    site_settings = SiteSettings.for_site(site)
    site_settings.is_demo = True
    site_settings.address = "Phường Hồng Gai, tỉnh Quảng Ninh"
    site_settings.phone = "0203 555 0000"
    site_settings.email = "ocop@example.vn"
    site_settings.save()
    shop = ShopSettings.for_site(site)
    if shop.terms_page_id is None and "dieu-khoan-ban-hang" in pages:
        shop.terms_page = pages["dieu-khoan-ban-hang"]
        shop.save(update_fields=["terms_page"])
    nav = NavigationSettings.for_site(site)
    if not nav.header_links:
        nav.header_links = [
            ("link", {"page": pages["catalogue"], "label": ""}),
            ("link", {"page": pages["producers"], "label": ""}),
            ("link", {"page": pages[site_text.STANDARD_PAGES[0]["slug"][0]], "label": ""}),
        ]
        nav.footer_links = [
            ("link", {"page": pages[spec["slug"][0]], "label": ""}) for spec in site_text.STANDARD_PAGES
        ] + [("link", {"page": pages["figures"], "label": ""})]
        nav.save()


@transaction.atomic
def load_demo(stdout=None):
    """Build (or complete) the demo catalogue, all or nothing. Returns counts of what exists."""
    from catalogue.demo import content

    # The demo builds on the production bootstrap: locales, home page, Site, regions, groups.
    call_command("bootstrap_site", verbosity=0)
    english = Locale.objects.filter(language_code="en").first()
    home, pages = build_site_pages(english)
    default = Locale.get_default()
    regions = {r.slug: r for r in Region.objects.filter(locale=default)}
    groups = {g.slug: g for g in ProductGroup.objects.filter(locale=default).select_related("parent")}
    producers = {}
    for spec in content.PRODUCERS:
        producers[spec["key"]] = build_producer(pages["producers"], spec, regions, english)
    today = datetime.date.today()
    for spec in content.PRODUCTS:
        build_product(pages["catalogue"], spec, producers, regions, groups, english, today)
    build_fairs(home, english, producers)
    configure_settings(home, pages)
    return {
        "producers": ProducerPage.objects.filter(locale=default).count(),
        "products": ProductPage.objects.filter(locale=default).count(),
        "english_products": ProductPage.objects.filter(locale=english).count() if english else 0,
    }
