"""Every change in issue 3 §6 reaches the index: publish, unpublish, move, delete, translate,
price, stock, certificate, producer name; ``update_index`` rebuilds without an empty moment."""

import datetime

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from catalogue.models import CatalogueIndexPage, ProductVariant
from home.models import HomePage
from search.params import SearchFilters
from search.queries import search_catalogue

pytestmark = pytest.mark.elasticsearch


def found(catalogue, text="", locale=None, **filters):
    catalogue.index.refresh()
    result = search_catalogue(text, locale or catalogue.vi, SearchFilters(**filters))
    assert not result.degraded
    return {p.title for p in result.products}


def test_publishing_a_product_indexes_it(catalogue, django_capture_on_commit_callbacks):
    b = catalogue.builder
    with django_capture_on_commit_callbacks(execute=True):
        page = b.product(
            "Hàu sữa Vân Đồn", catalogue.squid.producer, catalogue.regions.ha_long, catalogue.groups.food, live=False
        )
    assert "Hàu sữa Vân Đồn" not in found(catalogue, "hau sua")
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert found(catalogue, "hau sua van don") == {"Hàu sữa Vân Đồn"}


def test_editing_the_title_reindexes(catalogue, django_capture_on_commit_callbacks):
    page = catalogue.honey
    page.title = "Mật ong hoa bạc hà Đầm Hà"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert "Mật ong hoa bạc hà Đầm Hà" in found(catalogue, "bac ha")


def test_unpublishing_removes_it_from_results(catalogue, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        catalogue.tea.unpublish()
    assert "Trà hoa vàng Ba Chẽ" not in found(catalogue, "tra hoa vang")
    # the English translation is a page of its own and stays live
    assert found(catalogue, "golden camellia", locale=catalogue.en) == {"Ba Che golden camellia tea"}


def test_deleting_removes_it_from_the_index(catalogue, django_capture_on_commit_callbacks):
    pk = catalogue.wine.pk
    with django_capture_on_commit_callbacks(execute=True):
        catalogue.wine.delete()
    assert "Rượu mơ Yên Tử" not in found(catalogue, "ruou mo")
    assert not catalogue.index.es.exists(index=catalogue.index.index.name, id=str(pk))


def test_moving_under_a_private_section_hides_it(catalogue, django_capture_on_commit_callbacks):
    b = catalogue.builder
    other_home = b.home.get_parent().add_child(instance=HomePage(title="Nội bộ", slug="noi-bo", locale=b.vi))
    hidden = other_home.add_child(instance=CatalogueIndexPage(title="Kho", slug="kho", locale=b.vi))
    PageViewRestriction.objects.create(page=other_home, restriction_type=PageViewRestriction.LOGIN)
    with django_capture_on_commit_callbacks(execute=True):
        catalogue.honey.move(hidden, pos="last-child")
    assert "Mật ong rừng Đầm Hà" not in found(catalogue, "mat ong")
    doc = catalogue.index.document(catalogue.honey)
    assert doc["ocop_path"].startswith(hidden.path)


def test_translating_a_product_indexes_the_new_language(catalogue, django_capture_on_commit_callbacks):
    assert found(catalogue, "hill chicken", locale=catalogue.en) == set()
    with django_capture_on_commit_callbacks(execute=True):
        catalogue.builder.translate(catalogue.chicken, "Tien Yen hill chicken")
    assert found(catalogue, "hill chicken", locale=catalogue.en) == {"Tien Yen hill chicken"}


def test_price_change_reindexes_every_translation(catalogue, django_capture_on_commit_callbacks):
    variant = ProductVariant.objects.get(product=catalogue.squid)
    variant.price_vnd = 95_000
    with django_capture_on_commit_callbacks(execute=True):
        variant.save()
    assert "Chả mực Hạ Long" in found(catalogue, price_max=100_000)
    assert found(catalogue, locale=catalogue.en, price_max=100_000) == {"Ha Long squid cakes"}


def test_stock_change_reindexes(catalogue, django_capture_on_commit_callbacks):
    assert "Mật ong rừng Đầm Hà" not in found(catalogue, in_stock=True)
    variant = ProductVariant.objects.get(product=catalogue.honey)
    variant.stock = 4
    with django_capture_on_commit_callbacks(execute=True):
        variant.save()
    assert "Mật ong rừng Đầm Hà" in found(catalogue, in_stock=True)


def test_new_certificate_reindexes(catalogue, django_capture_on_commit_callbacks):
    assert "Mật ong rừng Đầm Hà" not in found(catalogue, stars=4)
    with django_capture_on_commit_callbacks(execute=True):
        catalogue.builder.certify(catalogue.honey, 4, catalogue.builder.today - datetime.timedelta(days=1))
    assert "Mật ong rừng Đầm Hà" in found(catalogue, stars=4)
    assert found(catalogue, "squid", locale=catalogue.en, stars=4) == {"Ha Long squid cakes"}


def test_certificate_expiry_needs_no_reindex(catalogue):
    """The index keeps validity periods: the day after expiry the rating is gone by itself."""
    expires = catalogue.squid.current_certification.expires_on
    index = catalogue.index
    body = {
        "query": {
            "bool": {
                "filter": [
                    {"ids": {"values": [str(catalogue.squid.pk)]}},
                    {"term": {"ocop_stars_ge_4": (expires + datetime.timedelta(days=1)).isoformat()}},
                ]
            }
        }
    }
    assert index.es.count(index=index.index.name, **body)["count"] == 0
    body["query"]["bool"]["filter"][1]["term"]["ocop_stars_ge_4"] = expires.isoformat()
    assert index.es.count(index=index.index.name, **body)["count"] == 1


def test_producer_rename_reindexes_its_products(catalogue, django_capture_on_commit_callbacks):
    producer = catalogue.tea.producer
    producer.title = "HTX Dược liệu Hải Hà"
    with django_capture_on_commit_callbacks(execute=True):
        producer.save_revision().publish()
    assert {"Trà hoa vàng Ba Chẽ", "Chè xanh Đầm Hà"} <= found(catalogue, "duoc lieu")


def test_renaming_a_region_reindexes_its_products(catalogue, django_capture_on_commit_callbacks):
    from catalogue.models import Region

    english = Region.objects.get(translation_key=catalogue.regions.dam_ha.translation_key, locale=catalogue.en)
    english.name = "Dam Ha district"
    with django_capture_on_commit_callbacks(execute=True):
        english.save()
    assert found(catalogue, "district", locale=catalogue.en) == set()  # no English page there yet
    vi = catalogue.regions.dam_ha
    vi.name = "Đầm Hà Quảng Ninh mới"
    with django_capture_on_commit_callbacks(execute=True):
        vi.save()
    assert found(catalogue, "dam ha quang ninh moi") == {"Chè xanh Đầm Hà", "Mật ong rừng Đầm Hà"}


def test_update_index_rebuilds_atomically(catalogue):
    index = catalogue.index
    backend, alias = index.backend, index.index
    expected = found(catalogue, "ha long")
    # a rebuild in progress: the new index is filled while searches still use the old one
    rebuilder = backend.rebuilder_class(alias)
    new_index = rebuilder.start()
    for model in (type(catalogue.squid),):
        new_index.add_model(model)
    assert found(catalogue, "ha long") == expected
    new_index.delete()

    call_command("update_index", backend_name="default", verbosity=0)
    assert backend.es.indices.exists_alias(name=alias.name)
    assert found(catalogue, "ha long") == expected
    call_command("update_index", backend_name="default", verbosity=0)  # alias → new index again
    assert len(backend.es.indices.get_alias(name=alias.name)) == 1
    assert found(catalogue, "ha long") == expected
    assert found(catalogue, "") == {p.title for p in catalogue.live_vi}


def test_selling_the_last_unit_and_cancelling_update_the_in_stock_filter(catalogue, django_capture_on_commit_callbacks):
    """The storefront's atomic stock UPDATE sends no signal; the index must follow it anyway."""
    from django.db import transaction

    from storefront.models import Order
    from storefront.services.stock import release_stock, reserve_stock

    variant = ProductVariant.objects.filter(product=catalogue.squid).order_by("pk").first()
    ProductVariant.objects.filter(product=catalogue.squid).exclude(pk=variant.pk).update(stock=0)
    ProductVariant.objects.filter(pk=variant.pk).update(stock=1)
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        reserve_stock({variant.pk: 1})
    assert catalogue.squid.title not in found(catalogue, in_stock=True)

    order = Order.objects.create(
        number="QN-TEST-1",
        checkout_key="freshness-test",
        payment_method="cod",
        customer_name="Lan",
        email="lan@example.vn",
        street_address="1 Hạ Long",
        shipping_zone="in_province",
        language="vi",
        subtotal_vnd=variant.price_vnd,
        shipping_vnd=0,
        total_vnd=variant.price_vnd,
        stock_held=True,
    )
    order.lines.create(
        variant=variant,
        quantity=1,
        product_name=catalogue.squid.title,
        variant_label=variant.label,
        sku=variant.sku,
        producer_name="",
        unit_price_vnd=variant.price_vnd,
        line_total_vnd=variant.price_vnd,
    )
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        assert release_stock(order)
    assert catalogue.squid.title in found(catalogue, in_stock=True)


# --- the API's rows come from the index (search.cards): each field they show stays fresh --------


def api_row(catalogue, client, page):
    """The API's row for ``page`` (asserting it came from the index, not from the pages)."""
    from search.queries import search_catalogue as search

    catalogue.index.refresh()
    locale = catalogue.en if page.locale_id == catalogue.en.pk else catalogue.vi
    assert search("", locale, load_pages=False).rows is not None
    data = client.get("/api/v1/search/", {"locale": locale.language_code}).json()
    assert data["degraded"] is False
    return next(row for row in data["results"] if row["id"] == page.pk)


def test_api_rows_are_answered_from_the_index(catalogue, client, django_assert_max_num_queries):
    from search.queries import search_catalogue as search

    catalogue.index.refresh()
    with django_assert_max_num_queries(4):  # view restrictions and the place names; never a page
        result = search("tra hoa vang", catalogue.vi, load_pages=False, facets=False)
    assert result.products == [] and result.rows[0]["title"] == "Trà hoa vàng Ba Chẽ"
    row = api_row(catalogue, client, catalogue.tea_en)
    assert row == {
        "id": catalogue.tea_en.pk,
        "title": "Ba Che golden camellia tea",
        "url": f"http://testserver{catalogue.tea_en.url}",
        "producer": {"name": "HTX Trà hoa vàng Ba Chẽ", "url": f"http://testserver{catalogue.tea.producer.url}"},
        "region": {"slug": "ba-che", "name": "Ba Che"},
        "group": {"slug": "tra", "name": "Tea"},
        "stars": 5,
        "price_min_vnd": 500_000,
        "in_stock": True,
        "image": None,
    }


def test_api_row_follows_the_producers_name_and_publication(catalogue, client, django_capture_on_commit_callbacks):
    producer = catalogue.tea.producer
    producer.title = "HTX Dược liệu Hải Hà"
    with django_capture_on_commit_callbacks(execute=True):
        producer.save_revision().publish()
    assert api_row(catalogue, client, catalogue.tea)["producer"]["name"] == "HTX Dược liệu Hải Hà"
    with django_capture_on_commit_callbacks(execute=True):
        producer.unpublish()
    assert api_row(catalogue, client, catalogue.tea)["producer"] == {"name": "HTX Dược liệu Hải Hà", "url": None}


def test_api_row_follows_slug_changes_of_the_page_and_of_the_pages_above(
    catalogue, client, django_capture_on_commit_callbacks
):
    page = catalogue.tea
    page.slug = "tra-hoa-vang-moi"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert api_row(catalogue, client, page)["url"].endswith("/san-pham/tra-hoa-vang-moi/")
    index_page = catalogue.builder.catalogue
    index_page.slug = "dac-san"
    with django_capture_on_commit_callbacks(execute=True):
        index_page.save_revision().publish()
    assert api_row(catalogue, client, page)["url"].endswith("/dac-san/tra-hoa-vang-moi/")
    producers = catalogue.builder.producers
    producers.slug = "nha-san-xuat"
    with django_capture_on_commit_callbacks(execute=True):
        producers.save_revision().publish()
    assert "/nha-san-xuat/" in api_row(catalogue, client, page)["producer"]["url"]


def test_api_row_follows_region_and_group_names(catalogue, client, django_capture_on_commit_callbacks):
    from catalogue.models import ProductGroup

    english = ProductGroup.objects.get(translation_key=catalogue.groups.tea.translation_key, locale=catalogue.en)
    english.name = "Teas and infusions"
    with django_capture_on_commit_callbacks(execute=True):
        english.save()
    assert api_row(catalogue, client, catalogue.tea_en)["group"] == {"slug": "tra", "name": "Teas and infusions"}


def test_api_row_follows_price_stock_and_stars(catalogue, client, django_capture_on_commit_callbacks):
    variant = ProductVariant.objects.get(product=catalogue.honey)
    variant.price_vnd, variant.stock = 210_000, 3
    with django_capture_on_commit_callbacks(execute=True):
        variant.save()
        catalogue.builder.certify(catalogue.honey, 4, catalogue.builder.today - datetime.timedelta(days=1))
    row = api_row(catalogue, client, catalogue.honey)
    assert (row["price_min_vnd"], row["in_stock"], row["stars"]) == (210_000, True, 4)


def test_api_row_follows_the_image(catalogue, client, django_capture_on_commit_callbacks):
    import io

    from django.core.files.images import ImageFile
    from PIL import Image
    from wagtail.images import get_image_model

    def picture(colour):
        data = io.BytesIO()
        Image.new("RGB", (800, 600), colour).save(data, "PNG")
        return ImageFile(data, name=f"{colour}.png")

    image = get_image_model().objects.create(title="Trà", file=picture("gold"))
    page = catalogue.tea
    page.image = image
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    first = api_row(catalogue, client, page)["image"]
    assert first.startswith("http://testserver/") and ".fill-400x300.format-webp" in first
    image.file = picture("green")
    image.focal_point_x, image.focal_point_y, image.focal_point_width, image.focal_point_height = 10, 10, 50, 50
    with django_capture_on_commit_callbacks(execute=True):
        image.save()
    second = api_row(catalogue, client, page)["image"]
    assert second != first and ".fill-400x300.format-webp" in second
