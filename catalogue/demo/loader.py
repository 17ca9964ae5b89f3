"""Builds the demo catalogue in code: producers, products, variants, certificates,
in Vietnamese and, through wagtail-localize, in English. Idempotent: what exists is kept."""

import datetime
import logging
from decimal import Decimal

from django.utils.html import escape

from ..localization import translate_instance
from ..models import (
    Certification,
    CertificationLevel,
    ProducerPage,
    ProductKind,
    ProductPage,
    ProductVariant,
)
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


def ensure_page(parent, model, slug, build):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing, False
    page = build()
    page.slug = slug
    return _publish_child(parent, page), True


def translate_page(page, english, strings):
    if english and not page.has_translation(english):
        translate_instance(page, english, strings)


def seo_strings(strings, title_pair, slug_pair):
    strings.add(title_pair)
    strings.add(slug_pair)


def build_producer(index, spec, regions, english):
    strings = Strings()
    seo_strings(strings, spec["title"], (spec["slug_vi"], spec["slug_en"]))
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
            title=spec["title"][0],
            intro=spec["intro"][0],
            producer_type=spec["type"],
            region=regions[spec["locality"]],
            image=image,
            body=body,
            representative=spec["representative"],
            address=spec["address"],
            phone=spec["phone"],
            email=spec["email"],
            website=spec["website"],
            year_founded=spec["founded"],
            latitude=Decimal(f"{spec['lat']:.6f}"),
            longitude=Decimal(f"{spec['lng']:.6f}"),
        )

    page, _ = ensure_page(index, ProducerPage, spec["slug_vi"], build)
    paragraphs(spec["story"], strings)
    translate_page(page, english, strings)
    return page


def english_attribution(attribution):
    """ "Bà Nguyễn Thị Hoa, chủ cơ sở" → "Nguyễn Thị Hoa, owner of the workshop"."""
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
    seo_strings(strings, spec["title"], (spec["slug_vi"], spec["slug_en"]))
    for field in ("intro", "packaging", "ingredients", "shelf_life", "storage"):
        strings.add(spec[field])
    other = "\n".join(spec["other_certifications"])
    where = "\n".join(spec["where_to_buy"])
    group = groups[spec["group"]]

    def build():
        top_group = group.parent or group
        image = demo_image(spec["title"][0], regions[spec["locality"]].name, top_group.slug, alt=spec["title"][0])
        return ProductPage(
            title=spec["title"][0],
            intro=spec["intro"][0],
            producer=producers[spec["producer"]],
            group=group,
            region=regions[spec["locality"]],
            image=image,
            body=paragraphs(spec["description"], strings),
            packaging=spec["packaging"][0],
            ingredients=spec["ingredients"][0],
            shelf_life=spec["shelf_life"][0],
            storage=spec["storage"][0],
            other_certifications=other,
            where_to_buy=where,
            traceability_code=f"QN-OCOP-{spec['key'].upper()[:20]}",
            abroad_restriction=spec.get("abroad_restriction", ""),
            **experience_fields(spec),
        )

    page, created = ensure_page(index, ProductPage, spec["slug_vi"], build)
    if page.kind != experience_fields(spec)["kind"]:
        # Demo databases made before products had a kind get it too (every language: it is synchronised).
        ProductPage.objects.filter(translation_key=page.translation_key).update(**experience_fields(spec))
    if page.abroad_restriction != spec.get("abroad_restriction", ""):
        # Demo databases made before the field existed get it too (every language: it is synchronised).
        ProductPage.objects.filter(translation_key=page.translation_key).update(
            abroad_restriction=spec.get("abroad_restriction", "")
        )
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
                product=page,
                sku=f"{spec['key'][:40]}-{order + 1}".upper(),
                pack=pack,
                size=size,
                price_vnd=price,
                stock=stock,
                weight_grams=weight,
                sort_order=order,
            )
        issued = datetime.date.fromisoformat(spec["issued"])
        stars = spec["stars"]
        Certification.objects.create(
            product=page,
            stars=stars,
            score=spec["score"],
            certificate_number=f"{issued.year}/QĐ-OCOP-{page.pk:04d}",
            level=CertificationLevel.NATIONAL if stars == 5 else CertificationLevel.PROVINCIAL,
            issuing_body="Bộ Nông nghiệp và Môi trường" if stars == 5 else "UBND tỉnh Quảng Ninh",
            issued_on=issued,
        )
    translate_page(page, english, strings)
    return page
