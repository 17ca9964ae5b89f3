"""VND amounts typed the Vietnamese way, in every admin form that takes one."""

import pytest
from django import forms
from django.utils import translation

from site_config.fields import VNDFormField, parse_vnd
from site_config.models import ShopSettings


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("850.000", 850000),
        ("850,000", 850000),
        ("850 000", 850000),
        ("850000", 850000),
        ("850.000 ₫", 850000),
        ("850.000đ", 850000),
        ("1.200.000", 1200000),
        ("1,200,000 VND", 1200000),
        ("850\u00a0000\u00a0₫", 850000),
        ("  25.000  ", 25000),
        ("", None),
    ],
)
def test_parse_vnd_reads_what_staff_type(typed, amount):
    assert parse_vnd(typed) == amount


@pytest.mark.parametrize("typed", ["850.5", "850,50", "1.200,000", "8.50.000", "abc", "-850000", "²", "٣٠٠", "1e6"])
def test_parse_vnd_refuses_what_is_not_whole_dong(typed):
    with pytest.raises(ValueError):
        parse_vnd(typed)


def test_form_field_message_and_input():
    class Form(forms.Form):
        price = VNDFormField(min_value=1000)

    with translation.override("en"):
        form = Form({"price": "850.5"})
        assert not form.is_valid() and form.errors["price"] == ["Enter an amount in whole đồng, e.g. 850.000."]
    with translation.override("vi"):
        form = Form({"price": "850.5"})
        assert not form.is_valid() and form.errors["price"] == ["Nhập số tiền bằng đồng chẵn, ví dụ 850.000."]
    assert Form({"price": "1.200.000"}).is_valid()
    html = str(Form(initial={"price": 1200000})["price"])
    # A text input (a number input would read "850.000" as 850), with the numeric keyboard on phones.
    assert 'type="text"' in html and 'inputmode="numeric"' in html and 'value="1.200.000"' in html


@pytest.mark.django_db
def test_shop_settings_take_vietnamese_amounts(client, django_user_model, shop_tree):
    from staff_helpers import make_staff
    from wagtail.models import Site

    admin = make_staff(django_user_model, "quantri", language="vi")
    admin.is_superuser = True
    admin.save()
    admin_client = client
    admin_client.force_login(admin)

    site = Site.objects.get(is_default_site=True)
    url = f"/admin/settings/site_config/shopsettings/{site.pk}/"
    page = admin_client.get(url).content.decode()
    assert 'name="free_shipping_threshold_vnd"' in page and 'value="500.000"' in page
    data = {
        "shipping_fee_in_province_vnd": "30.000",
        "shipping_fee_other_vnd": "45,000",
        "shipping_fee_international_vnd": "450 000 ₫",
        "free_shipping_threshold_vnd": "1.200.000",
        "card_enabled": "on",
        "cod_enabled": "on",
        "bank_transfer_enabled": "on",
        "hold_hours": "48",
        "bank_bin": "970436",
        "bank_name": "Vietcombank",
        "bank_account_number": "0011004012345",
        "bank_account_name": "TRUNG TAM",
        "cod_hold_hours": "24",
        "bank_swift_bic": "BFTVVNVX",
        "bank_branch_address": "Hạ Long",
        "bank_beneficiary_address": "Hạ Long",
        "abroad_zone1_countries": "KR,JP",
        "abroad_zone1_first_kg_vnd": "350.000",
        "abroad_zone1_extra_kg_vnd": "120,000",
        "abroad_zone2_countries": "DE",
        "abroad_zone2_first_kg_vnd": "550 000",
        "abroad_zone2_extra_kg_vnd": "220000",
        "abroad_zone3_first_kg_vnd": "700.000 ₫",
        "abroad_zone3_extra_kg_vnd": "300.000",
        # delivery times and the returns policy (structured data of the product pages)
        "handling_days": "1",
        "transit_days_min": "1",
        "transit_days_max": "5",
        "returns_country": "VN",
        "return_window_days": "7",
        "return_method": "by_mail",
        "return_fees": "buyer_pays",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    shop = ShopSettings.for_site(site)
    assert (
        shop.shipping_fee_in_province_vnd,
        shop.shipping_fee_other_vnd,
        shop.shipping_fee_international_vnd,
        shop.free_shipping_threshold_vnd,
    ) == (30000, 45000, 450000, 1200000)
    assert (
        shop.abroad_zone1_first_kg_vnd,
        shop.abroad_zone1_extra_kg_vnd,
        shop.abroad_zone2_first_kg_vnd,
        shop.abroad_zone3_first_kg_vnd,
    ) == (350000, 120000, 550000, 700000)
    data["free_shipping_threshold_vnd"] = "1.200.000,50"
    response = admin_client.post(url, data)
    assert response.status_code == 200 and "đồng chẵn, ví dụ 850.000" in response.content.decode()
