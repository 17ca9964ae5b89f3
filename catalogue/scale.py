"""Synthetic catalogues at national scale, for benchmarks and load tests.

``generate_catalogue(n, seed)`` adds ``n`` products (and about n/3 producers) in Vietnamese
and English, with variants and certificates, in a few bulk INSERTs per batch instead of one
``add_child`` + revision + publish per page (which costs ~50 ms each). To do that it writes
what Wagtail would write: tree paths (treebeard materialised path), url paths, a shared
``translation_key`` per product across languages, ``live`` pages without revisions (the first
edit in the admin creates one). Search indexing is left to ``manage.py update_index``.

The English pages are plain translations (same translation_key, English locale) made
directly rather than through wagtail-localize's translation memory: that is what the demo
content is for; this data exists to measure.
"""

import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from .models import (
    CatalogueIndexPage,
    Certification,
    CertificationLevel,
    ProducerIndexPage,
    ProducerPage,
    ProducerType,
    ProductGroup,
    ProductPage,
    ProductVariant,
    Region,
)
from .models.certification import VALIDITY_MONTHS, add_months

# (Vietnamese, English, group slug, pack, size, base price)
BASES = [
    ("Chả mực", "Squid cakes", "thuc-pham-che-bien", "pack", "500 g", 220000),
    ("Trà hoa vàng", "Golden camellia tea", "tra", "box", "100 g", 350000),
    ("Rượu ba kích", "Morinda root wine", "do-uong-co-con", "bottle", "500 ml", 180000),
    ("Miến dong", "Arrowroot vermicelli", "thuc-pham-che-bien", "bag", "1 kg", 90000),
    ("Tinh dầu hồi", "Star anise oil", "tinh-dau", "bottle", "50 ml", 150000),
    ("Gà đồi", "Hill chicken", "thuc-pham-tuoi-song", "kg", "1 kg", 160000),
    ("Sá sùng khô", "Dried peanut worms", "thuc-pham-che-bien", "pack", "100 g", 450000),
    ("Nước mắm", "Fish sauce", "gia-vi", "bottle", "500 ml", 85000),
    ("Mực khô", "Dried squid", "thuc-pham-che-bien", "pack", "500 g", 750000),
    ("Rượu mơ", "Apricot wine", "do-uong-co-con", "bottle", "750 ml", 220000),
    ("Gốm men", "Glazed pottery", "gom-su", "piece", "25 cm", 320000),
    ("Tranh than đá", "Coal carving", "my-nghe", "piece", "30 × 40 cm", 900000),
    ("Mật ong", "Honey", "tra", "jar", "500 ml", 250000),
    ("Chè xanh", "Green tea", "tra", "bag", "200 g", 120000),
    ("Hàu sữa", "Oysters", "thuc-pham-tuoi-song", "kg", "1 kg", 120000),
    ("Ba kích khô", "Dried morinda root", "duoc-lieu", "bag", "500 g", 400000),
    ("Ruốc tôm", "Shrimp floss", "thuc-pham-che-bien", "jar", "200 g", 180000),
    ("Khăn thổ cẩm", "Brocade scarf", "vai-may-mac", "piece", "1 chiếc", 280000),
    ("Xà phòng thảo dược", "Herbal soap", "my-pham-thao-duoc", "piece", "100 g", 60000),
    ("Du lịch cộng đồng", "Community homestay", "dich-vu-du-lich-nong-thon", "service", "1 đêm", 450000),
]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Lý", "Đinh"]
GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hải",
    "Hạnh",
    "Hoa",
    "Hùng",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Minh",
    "Nam",
    "Nga",
    "Phong",
    "Phương",
    "Quang",
    "Sơn",
    "Thảo",
    "Thu",
    "Trang",
    "Tuấn",
    "Yến",
]
KIND = {
    ProducerType.ENTERPRISE: ("Công ty TNHH", "Company Ltd"),
    ProducerType.COOPERATIVE: ("Hợp tác xã", "Cooperative"),
    ProducerType.COOPERATIVE_GROUP: ("Tổ hợp tác", "Cooperative group"),
    ProducerType.HOUSEHOLD: ("Hộ sản xuất", "Household producer"),
}
BATCH = 2000


def _ascii_slug(text):
    from anyascii import anyascii
    from django.utils.text import slugify

    return slugify(anyascii(text))


class TreeWriter:
    """Appends children under a parent page with bulk INSERTs (base Page row + specific row)."""

    def __init__(self, parent, model):
        self.parent = parent
        self.model = model
        self.content_type = ContentType.objects.get_for_model(model)
        last = parent.get_last_child()
        self.next_step = (Page._str2int(last.path[-Page.steplen :]) + 1) if last else 1
        self.pending = []

    def add(self, page):
        page.path = Page._get_path(self.parent.path, self.parent.depth + 1, self.next_step)
        self.next_step += 1
        page.depth = self.parent.depth + 1
        page.numchild = 0
        page.url_path = f"{self.parent.url_path}{page.slug}/"
        page.content_type = self.content_type
        page.locale_id = self.parent.locale_id
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        now = timezone.now()
        page.first_published_at = page.last_published_at = now
        self.pending.append(page)
        return page

    def flush(self):
        if not self.pending:
            return []
        base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
        pages = self.pending
        base_rows = [Page(**{f.attname: getattr(p, f.attname) for f in base_fields}) for p in pages]
        Page.objects.bulk_create(base_rows)
        for page, base in zip(pages, base_rows, strict=True):
            page.page_ptr_id = page.pk = page.id = base.pk
        local_fields = list(self.model._meta.local_concrete_fields)
        self.model._base_manager._insert(pages, fields=local_fields, using="default")
        Page.objects.filter(pk=self.parent.pk).update(numchild=self.next_step - 1)
        self.pending = []
        return pages


def _locale_tree(model, locale):
    page = model.objects.filter(locale=locale).first()
    if page is None:
        raise RuntimeError(f"No {model.__name__} in {locale}: run `manage.py load_demo` first.")
    return page


def _producer_pages(rng, trees, vi, en, regions, wards, run, number):
    kind = rng.choice(list(ProducerType))
    region = rng.choice(regions)
    page = add_producer(
        rng,
        trees,
        vi,
        en,
        kind=kind,
        locality=region,
        wards=wards,
        slug_suffix=f"{run}-{number}",
        intros=("dữ liệu tổng hợp để đo hiệu năng.", "synthetic data for benchmarks."),
        founded_by=2024,
    )
    return page, region


def add_producer(rng, trees, vi, en, *, kind, locality, wards, slug_suffix, intros, founded_by):
    """One producer story in Vietnamese and English (same translation key), in ``locality`` or one
    of its wards, with a made-up representative; ``intros`` say what the data is for. Returns the
    Vietnamese page (queued in ``trees``; written when they are flushed)."""
    person = f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}"
    name_vi = f"{KIND[kind][0]} {person} {locality.name}"
    name_en = f"{person} {KIND[kind][1]}, {locality.name}"
    common = {
        "producer_type": kind,
        "region": rng.choice(wards.get(locality.pk, [locality])),
        "translation_key": uuid.uuid4(),
        "representative": person,
        "year_founded": rng.randint(1990, founded_by),
        "phone": f"0203 555 {rng.randint(0, 9999):04d}",
    }
    slug = f"{_ascii_slug(name_vi)}-{slug_suffix}"
    page = trees[(ProducerIndexPage, vi.pk)].add(
        ProducerPage(title=name_vi, slug=slug, intro=f"{name_vi}: {intros[0]}", **common)
    )
    trees[(ProducerIndexPage, en.pk)].add(
        ProducerPage(title=name_en, slug=slug, intro=f"{name_en}: {intros[1]}", **common)
    )
    return page


def _product_pages(rng, trees, vi, en, groups, producer, region, run, number, today):
    base_vi, base_en, group_slug, pack, size, price = rng.choice(BASES)
    brand = rng.choice(GIVEN)
    title_vi = f"{base_vi} {region.name} {brand}"
    title_en = f"{base_en} from {region.name}, {brand}"
    common = {
        "producer_id": producer.pk,
        "group": groups[group_slug],
        "region": producer.region,
        "translation_key": uuid.uuid4(),
        "traceability_code": f"QN-SYN-{run}-{number}",
    }
    page = trees[(CatalogueIndexPage, vi.pk)].add(
        ProductPage(
            title=title_vi,
            slug=f"{_ascii_slug(title_vi)}-{run}-{number}",
            intro=f"{base_vi} của {producer.title}, sản xuất tại {region.name}.",
            **common,
        )
    )
    trees[(CatalogueIndexPage, en.pk)].add(
        ProductPage(
            title=title_en,
            slug=f"{_ascii_slug(title_en)}-{run}-{number}",
            intro=f"{base_en} by {producer.title}, made in {region.name}.",
            **common,
        )
    )
    unit = rng.choice([1, 1, 1, 2, 3])
    variant = ProductVariant(
        sku=f"SYN-{run}-{number}",
        pack=pack,
        size=size,
        price_vnd=int(round(price * unit * rng.uniform(0.7, 1.5), -3)),
        stock=rng.choice([0, 5, 20, 50, 200]),
        weight_grams=rng.randint(100, 3000),
    )
    stars = rng.choices([3, 4, 5], weights=[162, 67, 7])[0]  # the province's 2020 proportions
    score = {3: rng.randint(50, 69), 4: rng.randint(70, 89), 5: rng.randint(90, 100)}[stars]
    issued = today - datetime.timedelta(days=rng.randint(30, 1400))  # about a fifth have expired
    certificate = Certification(
        stars=stars,
        score=score,
        certificate_number=f"SYN/{run}/{number}",
        level=CertificationLevel.NATIONAL if stars == 5 else CertificationLevel.PROVINCIAL,
        issuing_body="UBND tỉnh Quảng Ninh",
        issued_on=issued,
        expires_on=add_months(issued, VALIDITY_MONTHS) - datetime.timedelta(days=1),
    )
    return page, variant, certificate


def generate_catalogue(products, seed=0, stdout=None):
    """Add ``products`` synthetic products (both languages) with producers, variants, certificates.

    The same seed gives the same catalogue (titles, prices, stars); slugs carry a run id so
    that running it twice adds a second catalogue instead of failing.
    """
    rng = random.Random(seed)
    vi = Locale.get_default()
    en = Locale.objects.get(language_code="en")
    regions = list(Region.objects.filter(locale=vi, kind="locality"))
    wards = {}
    for ward in Region.objects.filter(locale=vi, kind="ward"):
        wards.setdefault(ward.parent_id, []).append(ward)
    groups = {g.slug: g for g in ProductGroup.objects.filter(locale=vi)}
    trees = {
        (index_model, locale.pk): TreeWriter(_locale_tree(index_model, locale), page_model)
        for index_model, page_model in ((ProducerIndexPage, ProducerPage), (CatalogueIndexPage, ProductPage))
        for locale in (vi, en)
    }
    run = f"{seed}{uuid.uuid4().hex[:4]}"
    today = datetime.date.today()
    made = 0
    while made < products:
        size = min(BATCH, products - made)
        with transaction.atomic():
            producers = [
                _producer_pages(rng, trees, vi, en, regions, wards, run, made + i) for i in range((size + 2) // 3)
            ]
            for locale in (vi, en):
                trees[(ProducerIndexPage, locale.pk)].flush()
            variants, certificates = [], []
            for j in range(size):
                producer, region = producers[j % len(producers)]
                _page, variant, certificate = _product_pages(
                    rng, trees, vi, en, groups, producer, region, run, made + j, today
                )
                variants.append(variant)
                certificates.append(certificate)
            vi_products = trees[(CatalogueIndexPage, vi.pk)].flush()
            trees[(CatalogueIndexPage, en.pk)].flush()
            for page, variant, certificate in zip(vi_products, variants, certificates, strict=True):
                variant.product_id = certificate.product_id = page.pk
            ProductVariant.objects.bulk_create(variants)
            Certification.objects.bulk_create(certificates)
        made += size
        if stdout:
            stdout.write(f"  {made}/{products} products")
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return made
