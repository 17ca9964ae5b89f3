"""Traceability stamps in the admin: batches with their scans and suspicious codes, making and
registering codes, the label sheets, the codes list; and who may do what."""

import datetime
import re

import pytest
from django.contrib.auth.models import Permission
from wagtail.users.models import UserProfile

from catalogue.models import Batch, StampCode
from tests.catalogue.stamps_support import make_batch

pytestmark = pytest.mark.django_db

BATCHES = "/admin/snippets/catalogue/batch/"
CODES = "/admin/snippets/catalogue/stampcode/"
PERMISSIONS = [
    "wagtailadmin.access_admin",
    "catalogue.add_batch",
    "catalogue.change_batch",
    "catalogue.view_batch",
    "catalogue.delete_batch",
    "catalogue.view_stampcode",
]


def make_user(django_user_model, username, permissions, language="en"):
    user = django_user_model.objects.create_user(username, f"{username}@example.com", "pw")
    for name in permissions:
        app_label, codename = name.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def editor(django_user_model, client, locales):
    user = make_user(django_user_model, "editor", PERMISSIONS)
    client.force_login(user)
    return user


def stamps_page(batch):
    return f"/admin/stamps/{batch.pk}/"


def test_the_batches_list_shows_codes_scans_and_flags_suspicious_batches(client, editor, product, settings):
    settings.OCOP_STAMP_SUSPICIOUS_SCANS = 20
    quiet = make_batch(product, batch_code="CM-QUIET", codes=2)
    copied = make_batch(product, batch_code="CM-COPIED", codes=3)
    StampCode.objects.filter(pk=copied.codes.first().pk).update(scan_count=57)
    StampCode.objects.filter(pk=quiet.codes.first().pk).update(scan_count=4)
    html = client.get(BATCHES).content.decode()
    assert "CM-QUIET" in html and "CM-COPIED" in html
    assert "⚠ 1 suspicious" in html
    cells = re.sub(r"\s+", " ", html)
    assert "<td > 57 </td>" in cells and "<td > 4 </td>" in cells  # scans per batch
    flagged = client.get(BATCHES, {"suspicious": "true"}).content.decode()
    assert "CM-COPIED" in flagged and "CM-QUIET" not in flagged
    codes = client.get(CODES, {"suspicious": "true"}).content.decode()
    assert copied.codes.first().display_code in codes and "may be copied" in codes
    assert quiet.codes.first().display_code not in codes


def test_an_editor_creates_a_batch(client, editor, product):
    response = client.get(BATCHES + "add/")
    assert response.status_code == 200
    response = client.post(
        BATCHES + "add/",
        {
            "product": product.pk,
            "batch_code": "CM-2026-12-B",
            "quantity": "500",
            "production_date": "2026-12-01",
            "expiry_date": "2027-06-01",
        },
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    batch = Batch.objects.get(batch_code="CM-2026-12-B")
    assert batch.product == product and batch.quantity == 500
    assert client.get(BATCHES + f"edit/{batch.pk}/").status_code == 200
    # An expiry before production is refused with a message, nothing saved.
    response = client.post(
        BATCHES + "add/",
        {
            "product": product.pk,
            "batch_code": "CM-BAD",
            "quantity": "5",
            "production_date": "2026-12-01",
            "expiry_date": "2026-11-01",
        },
    )
    assert response.status_code == 200
    assert "The expiry date must come after the production date." in response.content.decode()
    assert not Batch.objects.filter(batch_code="CM-BAD").exists()


def test_making_codes_up_to_the_batch_quantity(client, editor, product):
    batch = make_batch(product, quantity=30)
    assert client.get(stamps_page(batch)).status_code == 200
    response = client.post(stamps_page(batch), {"action": "generate", "count": "25"})
    assert response.status_code == 302
    assert batch.codes.count() == 25
    response = client.post(stamps_page(batch), {"action": "generate", "count": "6"})
    assert response.status_code == 400
    assert "5 more codes at most" in response.content.decode()
    assert batch.codes.count() == 25
    for bad in ("", "abc", "-3", "0", "99999999"):
        assert client.post(stamps_page(batch), {"action": "generate", "count": bad}).status_code == 400
    assert batch.codes.count() == 25
    assert len(set(batch.codes.values_list("code", flat=True))) == 25


def test_registering_a_providers_codes_all_or_none(client, editor, product):
    batch = make_batch(product, quantity=10)
    other = make_batch(product, batch_code="CM-OTHER", quantity=2)
    client.post(stamps_page(other), {"action": "register", "provider": "Tem Việt", "codes": "VNT-999"})  # too short
    client.post(stamps_page(other), {"action": "register", "provider": "Tem Việt", "codes": "VNT-9999"})
    response = client.post(
        stamps_page(batch),
        {"action": "register", "provider": "Tem Việt", "codes": "VNT-0001\n\nvnt 0001\nmã-sai-lắm\nVNT9999\n"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Nothing was registered" in html
    assert "Line 3" in html and "Repeats line 1." in html
    assert "Line 4" in html and "Not a code" in html
    assert "Already registered (batch CM-OTHER)." in html
    assert "VNT-0001" in html  # the textarea keeps what was typed
    assert batch.codes.count() == 0
    response = client.post(
        stamps_page(batch), {"action": "register", "provider": "Tem Việt", "codes": "VNT-0001\nVNT-0002\n"}
    )
    assert response.status_code == 302
    assert sorted(batch.codes.values_list("external_code", flat=True)) == ["VNT0001", "VNT0002"]
    assert set(batch.codes.values_list("external_provider", flat=True)) == {"Tem Việt"}


def test_the_label_sheets_download_as_pdf_and_svg(client, editor, product):
    batch = make_batch(product, quantity=5, codes=5)
    pdf = client.get(f"/admin/stamps/{batch.pk}/sheet.pdf")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF") and "attachment" in pdf["Content-Disposition"]
    svg = client.get(f"/admin/stamps/{batch.pk}/sheet.svg", {"part": "1"})
    assert svg.status_code == 200 and svg["Content-Type"].startswith("image/svg+xml")
    assert batch.codes.first().display_code in svg.content.decode()
    for part in ("2", "0", "abc", "9" * 20):
        assert client.get(f"/admin/stamps/{batch.pk}/sheet.pdf", {"part": part}).status_code == 404
    assert client.get("/admin/stamps/999999/sheet.pdf").status_code == 404
    html = client.get(stamps_page(batch)).content.decode()
    assert f"/admin/stamps/{batch.pk}/sheet.pdf?part=1" in html


def test_finding_a_code_in_the_admin_as_typed(client, editor, product):
    batch = make_batch(product, codes=3)
    stamp = batch.codes.first()
    html = client.get(CODES, {"q": stamp.code.lower()}).content.decode()
    assert stamp.display_code in html
    assert batch.codes.last().display_code not in html
    assert client.get(CODES + f"inspect/{stamp.pk}/").status_code == 200


def test_without_permission_nothing_is_shown_or_changed(client, django_user_model, product, locales):
    batch = make_batch(product, codes=1)
    viewer = make_user(django_user_model, "viewer", ["wagtailadmin.access_admin", "catalogue.view_batch"])
    client.force_login(viewer)
    assert client.get(stamps_page(batch)).status_code == 200
    assert client.post(stamps_page(batch), {"action": "generate", "count": "1"}).status_code in (302, 403)
    assert batch.codes.count() == 1
    nobody = make_user(django_user_model, "nobody", ["wagtailadmin.access_admin"])
    client.force_login(nobody)
    assert client.get(stamps_page(batch)).status_code in (302, 403)
    assert client.get(f"/admin/stamps/{batch.pk}/sheet.pdf").status_code in (302, 403)
    assert client.get(BATCHES).status_code in (302, 403)


def test_the_admin_is_vietnamese_by_default(client, django_user_model, product, locales):
    user = make_user(django_user_model, "bientap", PERMISSIONS, language="")
    client.force_login(user)
    batch = make_batch(product, codes=1, production_date=datetime.date(2026, 11, 1))
    html = client.get(stamps_page(batch)).content.decode()
    assert "In nhãn tem" in html and "Tạo mã tem" in html
    listing = client.get(BATCHES).content.decode()
    assert "Lô sản xuất" in listing and "Lượt quét" in listing and "Mã đáng ngờ" in listing


def test_a_product_with_stamps_is_not_deleted(client, django_user_model, product, locales):
    admin = django_user_model.objects.create_superuser("chief", "chief@example.com", "pw")
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin)
    make_batch(product, codes=1)
    response = client.post(f"/admin/pages/{product.pk}/delete/")
    assert response.status_code == 302 and response["Location"] == f"/admin/pages/{product.pk}/edit/"
    assert type(product).objects.filter(pk=product.pk).exists()
    messages = client.get(response["Location"]).content.decode()
    assert "cannot be deleted" in messages
