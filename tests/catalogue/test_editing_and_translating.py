"""The editor's side of the back office: CSP per area, slugs, translation drafts and staleness,
producers and their products, certificates, iPhone photos, tree choosers (issue 7)."""

import datetime
import io
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from catalogue.models import CatalogueImage, Certification, ProducerPage, ProductPage
from catalogue.slugs import SLUG_FORMATTERS, slugify_title
from catalogue.translation_status import stale_sources
from tests.factories import RegionFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def csp(response):
    return dict((part.split(" ", 1) + [""])[:2] for part in response["Content-Security-Policy"].split("; "))


# --- 1. One place decides the policy: the public site strict, the admin Wagtail-friendly -----


def test_public_pages_enforce_a_strict_policy_that_forbids_framing(client, product):
    policy = csp(client.get(product.url))
    assert policy["script-src"] == "'self'"
    assert policy["frame-ancestors"] == "'self'"
    assert "Content-Security-Policy-Report-Only" not in client.get(product.url)


def test_admin_runs_under_its_own_enforced_policy(admin_client, product):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[product.pk]))
    assert response.status_code == 200
    policy = csp(response)
    assert "'unsafe-inline'" in policy["script-src"]  # Wagtail's choosers and date pickers
    assert "https://www.gravatar.com" in policy["img-src"]
    assert policy["frame-ancestors"] == "'self'"
    assert policy["object-src"] == "'none'"


def test_admin_policy_follows_the_admin_path_setting(settings, rf):
    from site_config.csp import is_admin_path

    settings.OCOP_ADMIN_PATH = "quan-tri/"
    assert is_admin_path("/quan-tri/pages/")
    assert not is_admin_path("/admin/pages/")


# --- 2. Slugs from Vietnamese titles ------------------------------------------------------


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Hợp tác xã Thủy sản Minh Châu Vân Đồn", "hop-tac-xa-thuy-san-minh-chau-van-don"),
        ("Sá sùng khô Vân Đồn", "sa-sung-kho-van-don"),
        ("Trà hoa vàng Ba Chẽ – loại 1", "tra-hoa-vang-ba-che-loai-1"),
        ("ĐẶC SẢN Quảng Ninh", "dac-san-quang-ninh"),
    ],
)
def test_server_slug_keeps_every_letter(title, slug):
    assert slugify_title(title) == slug


def test_the_admin_slug_formatters_fold_every_vietnamese_letter_like_the_server():
    # What the browser does: the formatters in order, then Wagtail's urlify (lower-case, drop
    # what is not [-\w\s], spaces to hyphens). The browser test types the same titles.
    title = "Hợp tác xã Thủy sản Minh Châu Vân Đồn ỲÝỶỸỴ ừứửữự"
    for pattern, replacement in SLUG_FORMATTERS:
        title = re.sub(pattern, replacement, title)
    urlified = re.sub(r"[-\s]+", "-", re.sub(r"[^-\w\s]", "", title.lower(), flags=re.ASCII)).strip("-")
    assert urlified == slugify_title("Hợp tác xã Thủy sản Minh Châu Vân Đồn ỲÝỶỸỴ ừứửữự")


def test_a_page_saved_without_a_slug_gets_the_same_slug(site_tree, region):
    producer = site_tree["producers"].add_child(
        instance=ProducerPage(title="Hợp tác xã Thủy sản Minh Châu Vân Đồn", producer_type="cooperative", region=region)
    )
    assert producer.slug == "hop-tac-xa-thuy-san-minh-chau-van-don"


def test_admin_slug_input_carries_the_folding_rule(admin_client, site_tree):
    url = reverse("wagtailadmin_pages:add", args=["catalogue", "producerpage", site_tree["producers"].pk])
    html = admin_client.get(url).content.decode()
    formatters = re.search(r'data-w-slug-formatters-value="([^"]+)"', html)
    assert formatters, "the slug input has no Vietnamese formatters"
    assert "đ" in json.loads(formatters.group(1).replace("&quot;", '"'))[1][0][0]


# --- 3. "Translate this page" makes a draft ---------------------------------------------


def test_translate_this_page_creates_an_english_draft_until_published(admin_client, client, product, site_tree):
    en = site_tree["en"]
    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[product.pk]), {"locales": [en.pk]}
    )
    assert response.status_code == 302
    english = ProductPage.objects.get(translation_key=product.translation_key, locale=en)
    assert not english.live
    assert client.get(english.url or f"/en/products/{english.slug}/").status_code == 404
    assert english.title not in client.get(site_tree["catalogue_en"].url).content.decode()

    english.save_revision().publish()
    english.refresh_from_db()
    assert client.get(english.url).status_code == 200


# --- 4. Out-of-date translations ---------------------------------------------------------


def test_editors_see_which_translations_are_out_of_date_and_update_them(admin_client, product, product_en):
    assert stale_sources() == []
    product.intro = "Chả mực giã tay, chiên vàng."
    product.save_revision().publish()

    stale = stale_sources()
    assert [item.page.pk for item in stale] == [product.pk]
    assert [(c.field, c.before, c.after) for c in stale[0].changes] == [
        ("Mô tả ngắn", "Chả mực giã tay từ mực tươi.", "Chả mực giã tay, chiên vàng.")
    ]

    report = admin_client.get(reverse("catalogue_translations:stale")).content.decode()
    assert "Chả mực giã tay, chiên vàng." in report
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[product.pk])).content.decode()
    assert "data-translation-status" in edit and "Chả mực giã tay, chiên vàng." in edit
    # The translation opens in wagtail-localize's editor, which says so too.
    edit_en = admin_client.get(reverse("wagtailadmin_pages:edit", args=[product_en.pk])).content.decode()
    assert "Bản dịch này đã cũ" in edit_en and "Mô tả ngắn" in edit_en  # the admin speaks Vietnamese

    response = admin_client.post(reverse("catalogue_translations:update"), {"source": [stale[0].source.pk]})
    assert response.status_code == 302
    assert stale_sources() == []
    product_en.refresh_from_db()
    assert product_en.live and product_en.intro == "Hand-pounded from fresh squid."  # untouched until published
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[product.pk])).content.decode()
    assert "data-translation-status" not in edit
    edit_en = admin_client.get(reverse("wagtailadmin_pages:edit", args=[product_en.pk])).content.decode()
    assert "Bản dịch này đã cũ" not in edit_en


# --- 7. A producer and the products that depend on it ----------------------------------


def test_unpublishing_a_producer_names_its_live_products_and_can_unpublish_them(admin_client, product, producer):
    url = reverse("wagtailadmin_pages:unpublish", args=[producer.pk])
    page = admin_client.get(url).content.decode()
    assert "data-dependent-products" in page and product.title in page

    admin_client.post(url, {"unpublish_products": "on"})
    product.refresh_from_db()
    producer.refresh_from_db()
    assert not producer.live and not product.live


def test_a_product_whose_producer_is_unpublished_never_links_to_it(admin_client, client, product, producer):
    admin_client.post(reverse("wagtailadmin_pages:unpublish", args=[producer.pk]), {})
    product.refresh_from_db()
    assert product.live
    html = client.get(product.url).content.decode()
    assert producer.title in html
    assert f'href="{producer.url}"' not in html and "/chu-the/co-so-hoa-phuong/" not in html


# --- 12. Certificates and photos ---------------------------------------------------------


def _certificate_form(product, issued_on):
    return {
        "product": product.pk,
        "stars": 4,
        "score": 80,
        "certificate_number": "QN-2024-117",
        "level": "provincial",
        "issuing_body": "UBND tỉnh Quảng Ninh",
        "issued_on": issued_on.isoformat(),
        "expires_on": "",
    }


def test_a_certificate_issued_in_the_future_is_refused_with_a_clear_message(admin_client, product):
    response = admin_client.post(
        reverse("wagtailsnippets_catalogue_certification:add"),
        _certificate_form(product, TODAY + datetime.timedelta(days=400)),
    )
    assert response.status_code == 200
    assert "ở tương lai" in response.content.decode()
    assert not Certification.objects.filter(certificate_number="QN-2024-117").exists()


def test_an_expired_certificate_saves_with_a_visible_warning(admin_client, product):
    response = admin_client.post(
        reverse("wagtailsnippets_catalogue_certification:add"),
        _certificate_form(product, TODAY - datetime.timedelta(days=4 * 365)),
        follow=True,
    )
    assert Certification.objects.filter(certificate_number="QN-2024-117").exists()
    assert "đã hết hạn ngày" in response.content.decode()


def test_an_iphone_photo_is_accepted_and_stored_as_jpeg(admin_client, locales):
    import pillow_heif
    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    pillow_heif.register_heif_opener()
    from wagtail.models import Collection

    if not Collection.objects.exists():  # a reused database flushed by transactional tests has none
        Collection.add_root(name="Root")
    for extension in ("heic", "heif"):
        buffer = io.BytesIO()
        Image.new("RGB", (64, 48), (180, 40, 40)).save(buffer, format="HEIF")
        upload = SimpleUploadedFile(f"IMG_0001.{extension}", buffer.getvalue(), content_type=f"image/{extension}")
        response = admin_client.post(reverse("wagtailimages:add"), {"title": f"Ảnh {extension}", "file": upload})
        assert response.status_code == 302, response.content.decode()[:2000]
        image = CatalogueImage.objects.get(title=f"Ảnh {extension}")
        assert image.file.name.endswith(".jpg") and (image.width, image.height) == (64, 48)
        assert image.file.read(3) == b"\xff\xd8\xff"


# --- 11. Choosers ------------------------------------------------------------------------


def test_region_chooser_shows_the_tree_and_finds_names_without_tone_marks(admin_client, region):
    RegionFactory(name="Vân Đồn", slug="van-don", parent=region.parent)
    RegionFactory(name="Phường Bãi Cháy", slug="bai-chay", kind="ward", parent=region)
    url = reverse("wagtailsnippetchoosers_catalogue_region:choose_results")
    html = admin_client.get(url).content.decode()
    names = [html.index(n) for n in ("Quảng Ninh", "Hạ Long", "Phường Bãi Cháy", "Vân Đồn")]
    assert names == sorted(names), "not in tree order"
    assert "Quảng Ninh › Hạ Long" in html

    found = admin_client.get(url, {"q": "van don"}).content.decode()
    assert "Vân Đồn" in found and "Bãi Cháy" not in found
    assert "Bãi Cháy" in admin_client.get(url, {"q": "bai chay"}).content.decode()


def test_product_page_chooser_offers_only_vietnamese_products(admin_client, product, product_en, site_tree):
    for parent in (site_tree["catalogue"], site_tree["catalogue_en"]):
        response = admin_client.get(
            reverse("wagtailadmin_choose_page_child", args=[parent.pk]), {"page_type": "catalogue.productpage"}
        )
        html = response.json()["html"]
        if parent.locale == site_tree["vi"]:
            assert product.title in html
        assert product_en.title not in html


def test_the_pages_keep_working_in_the_admin(admin_client, product):
    assert admin_client.get(reverse("wagtailadmin_explore", args=[Page.objects.get(depth=1).pk])).status_code == 200
