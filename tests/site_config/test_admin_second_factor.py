"""Admin TOTP second factor (django-otp): optional per user by default, or required for all."""

import io
import time

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db


def current_code(device):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    return f"{totp.token():06d}"


@pytest.fixture
def boss(locales):
    return get_user_model().objects.create_superuser("boss", "boss@example.com", "right-password-123")


def sign_in(client):
    response = client.post("/admin/login/", {"username": "boss", "password": "right-password-123", "next": "/admin/"})
    assert response.status_code == 302
    return response


def test_without_an_authenticator_the_password_is_enough(boss):
    client = Client()
    sign_in(client)
    assert client.get("/admin/").status_code == 200


def test_an_enrolled_authenticator_is_asked_for_after_the_password(boss):
    out = io.StringIO()
    call_command("totp_enrol", "boss", stdout=out)
    assert "otpauth://totp/" in out.getvalue()
    device = TOTPDevice.objects.get(user=boss)
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    sign_in(client)
    # Every admin page sends the user to the code page until a code is given.
    for url in ("/admin/", "/admin/pages/", "/admin/stock-holds/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/second-factor/"), url
    page = client.get("/admin/second-factor/?next=/admin/pages/")
    assert page.status_code == 200 and "ứng dụng xác thực" in page.content.decode()  # the admin speaks Vietnamese
    wrong = client.post("/admin/second-factor/", {"otp_token": "000000", "next": "/admin/pages/"})
    assert wrong.status_code == 200 and "Mã này sai hoặc đã hết hạn" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302
    device.refresh_from_db()
    device.throttling_failure_count, device.throttling_failure_timestamp = 0, None  # the wrong try above
    device.save()
    right = client.post("/admin/second-factor/", {"otp_token": current_code(device), "next": "/admin/pages/"})
    assert right.status_code == 302 and right["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_the_code_page_never_redirects_to_another_host(boss):
    call_command("totp_enrol", "boss", stdout=io.StringIO())
    device = TOTPDevice.objects.get(user=boss)
    client = Client()
    sign_in(client)
    response = client.post("/admin/second-factor/", {"otp_token": current_code(device), "next": "https://evil.com/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_required_mode_stops_users_without_an_authenticator(boss, settings):
    settings.OCOP_ADMIN_2FA = "required"
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    sign_in(client)
    assert client.get("/admin/").status_code == 302
    page = client.get("/admin/second-factor/")
    assert "chưa được đăng ký ứng dụng nào" in " ".join(page.content.decode().split())
    assert client.post("/admin/second-factor/", {"otp_token": "123456"}).status_code == 200
    assert client.get("/admin/").status_code == 302


def test_the_public_site_is_not_concerned(boss, site_tree):
    call_command("totp_enrol", "boss", stdout=io.StringIO())
    client = Client()
    sign_in(client)
    assert client.get("/vi/").status_code == 200
