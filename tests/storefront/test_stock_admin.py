"""Prices and stock in the admin: finding variants, editing them safely, bulk edit, import,
goods received, the stock log, and who may do what."""

import pytest
from staff_helpers import body_of, ensure_shop_manager_group, make_staff
from storefront_helpers import make_product, order_for
from wagtail.models import Locale

from catalogue.models import ProducerPage, ProductPage, ProductVariant, Region
from storefront.models import PaymentMethod, StockMovement
from storefront.services.orders import set_status
from storefront.status import OrderStatus

LIST = "/admin/snippets/catalogue/productvariant/"


@pytest.fixture
def catalogue(shop_tree):
    """Chả mực (Hạ Long) and Sá sùng khô (Vân Đồn, another producer)."""
    locale = shop_tree["catalogue"].locale
    van_don = Region.objects.create(name="Vân Đồn", slug="van-don", locale=locale)
    producer = shop_tree["producers"] if "producers" in shop_tree else shop_tree["producer"].get_parent()
    minh_chau = producer.add_child(
        instance=ProducerPage(
            title="HTX Thủy sản Minh Châu",
            slug="htx-minh-chau",
            producer_type="cooperative",
            region=van_don,
            locale=locale,
        )
    )
    cha_muc = make_product(shop_tree, title="Chả mực Hạ Long", price=120000, stock=10, sku="CM-500")
    tree = {**shop_tree, "producer": minh_chau, "region": van_don}
    sa_sung = make_product(tree, title="Sá sùng khô Vân Đồn", price=2100000, stock=4, sku="SS-100")
    return {"cha_muc": cha_muc, "sa_sung": sa_sung, "van_don": van_don, "minh_chau": minh_chau}


@pytest.fixture
def editor(db, django_user_model, client):
    user = make_staff(
        django_user_model,
        "editor",
        permissions=[
            "wagtailadmin.access_admin",
            "catalogue.add_productvariant",
            "catalogue.change_productvariant",
            "catalogue.view_productvariant",
            "storefront.view_stockmovement",
            "storefront.record_delivery",
        ],
    )
    client.force_login(user)
    return user


def listing(client, **params):
    response = client.get(LIST, params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["Sá sùng", "Sa sung", "sa sung kho", "Minh Chau", "Vân Đồn", "SS-100"])
def test_search_by_product_producer_locality_with_or_without_tone_marks(client, editor, catalogue, typed):
    page = listing(client, q=typed)
    assert "SS-100" in page and "CM-500" not in page


@pytest.mark.django_db
def test_filters_and_formatted_listing(client, editor, catalogue):
    page = listing(client, producer=catalogue["minh_chau"].pk)
    assert "SS-100" in page and "CM-500" not in page
    page = listing(client, locality=catalogue["van_don"].pk)
    assert "SS-100" in page and "CM-500" not in page
    page = listing(client, stock_level="low")
    assert "SS-100" in page and "CM-500" not in page
    page = listing(client, product=catalogue["cha_muc"].product_id)
    assert "CM-500" in page and "SS-100" not in page
    page = listing(client)
    assert "₫2,100,000" in page and "2100000" not in page  # the editor's admin speaks English
    assert ">True<" not in page and "True" not in page.split("<tbody", 1)[1]


@pytest.mark.django_db
def test_add_from_the_product_is_prefilled_and_the_chooser_offers_only_vietnamese_pages(
    client, editor, catalogue, admin_client
):
    product = catalogue["sa_sung"].product
    english = Locale.objects.get_or_create(language_code="en")[0]
    product.get_parent().add_child(
        instance=ProductPage(
            title="Dried peanut worms",
            slug="dried-peanut-worms",
            locale=english,
            translation_key=product.translation_key,
            producer=product.producer,
            group=product.group,
            region=product.region,
        )
    )
    editor_page = admin_client.get(f"/admin/pages/{product.pk}/edit/").content.decode()
    assert f"{LIST}add/?product={product.pk}" in editor_page
    form = client.get(f"{LIST}add/", {"product": product.pk}).content.decode()
    assert "Sá sùng khô Vân Đồn" in form and f'value="{product.pk}"' in form
    chooser = client.get("/admin/shop/product-chooser/").json()["html"]
    assert "Sá sùng khô Vân Đồn" in chooser and "Dried peanut worms" not in chooser
    found = client.get("/admin/shop/product-chooser/results/", {"q": "sa sung"}).content.decode()
    assert "Sá sùng khô Vân Đồn" in found and "Chả mực" not in found


def variant_form(variant, **overrides):
    data = {
        "product": variant.product_id,
        "sku": variant.sku,
        "pack": variant.pack,
        "size": variant.size,
        "price_vnd": str(variant.price_vnd),
        "stock": str(variant.stock),
        "stock_seen": str(variant.stock),
        "weight_grams": "500",
        "is_active": "on",
        "sort_order": "0",
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("850.000", 850000),
        ("850,000", 850000),
        ("850 000", 850000),
        ("850000", 850000),
        ("850.000 ₫", 850000),
        ("1.200.000", 1200000),
    ],
)
def test_prices_typed_the_vietnamese_way(client, editor, catalogue, typed, stored):
    variant = catalogue["cha_muc"]
    response = client.post(f"{LIST}edit/{variant.pk}/", variant_form(variant, price_vnd=typed))
    assert response.status_code == 302
    assert ProductVariant.objects.get(pk=variant.pk).price_vnd == stored


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["850.5", "85,00", "abc", "-850000", "８５０"])
def test_a_price_that_is_not_whole_dong_says_how_to_write_it(client, editor, catalogue, typed):
    variant = catalogue["cha_muc"]
    response = client.post(f"{LIST}edit/{variant.pk}/", variant_form(variant, price_vnd=typed))
    assert response.status_code == 200
    assert "whole đồng, e.g. 850.000" in response.content.decode()
    assert ProductVariant.objects.get(pk=variant.pk).price_vnd == 120000


@pytest.mark.django_db
def test_editing_stock_is_logged_and_a_sale_meanwhile_is_not_overwritten(client, editor, catalogue):
    variant = catalogue["cha_muc"]
    assert client.post(f"{LIST}edit/{variant.pk}/", variant_form(variant, stock="25")).status_code == 302
    movement = StockMovement.objects.get(variant=variant)
    assert (movement.change, movement.stock_after, movement.reason, movement.changed_by) == (15, 25, "manual", editor)
    variant.refresh_from_db()
    form = variant_form(variant, stock="30")  # the editor saw 25…
    order_for(variant, quantity=2, method=PaymentMethod.COD)  # …a buyer takes 2 meanwhile
    response = client.post(f"{LIST}edit/{variant.pk}/", form)
    assert response.status_code == 200 and "changed while you were editing" in response.content.decode()
    assert ProductVariant.objects.get(pk=variant.pk).stock == 23


@pytest.mark.django_db
def test_new_variant_starts_with_a_logged_stock(client, editor, catalogue):
    product = catalogue["sa_sung"].product
    data = {
        "product": product.pk,
        "sku": "SS-250",
        "pack": "bag",
        "size": "250 g",
        "price_vnd": "4.900.000",
        "stock": "7",
        "weight_grams": "300",
        "is_active": "on",
        "sort_order": "1",
    }
    assert client.post(f"{LIST}add/", data).status_code == 302
    variant = ProductVariant.objects.get(sku="SS-250")
    assert (variant.price_vnd, variant.stock) == (4900000, 7)
    assert list(variant.stock_movements.values_list("change", "reason")) == [(7, "manual")]


@pytest.mark.django_db
def test_bulk_edit_changes_several_variants_or_none(client, editor, catalogue):
    cha_muc, sa_sung = catalogue["cha_muc"], catalogue["sa_sung"]
    page = client.get("/admin/shop/stock/bulk-edit/", {"q": "sa sung"}).content.decode()
    assert "SS-100" in page and "CM-500" not in page
    data = {
        f"v{cha_muc.pk}-price": "125.000",
        f"v{cha_muc.pk}-stock": "12",
        f"v{cha_muc.pk}-stock_seen": "10",
        f"v{sa_sung.pk}-price": "2.100.000",
        f"v{sa_sung.pk}-stock": "oops",
        f"v{sa_sung.pk}-stock_seen": "4",
    }
    response = client.post("/admin/shop/stock/bulk-edit/", data)
    assert response.status_code == 200
    assert ProductVariant.objects.get(pk=cha_muc.pk).price_vnd == 120000  # nothing saved
    data[f"v{sa_sung.pk}-stock"] = "6"
    assert client.post("/admin/shop/stock/bulk-edit/", data).status_code == 302
    assert ProductVariant.objects.get(pk=cha_muc.pk).price_vnd == 125000
    assert ProductVariant.objects.get(pk=cha_muc.pk).stock == 12
    assert ProductVariant.objects.get(pk=sa_sung.pk).stock == 6
    assert StockMovement.objects.filter(reason="manual", changed_by=editor).count() == 2


CSV_OK = "\ufeffsku;giá (VND);tồn kho\nCM-500;130.000;15\nSS-100;;8\n"
CSV_BAD = "sku,price_vnd,stock\nCM-500,130.5,15\nNOPE,100000,1\nSS-100,2.000.000,-3\nSS-100,500,\n"


@pytest.mark.django_db
def test_import_previews_then_applies_and_logs(client, editor, catalogue):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("stock.csv", CSV_OK.encode("utf-8"), content_type="text/csv")
    preview = client.post("/admin/shop/stock/import/", {"file": upload, "preview": "1"})
    page = preview.content.decode()
    assert preview.status_code == 200 and "₫120,000" in page and "₫130,000" in page and "Import 2 changes" in page
    assert ProductVariant.objects.get(sku="CM-500").price_vnd == 120000  # a preview changes nothing
    content = preview.context["form"]["content"].value()
    done = client.post("/admin/shop/stock/import/", {"content": content, "apply": "1"})
    assert done.status_code == 302
    assert ProductVariant.objects.get(sku="CM-500").price_vnd == 130000
    assert ProductVariant.objects.get(sku="CM-500").stock == 15
    assert ProductVariant.objects.get(sku="SS-100").price_vnd == 2100000  # empty cell: unchanged
    assert ProductVariant.objects.get(sku="SS-100").stock == 8
    assert set(StockMovement.objects.filter(reason="import").values_list("sku", "change")) == {
        ("CM-500", 5),
        ("SS-100", 4),
    }


@pytest.mark.django_db
def test_import_reports_every_bad_row_and_imports_nothing(client, editor, catalogue):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("stock.csv", CSV_BAD.encode("utf-8"), content_type="text/csv")
    response = client.post("/admin/shop/stock/import/", {"file": upload, "preview": "1"})
    page = response.content.decode()
    assert response.status_code == 400
    assert "4 lines have errors" in page
    assert "whole đồng, e.g. 850.000" in page and "No variant has this SKU" in page
    assert "a whole number of units" in page and "already on an earlier line" in page
    response = client.post("/admin/shop/stock/import/", {"content": CSV_BAD, "apply": "1"})
    assert response.status_code == 400
    assert ProductVariant.objects.get(sku="CM-500").stock == 10
    assert not StockMovement.objects.exists()


@pytest.mark.django_db
def test_sales_and_cancellations_are_in_the_stock_log(client, editor, catalogue):
    variant = catalogue["cha_muc"]
    order = order_for(variant, quantity=3, method=PaymentMethod.COD)
    set_status(order, OrderStatus.CANCELLED)
    log = client.get("/admin/snippets/storefront/stockmovement/").content.decode()
    assert order.number in log and "Sale" in log and "Order cancelled" in log
    assert list(StockMovement.objects.order_by("pk").values_list("change", "stock_after", "reason")) == [
        (-3, 7, "sale"),
        (3, 10, "cancellation"),
    ]


@pytest.mark.django_db
def test_shop_manager_sees_stock_records_deliveries_but_cannot_change_prices(client, django_user_model, catalogue):
    manager = make_staff(django_user_model, "kho", group=ensure_shop_manager_group())
    client.force_login(manager)
    variant = catalogue["sa_sung"]
    page = listing(client)
    assert "SS-100" in page and f"{LIST}edit/{variant.pk}/" not in page
    assert f"{LIST}inspect/{variant.pk}/" in page and f"/admin/shop/stock/delivery/?variant={variant.pk}" in page
    details = " ".join(client.get(f"{LIST}inspect/{variant.pk}/").content.decode().split())
    assert "₫2,100,000" in details and "<dd> Yes </dd>" in details and "<dd> True </dd>" not in details
    assert client.get("/admin/snippets/storefront/stockmovement/").status_code == 200
    response = client.post(
        "/admin/shop/stock/delivery/", {"variant": variant.pk, "quantity": "20", "note": "phiếu nhập 17"}
    )
    assert response.status_code == 302
    movement = StockMovement.objects.get(reason="delivery")
    assert (movement.change, movement.stock_after, movement.changed_by, movement.note) == (
        20,
        24,
        manager,
        "phiếu nhập 17",
    )
    client.post(f"{LIST}edit/{variant.pk}/", variant_form(variant, price_vnd="1000", stock="0"))
    assert ProductVariant.objects.get(pk=variant.pk).price_vnd == 2100000
    assert client.get("/admin/shop/stock/bulk-edit/").status_code in (302, 403)
    assert client.get("/admin/shop/stock/import/").status_code in (302, 403)
    bad = client.post("/admin/shop/stock/delivery/", {"variant": variant.pk, "quantity": "-5"})
    assert bad.status_code == 400 and ProductVariant.objects.get(pk=variant.pk).stock == 24


@pytest.mark.django_db
def test_stock_log_export(client, editor, catalogue):
    order_for(catalogue["cha_muc"], quantity=1, method=PaymentMethod.COD)
    body = body_of(client.get("/admin/snippets/storefront/stockmovement/", {"export": "csv"})).decode()
    assert "CM-500" in body
