"""Public pages make a bounded number of SQL queries: at most 15, and no more for 12 products
listed than for 3 (no query per card: prices, stars, images' renditions, producer names).

Measured like production: the content-version cache on (site_config/content_version.py), the
second request of a page counted (the first warms per-process caches).
"""

import io
import re

import pytest
from django.core.cache import caches
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image
from wagtail.models import Collection

from catalogue.models import CatalogueImage
from tests.factories import CertificationFactory, ProductPageFactory, ProductVariantFactory
from tests.search_index import SearchIndex

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15


@pytest.fixture
def production_caches(settings, tmp_path, django_capture_on_commit_callbacks):
    settings.OCOP_CONTENT_CACHE_SECONDS = 600
    caches["pages"].clear()  # every test's database starts at content version 0
    settings.MEDIA_ROOT = tmp_path
    Collection.get_first_root_node() or Collection.add_root(name="Root")

    def committed():
        # Content changes raise the content version when they commit, as in production; the
        # test's transaction never does (the cached lists would show the 3 products of before).
        return django_capture_on_commit_callbacks(execute=True)

    return committed


def make_image(n):
    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), "#0b5e5a").save(buffer, "JPEG")
    return CatalogueImage.objects.create(title=f"Ảnh {n}", file=ImageFile(buffer, name=f"anh-{n}.jpg"))


class Catalogue:
    """Products of one producer, region and group, each with a photo, two variants and stars."""

    def __init__(self, site_tree, producer, region, group):
        self.site_tree, self.producer, self.region, self.group = site_tree, producer, region, group
        self.products = []
        producer.image = make_image("producer")
        producer.save_revision().publish()

    def grow_to(self, count):
        while len(self.products) < count:
            n = len(self.products)
            page = ProductPageFactory(
                parent=self.site_tree["catalogue"],
                title=f"Sản phẩm {n}",
                slug=f"san-pham-{n}",
                producer=self.producer,
                region=self.region,
                group=self.group,
                image=make_image(n),
            )
            page.save_revision().publish()
            ProductVariantFactory(product=page, price_vnd=100_000 + n, stock=5)
            ProductVariantFactory(product=page, price_vnd=200_000 + n, stock=0, sort_order=1)
            CertificationFactory(product=page, stars=4 + n % 2)
            self.products.append(page)
        SearchIndex().reset().add([p.translation_key for p in self.products])
        return self


def queries_of(client, url):
    client.get(url)  # warm: templates, site root paths, the content cache
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries), response


URLS = {
    "home": lambda c: "/vi/",
    "catalogue": lambda c: c.site_tree["catalogue"].url,
    "locality": lambda c: f"{c.site_tree['catalogue'].url}region/{c.region.slug}/",
    "product": lambda c: c.products[0].url,
    "producer": lambda c: c.producer.url,
    "producers": lambda c: c.site_tree["producers"].url,
}


@pytest.mark.parametrize("kind", list(URLS))
def test_page_queries_are_bounded_and_do_not_grow_with_the_products_listed(
    client, production_caches, site_tree, producer, region, group, kind
):
    with production_caches():
        catalogue = Catalogue(site_tree, producer, region, group).grow_to(3)
    url = URLS[kind](catalogue)
    few, response = queries_of(client, url)
    assert few <= MAX_QUERIES, f"{kind}: {few} queries"

    with production_caches():
        catalogue.grow_to(12)
    many, response = queries_of(client, url)
    assert many <= few, f"{kind}: {few} queries with 3 products, {many} with 12"
    if kind in ("catalogue", "locality", "producer"):
        # every product is listed (the pages list 24 a page), each card with its photo
        html = response.content.decode()
        assert all(p.title in html for p in catalogue.products)
        assert html.count("<picture") >= 12


@pytest.mark.parametrize("kind", list(URLS))
def test_a_page_cached_before_its_photos_renditions_existed_does_not_make_them_again(
    client, production_caches, site_tree, producer, region, group, kind, monkeypatch
):
    """The first visit makes the renditions after the page's objects (with their renditions
    prefetched, none yet) went into the content-version cache. Wagtail trusts a prefetch, so
    every later visit encoded the photos again (AVIF: ~0.1 s each; the new files then deleted as
    duplicates) until the version moved: a fresh site's home and producer pages answered in
    0.4–0.7 s for minutes."""
    with production_caches():
        catalogue = Catalogue(site_tree, producer, region, group).grow_to(3)
    url = URLS[kind](catalogue)
    first = client.get(url)
    assert first.status_code == 200

    encoded = []
    encode = CatalogueImage.generate_rendition_file

    def counted(image, filter, **kwargs):
        encoded.append(f"{image.title} {filter.spec}")
        return encode(image, filter, **kwargs)

    monkeypatch.setattr(CatalogueImage, "generate_rendition_file", counted)
    again = client.get(url)
    assert encoded == [], f"{kind}: photos encoded again at the second visit"
    pictures = re.compile(r"<picture.*?</picture>", re.S)
    assert pictures.findall(again.content.decode()) == pictures.findall(first.content.decode())


@pytest.mark.parametrize("kind", ["product", "home", "catalogue"])
def test_renditions_deleted_after_a_page_was_kept_are_not_shown(
    client, production_caches, site_tree, producer, region, group, kind, settings
):
    """A product page keeps its photos' renditions in the content-version cache; deleting
    renditions (an operator purging them) must not leave a page naming files that are gone."""
    with production_caches():
        catalogue = Catalogue(site_tree, producer, region, group).grow_to(3)
    url = URLS[kind](catalogue)
    assert client.get(url).status_code == 200
    client.get(url)  # the page's objects and renditions kept
    with production_caches():
        for rendition in CatalogueImage.get_rendition_model().objects.all():
            rendition.delete()  # as Wagtail's admin or a purge does: its file goes too
    html = client.get(url).content.decode()
    media = re.findall(r'(?:src|srcset)="([^"]+)"', html)
    files = {part.split()[0] for value in media for part in value.split(",") if "/media/" in part}
    assert files, "no photo on the page"
    for address in files:
        path = settings.MEDIA_ROOT / address.split("/media/", 1)[1]
        assert path.exists(), f"{kind}: {address} is gone"
