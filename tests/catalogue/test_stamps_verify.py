"""The public verify pages of traceability stamps: what a buyer sees for a genuine, an unknown,
a copied, a mistyped and a hand-typed code, and that each scan is counted."""

import datetime

import pytest
from django.utils import timezone

from catalogue.models import Certification, StampCode
from catalogue.stamp_codes import check_symbol, display
from catalogue.stamps import verify_url
from site_config.models import SiteSettings
from tests.catalogue.stamps_support import batch_fixture, make_batch  # noqa: F401 (the batch fixture)

pytestmark = pytest.mark.django_db


def first_code(batch):
    return batch.codes.order_by("pk").first()


def unknown_code():
    payload = "7KQ2M9XD4HRTB3WPZ"
    return payload + check_symbol(payload)


@pytest.fixture
def office(site_tree):
    row = SiteSettings.for_site(site_tree["home"].get_site())
    row.organisation = "Chương trình OCOP tỉnh Quảng Ninh"
    row.phone = "0203 3835 555"
    row.email = "ocop@quangninh.gov.vn"
    row.save()
    return row


def test_a_genuine_code_shows_product_producer_batch_certificate_and_where_to_buy(client, batch, product_en):
    stamp = first_code(batch)
    response = client.get(f"/en/verify/{stamp.display_code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-verdict="genuine"' in html
    assert "Ha Long squid cakes" in html  # the product in the visitor's language
    assert "Hoa Phuong squid cake workshop" in html
    assert "CM-2026-11-A" in html
    assert "20 November 2026" in html and "20 May 2027" in html
    certificate = Certification.objects.get(product=batch.product)
    assert certificate.certificate_number in html and "OCOP 4-star product" in html
    assert f'href="{product_en.url}"' in html  # where to buy: the product's page
    assert "This is the first time this code has been checked." in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_the_vietnamese_page_is_vietnamese(client, batch):
    stamp = first_code(batch)
    html = client.get(f"/vi/verify/{stamp.display_code}/").content.decode()
    assert "Chả mực Hạ Long" in html
    assert "20 tháng 11, 2026" in html
    assert "Tem chính hãng" in html


def test_every_scan_is_counted_and_the_first_date_shown_in_vietnam_time(client, batch, product_en):
    stamp = first_code(batch)
    url = f"/en/verify/{stamp.display_code}/"
    client.get(url)
    stamp.refresh_from_db()
    assert stamp.scan_count == 1 and stamp.first_scanned_at is not None
    first = stamp.first_scanned_at
    # 18:30 UTC on 1 December is 01:30 on 2 December in Vietnam: the buyer's date is the 2nd.
    StampCode.objects.filter(pk=stamp.pk).update(
        first_scanned_at=datetime.datetime(2026, 12, 1, 18, 30, tzinfo=datetime.UTC)
    )
    html = client.get(url).content.decode()
    assert "First verified on 2 December 2026; checked 2 times in all." in html
    html_vi = client.get(f"/vi/verify/{stamp.display_code}/").content.decode()
    assert "2 tháng 12, 2026" in html_vi
    stamp.refresh_from_db()
    assert stamp.scan_count == 3
    assert stamp.first_scanned_at == datetime.datetime(2026, 12, 1, 18, 30, tzinfo=datetime.UTC)
    assert stamp.last_scanned_at >= first
    client.head(url)  # link checkers and previews that only ask for headers do not count
    stamp.refresh_from_db()
    assert stamp.scan_count == 3
    assert first_code(batch).scan_count == 3 and batch.codes.exclude(pk=stamp.pk).filter(scan_count__gt=0).count() == 0


def test_an_unknown_code_is_a_counterfeit_warning_with_the_office_contact_and_404(client, batch, office):
    response = client.get(f"/en/verify/{display(unknown_code())}/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'data-verdict="unknown"' in html
    assert "Warning: possible counterfeit" in html
    assert "0203 3835 555" in html and "ocop@quangninh.gov.vn" in html
    assert "Quảng Ninh OCOP Programme" in html  # the office's official English name
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    vi = client.get(f"/vi/verify/{display(unknown_code())}/")
    assert vi.status_code == 404 and "Cảnh báo" in vi.content.decode()


def test_a_code_scanned_far_more_often_than_one_package_is_flagged_as_copied(client, batch, settings, office):
    settings.OCOP_STAMP_SUSPICIOUS_SCANS = 20
    stamp = first_code(batch)
    StampCode.objects.filter(pk=stamp.pk).update(scan_count=19, first_scanned_at=timezone.now())
    html = client.get(f"/en/verify/{stamp.display_code}/").content.decode()  # the 20th scan
    assert 'data-verdict="genuine"' in html and "may have been copied" not in html
    response = client.get(f"/en/verify/{stamp.display_code}/")  # the 21st
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-verdict="copied"' in html
    assert "Warning: this code may have been copied" in html
    assert "It has been checked 21 times." in html
    assert "0203 3835 555" in html  # whom to tell


@pytest.mark.parametrize("typed", ["lower", "compact", "spaced", "look-alike"])
def test_a_code_typed_by_hand_works_with_or_without_dashes_and_in_any_case(client, batch, typed):
    stamp = first_code(batch)
    code = stamp.code
    text = {
        "lower": stamp.display_code.lower(),
        "compact": code,
        "spaced": " ".join(stamp.display_code.split("-")),
        "look-alike": code.replace("0", "O").replace("1", "l").lower(),
    }[typed]
    response = client.get("/en/verify/", {"code": text})
    assert response.status_code == 302
    assert response["Location"] == f"/en/verify/{stamp.display_code}/"
    assert client.get(response["Location"]).status_code == 200
    # The same forms in the address (a code typed into the address bar) land on the same page.
    response = client.get(f"/en/verify/{code.lower()}/")
    assert response.status_code == 302 and response["Location"] == f"/en/verify/{stamp.display_code}/"


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "Enter the code printed under the QR code"),
        ("hello!", "This is not a stamp code."),
        ("x" * 1000, "That is too long to be a stamp code."),
        ("<script>alert(1)</script>", "This is not a stamp code."),
    ],
)
def test_input_that_is_not_a_code_gets_a_clear_message_and_400(client, batch, text, message):
    response = client.get("/en/verify/", {"code": text})
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "<script>alert(1)" not in html


def test_a_typo_is_told_apart_from_a_counterfeit(client, batch):
    code = first_code(batch).code
    typo = code[:5] + ("A" if code[5] != "A" else "B") + code[6:]
    response = client.get("/en/verify/", {"code": typo})
    assert response.status_code == 400
    assert "This code has a typo" in response.content.decode()
    response = client.get(f"/en/verify/{display(typo)}/")
    assert response.status_code == 400


def test_malformed_addresses_never_fail(client, batch):
    for path in ["/en/verify/%00/", "/en/verify/%E2%80%8B/", "/vi/verify/" + "Z" * 300 + "/", "/en/verify/ABC/"]:
        assert client.get(path).status_code in (400, 404), path


def test_the_verify_form_page(client, batch):
    response = client.get("/vi/verify/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="code"' in html and "noindex" in html
    assert client.get("/en/verify/").status_code == 200


def test_verify_pages_are_rate_limited(client, batch, settings):
    settings.OCOP_RATE_LIMITS = {**settings.OCOP_RATE_LIMITS, "stamp_verify": (3, 60)}
    stamp = first_code(batch)
    for _ in range(3):
        assert client.get(f"/en/verify/{stamp.display_code}/").status_code == 200
    response = client.get(f"/en/verify/{stamp.display_code}/")
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    assert client.get("/en/verify/", {"code": stamp.code}).status_code == 429  # the form too
    stamp.refresh_from_db()
    assert stamp.scan_count == 3  # refused requests count no scan


def test_expired_certificate_is_said_clearly(client, product, site_tree):
    Certification.objects.filter(product=product).delete()
    old = Certification(
        product=product,
        stars=3,
        score=60,
        certificate_number="QN-2020-117",
        level="provincial",
        issuing_body="UBND tỉnh Quảng Ninh",
        issued_on=datetime.date(2020, 6, 1),
    )
    old.save()
    product.refresh_from_db()
    batch = make_batch(product, codes=1)
    html = client.get(f"/en/verify/{first_code(batch).display_code}/").content.decode()
    assert 'data-certificate="none"' in html
    assert "Its OCOP certificate QN-2020-117 expired on 31 May 2023" in html


def test_external_provider_codes_verify_by_their_own_code(client, product):
    from catalogue.stamps import register_external_codes

    batch = make_batch(product, quantity=5)
    result = register_external_codes(batch, "Tem Việt", "VNT-000123-45\nvnt 000124 46\n")
    assert not result.errors and len(result.created) == 2
    response = client.get("/en/verify/", {"code": "vnt-000123-45"})
    assert response.status_code == 302 and response["Location"] == "/en/verify/VNT00012345/"
    response = client.get(response["Location"])
    assert response.status_code == 200 and "CM-2026-11-A" in response.content.decode()
    assert StampCode.objects.get(external_code="VNT00012345").scan_count == 1
    assert client.get("/en/verify/VNT00099999/").status_code == 404  # provider-like but not registered


def test_the_qr_target_is_the_absolute_vietnamese_verify_address(batch, settings):
    stamp = first_code(batch)
    assert verify_url(stamp) == f"http://testserver/vi/verify/{stamp.display_code}/"


def test_product_pages_say_the_product_carries_stamps_only_when_it_does(client, product, product_en, content_cache):
    """As production runs: the answer is kept per content version, which issuing codes raises."""
    assert "data-stamps" not in client.get(product.url).content.decode()
    with content_cache():
        batch = make_batch(product)  # a batch without codes: nothing to say yet
    assert "data-stamps" not in client.get(product.url).content.decode()
    from catalogue.stamps import generate_codes

    with content_cache():
        generate_codes(batch, 2)
    html = client.get(product_en.url).content.decode()
    assert "data-stamps" in html and 'href="/en/verify/"' in html
    assert "Traceability stamp on every package" in html
    assert 'href="/vi/verify/"' in client.get(product.url).content.decode()
