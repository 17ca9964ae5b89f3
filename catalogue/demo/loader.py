"""Builds the demo catalogue in code: site pages, producers, products, variants, certificates,
in Vietnamese and, through wagtail-localize, in English. Idempotent: what exists is kept."""

import datetime
import logging
from decimal import Decimal

from django.core.management import call_command
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Locale, Site

from home.models import StandardPage
from site_config.models import NavigationSettings, ShopSettings, SiteSettings

from ..localization import translate_instance
from ..models import (
    CatalogueIndexPage,
    Certification,
    CertificationLevel,
    ProducerIndexPage,
    ProducerPage,
    ProductGroup,
    ProductKind,
    ProductPage,
    ProductVariant,
    Region,
)
from . import site_text
from .images import demo_image

logger = logging.getLogger(__name__)


class Strings(dict):
    """Vietnamese → English lookup for one page, fed with (vi, en) pairs."""

    def add(self, pair):
        vi, en = pair[0], pair[1]
        if vi:
            self[vi] = en
            self[escape(vi)] = escape(en)
            # wagtail-localize keeps the lines of a plain-text field as one segment joined by <br/>.
            self["<br/>".join(map(escape, vi.splitlines()))] = "<br/>".join(map(escape, en.splitlines()))
        return vi

    def same(self, text):
        """Text that stays as it is in English (names, addresses, brands)."""
        return self.add((text, text))


def paragraphs(pairs, strings):
    return [("paragraph", f"<p>{escape(strings.add(pair))}</p>") for pair in pairs]


def _publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _ensure_page(parent, model, slug, build):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing, False
    page = build()
    page.slug = slug
    return _publish_child(parent, page), True


def _translate(page, english, strings):
    if english and not page.has_translation(english):
        translate_instance(page, english, strings)


def _seo(strings, title_pair, slug_pair):
    strings.add(title_pair)
    strings.add(slug_pair)


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
        home.hero_image = demo_image("Vịnh Hạ Long – OCOP Quảng Ninh", "", "producer", alt="Hạ Long Bay",
                                     label=False)  # the hero's text is the page's own
        home.save_revision().publish()
    _translate(home, english, strings)

    pages = {}
    for key, model, spec in (
        ("catalogue", CatalogueIndexPage, site_text.CATALOGUE),
        ("producers", ProducerIndexPage, site_text.PRODUCERS),
    ):
        strings = Strings()
        _seo(strings, spec["title"], spec["slug"])
        strings.add(spec["intro"])
        page, _ = _ensure_page(home, model, spec["slug"][0],
                               lambda m=model, s=spec: m(title=s["title"][0], intro=s["intro"][0]))
        _translate(page, english, strings)
        pages[key] = page

    for spec in site_text.STANDARD_PAGES:
        strings = Strings()
        _seo(strings, spec["title"], spec["slug"])
        strings.add(spec["intro"])
        page, _ = _ensure_page(home, StandardPage, spec["slug"][0], lambda s=spec, st=strings: StandardPage(
            title=s["title"][0], intro=s["intro"][0], body=paragraphs(s["body"], st)))
        paragraphs(spec["body"], strings)
        _translate(page, english, strings)
        pages[spec["slug"][0]] = page
    return home, pages


def build_producer(index, spec, regions, english):
    strings = Strings()
    _seo(strings, spec["title"], (spec["slug_vi"], spec["slug_en"]))
    strings.add(spec["intro"])
    quote_vi, quote_en, attribution = spec["quote"]
    strings.add((quote_vi, quote_en))
    strings.add((attribution, english_attribution(attribution)))

    def build():
        image = demo_image(spec["title"][0], regions[spec["locality"]].name, "producer", alt=spec["title"][0])
        body = paragraphs(spec["story"][:2], strings)
        body.append(("quote", {"quote": quote_vi, "attribution": attribution}))
        body += paragraphs(spec["story"][2:], strings)
        return ProducerPage(
            title=spec["title"][0], intro=spec["intro"][0], producer_type=spec["type"],
            region=regions[spec["locality"]], image=image, body=body,
            representative=spec["representative"], address=spec["address"], phone=spec["phone"],
            email=spec["email"], website=spec["website"], year_founded=spec["founded"],
            latitude=Decimal(f"{spec['lat']:.6f}"), longitude=Decimal(f"{spec['lng']:.6f}"),
        )

    page, _ = _ensure_page(index, ProducerPage, spec["slug_vi"], build)
    paragraphs(spec["story"], strings)
    _translate(page, english, strings)
    return page


def english_attribution(attribution):
    """"Bà Nguyễn Thị Hoa, chủ cơ sở" → "Nguyễn Thị Hoa, owner of the workshop"."""
    from . import content

    name, _, role = attribution.partition(", ")
    for honorific in content.HONORIFICS:
        name = name.removeprefix(honorific)
    role_en = content.ATTRIBUTION_ROLES_EN.get(role.strip())
    return f"{name}, {role_en}" if role_en else attribution


EXPERIENCE_GROUP = "dich-vu-du-lich-nong-thon"


def experience_fields(spec):
    """The demo's rural-tourism products (visits, a day with a fisher) are experiences: booked for a
    date, places per day, never shipped."""
    if spec.get("kind", "experience" if spec["group"] == EXPERIENCE_GROUP else "goods") != "experience":
        return {"kind": ProductKind.GOODS}
    return {"kind": ProductKind.EXPERIENCE, "booking_notice_days": spec.get("booking_notice_days", 1)}


def build_product(index, spec, producers, regions, groups, english, today):
    from . import content

    strings = Strings()
    _seo(strings, spec["title"], (spec["slug_vi"], spec["slug_en"]))
    for field in ("intro", "packaging", "ingredients", "shelf_life", "storage"):
        strings.add(spec[field])
    other = "\n".join(spec["other_certifications"])
    where = "\n".join(spec["where_to_buy"])
    group = groups[spec["group"]]

    def build():
        top_group = group.parent or group
        image = demo_image(spec["title"][0], regions[spec["locality"]].name, top_group.slug, alt=spec["title"][0])
        return ProductPage(
            title=spec["title"][0], intro=spec["intro"][0], producer=producers[spec["producer"]],
            group=group, region=regions[spec["locality"]], image=image,
            body=paragraphs(spec["description"], strings),
            packaging=spec["packaging"][0], ingredients=spec["ingredients"][0],
            shelf_life=spec["shelf_life"][0], storage=spec["storage"][0],
            other_certifications=other, where_to_buy=where,
            traceability_code=f"QN-OCOP-{spec['key'].upper()[:20]}",
            abroad_restriction=spec.get("abroad_restriction", ""), **experience_fields(spec),
        )

    page, created = _ensure_page(index, ProductPage, spec["slug_vi"], build)
    if page.kind != experience_fields(spec)["kind"]:
        # Demo databases made before products had a kind get it too (every language: it is synchronised).
        ProductPage.objects.filter(translation_key=page.translation_key).update(**experience_fields(spec))
    if page.abroad_restriction != spec.get("abroad_restriction", ""):
        # Demo databases made before the field existed get it too (every language: it is synchronised).
        ProductPage.objects.filter(translation_key=page.translation_key).update(
            abroad_restriction=spec.get("abroad_restriction", ""))
    paragraphs(spec["description"], strings)
    for text in (other, *spec["other_certifications"]):
        strings.same(text)
    where_en = [content.WHERE_TO_BUY_EN.get(place, place) for place in spec["where_to_buy"]]
    strings.add((where, "\n".join(where_en)))
    for place, place_en in zip(spec["where_to_buy"], where_en, strict=True):
        strings.add((place, place_en))
    if created:
        for order, (pack, size, price, stock, weight) in enumerate(spec["variants"]):
            ProductVariant.objects.create(
                product=page, sku=f"{spec['key'][:40]}-{order + 1}".upper(), pack=pack, size=size,
                price_vnd=price, stock=stock, weight_grams=weight, sort_order=order,
            )
        issued = datetime.date.fromisoformat(spec["issued"])
        stars = spec["stars"]
        Certification.objects.create(
            product=page, stars=stars, score=spec["score"],
            certificate_number=f"{issued.year}/QĐ-OCOP-{page.pk:04d}",
            level=CertificationLevel.NATIONAL if stars == 5 else CertificationLevel.PROVINCIAL,
            issuing_body="Bộ Nông nghiệp và Môi trường" if stars == 5 else "UBND tỉnh Quảng Ninh",
            issued_on=issued,
        )
    _translate(page, english, strings)
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
        nav.header_links = [("link", {"page": pages["catalogue"], "label": ""}),
                            ("link", {"page": pages["producers"], "label": ""}),
                            ("link", {"page": pages[site_text.STANDARD_PAGES[0]["slug"][0]], "label": ""})]
        nav.footer_links = [("link", {"page": pages[spec["slug"][0]], "label": ""}) for spec in site_text.STANDARD_PAGES]
        nav.save()


@transaction.atomic
def load_demo(stdout=None):
    """Build (or complete) the demo catalogue, all or nothing. Returns counts of what exists."""
    from . import content

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
    configure_settings(home, pages)
    return {
        "producers": ProducerPage.objects.filter(locale=default).count(),
        "products": ProductPage.objects.filter(locale=default).count(),
        "english_products": ProductPage.objects.filter(locale=english).count() if english else 0,
    }
