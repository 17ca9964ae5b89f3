"""OCOP star ratings: score bands, issuing levels, 36-month validity, current = newest unexpired."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from catalogue.models import Certification
from catalogue.models.certification import add_months, stars_for_score
from tests.factories import CertificationFactory

TODAY = datetime.date.today()


@given(st.integers(min_value=0, max_value=100))
def test_score_bands(score):
    stars = stars_for_score(score)
    bands = {1: range(0, 30), 2: range(30, 50), 3: range(50, 70), 4: range(70, 90), 5: range(90, 101)}
    assert score in bands[stars]


@given(st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2090, 12, 31)))
def test_thirty_six_months_later_is_a_real_date_three_years_on(day):
    later = add_months(day, 36)
    assert later.year == day.year + 3
    assert later.month == day.month
    assert later.day <= day.day


@pytest.mark.django_db
def test_expiry_defaults_to_36_months(product):
    cert = CertificationFactory(product=product, issued_on=datetime.date(2023, 2, 28))
    assert cert.expires_on == datetime.date(2026, 2, 27)


@pytest.mark.django_db
def test_expired_certificate_is_not_current(client, product):
    Certification.objects.filter(product=product).delete()
    CertificationFactory(
        product=product, stars=5, score=95, level="national", issued_on=TODAY - datetime.timedelta(days=365 * 4)
    )
    product.refresh_from_db()
    assert product.current_certification is None
    response = client.get(product.url)
    assert response.context["certification"] is None
    assert Certification.objects.get(product=product).certificate_number not in response.content.decode()


@pytest.mark.django_db
def test_newest_unexpired_certificate_is_current(product):
    CertificationFactory(product=product, stars=3, score=60, issued_on=TODAY - datetime.timedelta(days=30))
    CertificationFactory(
        product=product, stars=5, score=91, level="national", issued_on=TODAY - datetime.timedelta(days=365 * 5)
    )  # newer stars, long expired
    product.refresh_from_db()
    assert product.current_certification.stars == 3


@pytest.mark.django_db
def test_editor_gets_clear_messages_for_inconsistent_certificates(product):
    wrong_band = Certification(
        product=product, stars=5, score=75, certificate_number="1", level="national", issuing_body="Bộ", issued_on=TODAY
    )
    with pytest.raises(ValidationError) as error:
        wrong_band.full_clean()
    assert "stars" in error.value.message_dict
    provincial_five = Certification(
        product=product,
        stars=5,
        score=95,
        certificate_number="2",
        level="provincial",
        issuing_body="UBND",
        issued_on=TODAY,
    )
    with pytest.raises(ValidationError) as error:
        provincial_five.full_clean()
    assert "level" in error.value.message_dict
