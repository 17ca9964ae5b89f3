"""The JSON-LD of every page type, checked against Google's documented structured-data properties.

The property lists below are written from Google Search Central's documentation (merchant
listings: Product, Offer, OfferShippingDetails, MerchantReturnPolicy; product variants:
ProductGroup; BreadcrumbList; Organization; WebSite/site names). ``required``: Google refuses
the rich result without them; ``recommended``: Google warns. ``not_applicable`` lists the
recommended properties this catalogue has no data for, so that a reader sees they were
considered (no ratings or reviews are collected; products vary by size only).
"""

import json
import re

import pytest
from django.contrib.staticfiles import finders
from PIL import Image
from wagtail.models import Site

from tests.factories import ProducerPageFactory, ProductVariantFactory

pytestmark = pytest.mark.django_db

GOOGLE_PROPERTIES = {
    # Merchant listing (Product, Offer)
    "Product": {
        "required": ["name", "image", "offers"],
        "recommended": ["brand", "description", "sku", "gtin"],
        "not_applicable": ["aggregateRating", "review", "color", "material", "pattern", "mpn", "isbn"],
    },
    # Product variants: a ProductGroup whose hasVariant are Products (each a merchant listing)
    "ProductGroup": {
        "required": ["name", "hasVariant", "productGroupID"],
        "recommended": ["brand", "description", "url", "variesBy"],
        "not_applicable": ["aggregateRating", "review"],
    },
    "Offer": {
        "required": ["price", "priceCurrency"],
        "recommended": ["availability", "itemCondition", "shippingDetails", "hasMerchantReturnPolicy", "url"],
    },
    "OfferShippingDetails": {
        "required": ["shippingDestination", "shippingRate"],
        "recommended": ["deliveryTime"],
    },
    "ShippingDeliveryTime": {"required": ["handlingTime", "transitTime"], "recommended": []},
    "MerchantReturnPolicy": {
        "required": ["applicableCountry", "returnPolicyCategory"],
        "recommended": ["merchantReturnDays", "returnMethod", "returnFees", "returnPolicyCountry"],
    },
    "BreadcrumbList": {"required": ["itemListElement"], "recommended": []},
    "ListItem": {"required": ["position", "name"], "recommended": ["item"]},
    "Organization": {
        "required": [],
        "recommended": ["name", "url", "logo", "telephone", "address", "email", "sameAs"],
        "not_applicable": ["vatID", "iso6523Code", "numberOfEmployees"],
    },
    "WebSite": {"required": ["name", "url"], "recommended": ["alternateName", "potentialAction"]},
    "SearchAction": {"required": ["target", "query-input"], "recommended": []},
}

E164 = re.compile(r"\+[1-9][0-9]{7,14}")


def json_ld(html):
    blocks = [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]
    objects = []
    for block in blocks:
        objects.extend(block.get("@graph", [block]))
    return objects


def problems(node, path="$", last_list_item=False):
    """Missing required and recommended properties of every typed object under ``node``."""
    found = []
    if isinstance(node, list):
        for i, item in enumerate(node):
            found += problems(item, f"{path}[{i}]", last_list_item=(i == len(node) - 1))
        return found
    if not isinstance(node, dict):
        return found
    spec = GOOGLE_PROPERTIES.get(node.get("@type"))
    if path.endswith((".manufacturer", ".publisher")):
        spec = None  # a reference to an organisation described on its own page, not its markup
    if spec:
        for kind in ("required", "recommended"):
            for name in spec[kind]:
                if name == "item" and last_list_item:
                    continue  # Google: the last crumb (the page itself) may leave its URL out
                if (
                    name in ("logo",)
                    and node.get("@type") == "Organization"
                    and "#organization" not in node.get("@id", "")
                ):
                    continue  # a producer has no logo: its photo is not one
                if node.get(name) in (None, "", []):
                    found.append(f"{path} {node['@type']}: no {kind} {name}")
    for key, value in node.items():
        found += problems(value, f"{path}.{key}")
    return found


def by_type(objects, type_name):
    return [o for o in objects if o.get("@type") == type_name]


@pytest.fixture
def with_image(product, producer, settings, tmp_path):
    import io

    from django.core.files.images import ImageFile
    from PIL import Image
    from wagtail.models import Collection

    from catalogue.models import CatalogueImage

    settings.MEDIA_ROOT = tmp_path
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), "#0b5e5a").save(buffer, "JPEG")
    image = CatalogueImage.objects.create(title="Chả mực", file=ImageFile(buffer, name="cha-muc.jpg"))
    product.image = image
    product.save_revision().publish()
    producer.image = image
    producer.phone = "0203 3 123 456"
    producer.email = "hoaphuong@example.vn"
    producer.website = "https://hoaphuong.example.vn"
    producer.address = "Hạ Long, Quảng Ninh"
    producer.save_revision().publish()
    product.variants.filter(sku="CHAMUC-500").update(gtin="8935049500018")
    product.variants.filter(sku="CHAMUC-1KG").update(gtin="8935049500025")
    return product


def test_product_with_variants_is_a_complete_product_group(client, with_image):
    objects = json_ld(client.get(with_image.url).content.decode())
    group = by_type(objects, "ProductGroup")[0]
    assert problems(group) == []
    assert group["variesBy"] == ["https://schema.org/size"]
    variants = {v["sku"]: v for v in group["hasVariant"]}
    assert set(variants) == {"CHAMUC-500", "CHAMUC-1KG"}
    assert variants["CHAMUC-500"]["gtin"] == "8935049500018"
    assert variants["CHAMUC-500"]["inProductGroupWithID"] == group["productGroupID"]
    offer = variants["CHAMUC-500"]["offers"]
    assert offer["itemCondition"] == "https://schema.org/NewCondition"
    # Shop settings: 40,000 ₫ to another province, free from 500,000 ₫; 7 days, by mail, in Vietnam.
    assert offer["shippingDetails"][0]["shippingRate"] == {"@type": "MonetaryAmount", "value": 40000, "currency": "VND"}
    assert offer["shippingDetails"][0]["shippingDestination"]["addressCountry"] == "VN"
    policy = offer["hasMerchantReturnPolicy"]
    assert policy["applicableCountry"] == "VN"
    assert policy["merchantReturnDays"] == 7
    assert policy["returnMethod"] == "https://schema.org/ReturnByMail"
    assert "sku" not in group  # no single top-level SKU for two packs


def test_product_with_one_variant_is_a_product_with_its_offer(client, with_image):
    with_image.variants.filter(sku="CHAMUC-1KG").update(is_active=False)
    objects = json_ld(client.get(with_image.url).content.decode())
    product = by_type(objects, "Product")[0]
    assert problems(product) == []
    assert product["sku"] == "CHAMUC-500" and product["offers"]["price"] == "220000"


def test_returns_policy_and_free_shipping_follow_the_shop_settings(client, with_image):
    from site_config.models import ShopSettings

    shop = ShopSettings.for_site(Site.objects.get(is_default_site=True))
    shop.return_window_days = 0
    shop.free_shipping_threshold_vnd = 200000
    shop.save()
    group = by_type(json_ld(client.get(with_image.url).content.decode()), "ProductGroup")[0]
    offer = group["hasVariant"][0]["offers"]
    assert offer["hasMerchantReturnPolicy"]["returnPolicyCategory"] == "https://schema.org/MerchantReturnNotPermitted"
    assert offer["shippingDetails"][0]["shippingRate"]["value"] == 0


def test_producer_is_an_organization_with_an_international_phone_and_no_photo_as_logo(client, with_image, producer):
    objects = json_ld(client.get(producer.url).content.decode())
    organization = next(o for o in objects if o.get("@type") == "Organization")
    assert problems(organization) == []
    assert organization["telephone"] == "+842033123456"
    assert E164.fullmatch(organization["telephone"])
    assert "logo" not in organization  # the 1200×630 photo crop is the page's image, not a logo
    assert organization["image"].startswith("http://testserver/")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_home_pages_have_organization_and_website_with_a_site_search(client, site_tree, lang):
    from site_config.models import SiteSettings

    settings_row = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings_row.phone = "0203 3 835 999"
    settings_row.email = "ocop@quangninh.gov.vn"
    settings_row.address = "Hạ Long, Quảng Ninh"
    settings_row.facebook_url = "https://facebook.com/ocopquangninh"
    settings_row.save()
    html = client.get(f"/{lang}/").content.decode()
    objects = json_ld(html)
    organization, website = by_type(objects, "Organization")[0], by_type(objects, "WebSite")[0]
    assert problems(objects) == []
    assert organization["telephone"] == "+842033835999"
    assert organization["logo"].endswith(".png")
    logo = finders.find(organization["logo"].removeprefix("http://testserver/static/"))
    assert logo and min(Image.open(logo).size) >= 112  # Google: a raster logo of 112×112 at least
    target = website["potentialAction"]["target"]["urlTemplate"]
    assert target == f"http://testserver/{lang}/search/?q={{search_term_string}}"
    assert website["url"] == f"http://testserver/{lang}/"


def test_home_titles_are_the_site_name_and_a_tagline(client, site_tree):
    vi = client.get("/vi/").content.decode()
    en = client.get("/en/").content.decode()
    assert "<title>OCOP Quảng Ninh – Sản phẩm địa phương" in vi
    assert "<title>OCOP Quảng Ninh – Certified local products of Quảng Ninh" in en
    assert "Trang chủ ·" not in vi and "Home ·" not in en
    assert '<meta property="og:title" content="OCOP Quảng Ninh – ' in en


def test_breadcrumbs_have_a_breadcrumb_list(client, product, site_tree, region):
    cases = {
        product.url: ["Trang chủ", "Sản phẩm OCOP", "Chả mực Hạ Long"],
        site_tree["catalogue"].url: ["Trang chủ", "Sản phẩm OCOP"],
        site_tree["producers"].url: ["Trang chủ", "Chủ thể OCOP"],
        site_tree["catalogue"].url + "region/ha-long/": ["Trang chủ", "Sản phẩm OCOP", "Hạ Long"],
    }
    for url, names in cases.items():
        response = client.get(url)
        assert response.status_code == 200, url
        crumbs = by_type(json_ld(response.content.decode()), "BreadcrumbList")
        assert len(crumbs) == 1, url
        assert problems(crumbs[0]) == [], url
        items = crumbs[0]["itemListElement"]
        assert [i["name"] for i in items] == names, url
        assert [i["position"] for i in items] == list(range(1, len(names) + 1))
        assert items[0]["item"] == "http://testserver/vi/"
        assert all(i["item"].startswith("http://testserver/") for i in items)


def test_variant_gtin_is_checked_by_its_check_digit(product):
    from django.core.exceptions import ValidationError

    variant = ProductVariantFactory.build(product=product, sku="CHAMUC-X", gtin="8935049500019")
    with pytest.raises(ValidationError) as error:
        variant.full_clean()
    assert "gtin" in error.value.message_dict
    variant.gtin = "8935049500018"
    variant.full_clean()
    variant.gtin = "12345"
    with pytest.raises(ValidationError):
        variant.full_clean()


@pytest.mark.parametrize(
    "phone, e164",
    [
        ("0203 3 123 456", "+842033123456"),
        ("0912.345.678", "+84912345678"),
        ("+84 912 345 678", "+84912345678"),
        ("0084 912 345 678", "+84912345678"),
        ("(0203) 3-835-999", "+842033835999"),
        ("", None),
        ("gọi ngay", None),
        ("0²", None),
    ],
)
def test_phone_numbers_become_e164(phone, e164):
    from site_config.phone import to_e164

    assert to_e164(phone) == e164


def test_a_producer_without_contact_details_still_validates(client, site_tree, region):
    bare = ProducerPageFactory(parent=site_tree["producers"], title="Hộ ông Ba", slug="ho-ong-ba", region=region)
    organization = by_type(json_ld(client.get(bare.url).content.decode()), "Organization")[0]
    assert "telephone" not in organization
    assert organization["name"] == "Hộ ông Ba"
