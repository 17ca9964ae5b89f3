"""What translators translate, and what every language shares: price, stock, stars, producer."""

import pytest

from catalogue.models import ProductVariant
from site_config.money import format_vnd
from tests.factories import CertificationFactory

pytestmark = pytest.mark.django_db


def test_english_translation_is_english_and_linked_to_its_source(product, product_en):
    assert product_en.locale.language_code == "en"
    assert product_en.title == "Ha Long squid cakes"
    assert product_en.intro == "Hand-pounded from fresh squid."
    assert product_en.slug == "ha-long-squid-cakes"
    assert product_en.translation_key == product.translation_key
    assert product_en.live
    assert product_en.url == "/en/products/ha-long-squid-cakes/"


def test_producer_group_and_region_are_synchronised_not_translated(product, product_en):
    assert product_en.producer_id == product.producer_id
    assert product_en.group_id == product.group_id
    assert product_en.region_id == product.region_id


def test_price_change_in_vietnamese_shows_in_english(client, product, product_en):
    ProductVariant.objects.filter(sku="CHAMUC-500").update(price_vnd=250000)
    english = client.get(product_en.url)
    vietnamese = client.get(product.url)
    assert format_vnd(250000, "en") in english.content.decode()  # ₫250,000
    assert format_vnd(250000, "vi") in vietnamese.content.decode()  # 250.000 ₫
    assert format_vnd(220000, "en") not in english.content.decode()


def test_one_stock_count_for_every_language(product, product_en):
    assert [v.pk for v in product_en.variants_list] == [v.pk for v in product.variants_list]
    assert ProductVariant.objects.filter(product__translation_key=product.translation_key).count() == 2
    assert not ProductVariant.objects.filter(product=product_en).exists()  # nothing copied per language


def test_stars_shared_and_a_new_certificate_shows_everywhere(client, product, product_en):
    assert product.stars == product_en.stars == 4
    CertificationFactory(product=product, stars=5, score=93, level="national")
    assert client.get(product_en.url).context["certification"].stars == 5
    assert client.get(product.url).context["certification"].stars == 5


def test_updating_the_source_and_resyncing_keeps_english_text(product, product_en, site_tree):
    from tests.conftest import PRODUCT_STRINGS, translate_page

    product.intro = "Chả mực giã tay từ mực tươi."
    product.traceability_code = "QN-123"
    product.save_revision().publish()
    resynced = translate_page(product, site_tree["en"], PRODUCT_STRINGS)
    assert resynced.traceability_code == "QN-123"  # synchronised field follows the source
    assert resynced.intro == "Hand-pounded from fresh squid."  # translated text stays English
