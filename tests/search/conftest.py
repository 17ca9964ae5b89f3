"""Fixtures of the search tests: a small bilingual catalogue, indexed on the real node.

Elasticsearch comes from ELASTICSEARCH_URL (``make test`` starts scripts/elasticsearch.sh); a
missing node fails the tests, it never skips them. Each test gets a fresh index (prefix
``ocoptest_``): the database is rolled back after a test, the index is not.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.conf import settings as django_settings
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction, Site

from catalogue.models import (
    CatalogueIndexPage,
    Certification,
    ProducerIndexPage,
    ProducerPage,
    ProductGroup,
    ProductPage,
    ProductVariant,
    Region,
)
from home.models import HomePage
from tests.search_index import SearchIndex, translate_node


@pytest.fixture
def search_index(db):
    if not django_settings.ELASTICSEARCH_URL:
        pytest.fail("ELASTICSEARCH_URL is not set: start Elasticsearch with scripts/elasticsearch.sh start")
    index = SearchIndex()
    index.reset()
    return index


def _page(parent, page):
    parent.add_child(instance=page)
    return page


class CatalogueBuilder:
    def __init__(self):
        self.vi = Locale.get_default()
        self.en, _ = Locale.objects.get_or_create(language_code="en")
        root = Page.get_first_root_node()
        self.home = _page(root, HomePage(title="Trang chủ", slug="search-home", locale=self.vi))
        Site.objects.update_or_create(
            is_default_site=True, defaults={"root_page": self.home, "hostname": "testserver", "site_name": "OCOP"}
        )
        self.catalogue = _page(self.home, CatalogueIndexPage(title="Sản phẩm", slug="san-pham", locale=self.vi))
        self.producers = _page(self.home, ProducerIndexPage(title="Chủ thể", slug="chu-the", locale=self.vi))
        self.today = timezone.localdate()

    def region(self, slug, name, en_name, parent=None, kind="locality"):
        node = Region.objects.create(name=name, slug=slug, locale=self.vi, parent=parent, kind=kind)
        translate_node(node, self.en, en_name)
        return node

    def group(self, slug, name, en_name, parent=None):
        node = ProductGroup.objects.create(name=name, slug=slug, locale=self.vi, parent=parent)
        translate_node(node, self.en, en_name)
        return node

    def producer(self, title, producer_type, region):
        return _page(
            self.producers,
            ProducerPage(
                title=title,
                slug=f"producer-{ProducerPage.objects.count() + 1}",
                producer_type=producer_type,
                region=region,
                locale=self.vi,
            ),
        )

    def product(
        self,
        title,
        producer,
        region,
        group,
        price=100_000,
        stock=10,
        stars=None,
        cert_age_days=30,
        intro="",
        live=True,
        **extra,
    ):
        page = _page(
            self.catalogue,
            ProductPage(
                title=title,
                slug=f"product-{ProductPage.objects.count() + 1}",
                producer=producer,
                region=region,
                group=group,
                intro=intro,
                locale=self.vi,
                live=live,
                first_published_at=timezone.now() - datetime.timedelta(days=ProductPage.objects.count())
                if live
                else None,
                **extra,
            ),
        )
        ProductVariant.objects.create(product=page, sku=f"SKU-{page.pk}", size="500 g", price_vnd=price, stock=stock)
        if stars:
            self.certify(page, stars, self.today - datetime.timedelta(days=cert_age_days))
        return page

    def certify(self, page, stars, issued_on):
        score = {1: 20, 2: 40, 3: 60, 4: 80, 5: 95}[stars]
        return Certification.objects.create(
            product=page,
            stars=stars,
            score=score,
            certificate_number=f"QN-{page.pk}-{issued_on}",
            level="national" if stars == 5 else "provincial",
            issuing_body="UBND tỉnh Quảng Ninh",
            issued_on=issued_on,
        )

    def translate(self, page, title, intro=""):
        """An English version of a product page (core copy_for_translation), published."""
        copy = page.copy_for_translation(self.en, copy_parents=True, alias=False)
        copy.title = title
        copy.intro = intro
        copy.slug = f"{page.slug}-en"
        copy.save_revision().publish()
        return ProductPage.objects.get(pk=copy.pk)


@pytest.fixture
def catalogue(search_index):
    """Seven live Vietnamese products (two also in English) and three that must never be found."""
    b = CatalogueBuilder()
    province = b.region("quang-ninh", "Quảng Ninh", "Quang Ninh", kind="province")
    ha_long = b.region("ha-long", "Hạ Long", "Ha Long", parent=province)
    hong_gai = b.region("hong-gai", "Hồng Gai", "Hong Gai", parent=ha_long, kind="ward")
    ba_che = b.region("ba-che", "Ba Chẽ", "Ba Che", parent=province)
    tien_yen = b.region("tien-yen", "Tiên Yên", "Tien Yen", parent=province)
    dam_ha = b.region("dam-ha", "Đầm Hà", "Dam Ha", parent=province)
    food = b.group("thuc-pham", "Thực phẩm", "Food")
    processed = b.group("thuc-pham-che-bien", "Thực phẩm chế biến", "Processed food", parent=food)
    drinks = b.group("do-uong", "Đồ uống", "Beverages")
    tea = b.group("tra", "Trà", "Tea", parent=drinks)

    squid_maker = b.producer("Công ty Chả mực Hạ Long", "enterprise", ha_long)
    tea_coop = b.producer("HTX Trà hoa vàng Ba Chẽ", "cooperative", ba_che)
    household = b.producer("Hộ ông Đặng Văn Đức", "household", tien_yen)

    p = SimpleNamespace(
        regions=SimpleNamespace(
            province=province, ha_long=ha_long, hong_gai=hong_gai, ba_che=ba_che, tien_yen=tien_yen, dam_ha=dam_ha
        ),
        groups=SimpleNamespace(food=food, processed=processed, drinks=drinks, tea=tea),
        builder=b,
        vi=b.vi,
        en=b.en,
        index=search_index,
    )
    p.squid = b.product(
        "Chả mực Hạ Long",
        squid_maker,
        hong_gai,
        processed,
        price=350_000,
        stock=12,
        stars=4,
        intro="Chả mực giã tay từ mực tươi vùng vịnh.",
    )
    p.squid_dried = b.product("Mực khô Hạ Long", squid_maker, ha_long, food, price=900_000, stock=0, stars=3)
    p.tea = b.product(
        "Trà hoa vàng Ba Chẽ", tea_coop, ba_che, tea, price=500_000, stock=3, stars=5, intro="Trà hoa vàng sấy lạnh."
    )
    p.green_tea = b.product("Chè xanh Đầm Hà", tea_coop, dam_ha, tea, price=120_000, stock=40, stars=3)
    # the 3-star certificate expired yesterday: no current rating
    p.chicken = b.product("Gà đồi Tiên Yên", household, tien_yen, food, price=250_000, stock=5)
    b.certify(p.chicken, 3, b.today - datetime.timedelta(days=36 * 31))
    p.honey = b.product("Mật ong rừng Đầm Hà", household, dam_ha, food, price=200_000, stock=0)
    p.wine = b.product("Rượu mơ Yên Tử", household, tien_yen, drinks, price=180_000, stock=7, stars=4)

    # never found: a draft, a private page, a page past its expiry time
    p.draft = b.product("Chả mực nháp", squid_maker, ha_long, processed, live=False)
    p.private = b.product("Chả mực nội bộ", squid_maker, ha_long, processed)
    PageViewRestriction.objects.create(page=p.private, restriction_type=PageViewRestriction.LOGIN)
    p.expired = b.product(
        "Chả mực hết hạn", squid_maker, ha_long, processed, expire_at=timezone.now() - datetime.timedelta(hours=1)
    )

    p.squid_en = b.translate(p.squid, "Ha Long squid cakes", intro="Hand-pounded cakes of fresh bay squid.")
    p.tea_en = b.translate(p.tea, "Ba Che golden camellia tea", intro="Freeze-dried golden camellia flowers.")
    p.live_vi = [p.squid, p.squid_dried, p.tea, p.green_tea, p.chicken, p.honey, p.wine]
    search_index.index_all()
    return p


@pytest.fixture
def database_backend(catalogue):
    """Search as under ``make run``: Wagtail's database backend only, no Elasticsearch configured.

    The catalogue fixture indexed every product in the database backend too (the "fallback"
    alias writes the same tables), so the answers are the database backend's own.
    """
    from django.test import override_settings

    with override_settings(
        WAGTAILSEARCH_BACKENDS={"default": {"BACKEND": "wagtail.search.backends.database"}},
        OCOP_SEARCH_FALLBACK_BACKEND=None,
    ):
        yield
