"""``generate_catalogue --shape report-2020``: the catalogue the province's 2017–2020 report
describes (../shared/domain.md), so that the figures page and ``/api/v1/figures/`` can be checked
against the report.

449 products (food 307, beverages 90, herbal products 41, handicrafts 8, rural tourism services 3,
textiles 0); 236 with a current rating, 7 at 5 stars, 67 at 4 and 162 at 3; 175 producers (46
enterprises, 65 cooperatives, 64 household producers), every one with a product; all 13
localities present; 128 products sold online (the report's count on the provincial trade
portals). Of the 213 unrated products, about a third carry an expired certificate (an expired
rating is not current) and the rest none. Built on an empty catalogue only, with the bulk writer
of :mod:`catalogue.scale`, in Vietnamese and English; the same seed gives the same catalogue.
"""

import datetime
import random
import uuid

from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from site_config import content_version

from .figures import REPORT_2020, REPORT_2020_FIGURES
from .models import (
    CatalogueIndexPage,
    Certification,
    CertificationLevel,
    GeneratedCatalogue,
    ProducerIndexPage,
    ProducerPage,
    ProductGroup,
    ProductKind,
    ProductPage,
    ProductVariant,
    Region,
)
from .models.certification import VALIDITY_MONTHS, add_months
from .scale import BASES, GIVEN, TreeWriter, _ascii_slug, add_producer

EXPIRED_SHARE = 3  # one unrated product in this many carries an expired certificate


class NotEmpty(Exception):
    """The database already holds products or producers."""


def _index_pages(english):
    """The catalogue and producer index pages in both languages, made if missing (an empty
    database after ``bootstrap_site`` has only the home page)."""
    vi = Locale.get_default()
    home = Site.objects.get(is_default_site=True).root_page.specific  # made by bootstrap_site
    home_en = home.get_translation_or_none(english)
    if home_en is None:
        home_en = home.copy_for_translation(english)
        home_en.title = "Home"
        home_en.save_revision().publish()
    made = {}
    for model, (title_vi, slug_vi), (title_en, slug_en) in (
        (CatalogueIndexPage, ("Sản phẩm OCOP", "san-pham"), ("OCOP products", "products")),
        (ProducerIndexPage, ("Chủ thể OCOP", "chu-the"), ("OCOP producers", "producers")),
    ):
        page = model.objects.filter(locale=vi).first()
        if page is None:
            page = home.add_child(instance=model(title=title_vi, slug=slug_vi, locale=vi))
            page.save_revision().publish()
        if not model.objects.filter(locale=english).exists():
            copy = page.copy_for_translation(english)
            copy.title, copy.slug = title_en, slug_en
            copy.save_revision().publish()
        made[model] = page
    return made


def _spread(rng, counts):
    """A shuffled list with each key repeated as often as ``counts`` says."""
    items = [key for key, n in counts.items() for _ in range(n)]
    rng.shuffle(items)
    return items


def _certificate(rng, stars, issued, number):
    score = {1: rng.randint(10, 29), 2: rng.randint(30, 49), 3: rng.randint(50, 69), 4: rng.randint(70, 89)}
    return Certification(
        stars=stars,
        score=score.get(stars) or rng.randint(90, 100),
        certificate_number=f"R2020/{number:03d}",
        level=CertificationLevel.NATIONAL if stars == 5 else CertificationLevel.PROVINCIAL,
        issuing_body="Hội đồng OCOP cấp quốc gia" if stars == 5 else "UBND tỉnh Quảng Ninh",
        issued_on=issued,
        expires_on=add_months(issued, VALIDITY_MONTHS) - datetime.timedelta(days=1),
    )


def _analyze():
    """Fresh planner statistics after the bulk load: without them PostgreSQL plans the figures'
    subqueries as if the tables were empty."""
    with connection.cursor() as cursor:
        for model in (Page, ProductPage, ProducerPage, Certification, ProductVariant):
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")


@transaction.atomic
def generate_report_catalogue(seed=0, stdout=None):
    """Build the report-2020 catalogue on an empty catalogue; returns the number of products.

    Raises :class:`NotEmpty` when any product or producer page exists (the figures would no
    longer be the report's).
    """
    if ProductPage.objects.exists() or ProducerPage.objects.exists():
        raise NotEmpty(
            "The database already holds products or producers: the report-2020 catalogue is built "
            "on an empty catalogue only (use a new database, e.g. `manage.py flush`, then try again)."
        )
    call_command("bootstrap_site", verbosity=0)
    rng = random.Random(seed)
    vi = Locale.get_default()
    en = Locale.objects.get(language_code="en")
    indexes = _index_pages(en)
    trees = {
        (index_model, locale.pk): TreeWriter(
            indexes[index_model] if locale == vi else index_model.objects.get(locale=locale), page_model
        )
        for index_model, page_model in ((ProducerIndexPage, ProducerPage), (CatalogueIndexPage, ProductPage))
        for locale in (vi, en)
    }
    groups = {g.slug: g for g in ProductGroup.objects.filter(locale=vi).select_related("parent")}
    localities = list(Region.objects.filter(locale=vi, kind="locality").order_by("sort_order"))
    wards = {}
    for ward in Region.objects.filter(locale=vi, kind="ward").order_by("sort_order"):
        wards.setdefault(ward.parent_id, []).append(ward)
    bases = {}  # top-level group slug → the product kinds of its sub-groups
    for base in BASES:
        group = groups[base[2]]
        bases.setdefault((group.parent or group).slug, []).append(base)

    # Producers: the report's legal forms; the first 13 cover one locality each.
    kinds = _spread(rng, REPORT_2020_FIGURES["by_producer_type"])
    producers = []
    for number, kind in enumerate(kinds):
        locality = localities[number] if number < len(localities) else rng.choice(localities)
        page = add_producer(
            rng,
            trees,
            vi,
            en,
            kind=kind,
            locality=locality,
            wards=wards,
            slug_suffix=f"r{number}",
            intros=(
                "dữ liệu minh hoạ theo báo cáo 2017–2020 của tỉnh.",
                "demo data shaped like the province's 2017–2020 report.",
            ),
            founded_by=2019,
        )
        producers.append((page, locality))
    for locale in (vi, en):
        trees[(ProducerIndexPage, locale.pk)].flush()

    # Products: every producer has one, the rest go to producers at random.
    group_of = _spread(rng, REPORT_2020_FIGURES["by_group"])
    total = len(group_of)
    owners = list(range(len(producers))) + [rng.randrange(len(producers)) for _ in range(total - len(producers))]
    rng.shuffle(owners)
    ratings = _spread(rng, {**REPORT_2020_FIGURES["by_stars"], None: total - REPORT_2020_FIGURES["rated"]})
    online = set(rng.sample(range(total), REPORT_2020_FIGURES["sold_online"]))
    today = timezone.localdate()
    variants, certificates = [], []
    for number, (top_slug, owner, stars) in enumerate(zip(group_of, owners, ratings, strict=True)):
        producer, locality = producers[owner]
        base_vi, base_en, group_slug, pack, size, price = rng.choice(bases[top_slug])
        brand = rng.choice(GIVEN)
        title_vi = f"{base_vi} {locality.name} {brand}"
        title_en = f"{base_en} from {locality.name}, {brand}"
        common = {
            "producer_id": producer.pk,
            "group": groups[group_slug],
            "region": producer.region,
            "translation_key": uuid.uuid4(),
            "traceability_code": f"QN-R2020-{number:03d}",
            "kind": ProductKind.EXPERIENCE if top_slug == "dich-vu-du-lich-nong-thon" else ProductKind.GOODS,
        }
        slug = f"{_ascii_slug(title_vi)}-r{number}"
        trees[(CatalogueIndexPage, vi.pk)].add(
            ProductPage(title=title_vi, slug=slug, intro=f"{base_vi} của {producer.title}.", **common)
        )
        trees[(CatalogueIndexPage, en.pk)].add(
            ProductPage(
                title=title_en,
                slug=f"{_ascii_slug(title_en)}-r{number}",
                intro=f"{base_en} by {producer.title}.",
                **common,
            )
        )
        if number in online:
            variants.append(
                (
                    number,
                    ProductVariant(
                        sku=f"R2020-{number:03d}",
                        pack=pack,
                        size=size,
                        price_vnd=int(round(price * rng.uniform(0.8, 1.3), -3)),
                        stock=rng.choice([5, 20, 50, 200]),
                        weight_grams=rng.randint(100, 3000),
                    ),
                )
            )
        if stars is not None:  # current: issued within the last 35 months
            issued = today - datetime.timedelta(days=rng.randint(1, 35 * 30))
            certificates.append((number, _certificate(rng, stars, issued, number)))
        elif rng.randrange(EXPIRED_SHARE) == 0:  # an old rating, expired
            issued = add_months(today, -VALIDITY_MONTHS) - datetime.timedelta(days=rng.randint(1, 400))
            certificates.append((number, _certificate(rng, rng.choice((3, 4)), issued, number)))
    vi_products = trees[(CatalogueIndexPage, vi.pk)].flush()
    trees[(CatalogueIndexPage, en.pk)].flush()
    for number, row in variants + certificates:
        row.product_id = vi_products[number].pk
    ProductVariant.objects.bulk_create([row for _, row in variants])
    Certification.objects.bulk_create([row for _, row in certificates])
    _analyze()
    GeneratedCatalogue.objects.create(shape=REPORT_2020, seed=seed, products=total)
    content_version.bump()  # bulk INSERTs send no signals: cached figures and pages must go
    if stdout:
        stdout.write(f"  {total} products, {len(producers)} producers")
    return total
