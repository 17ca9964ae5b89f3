"""Admin login: five failures in 15 minutes lock out the account and, separately, the address."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(locales, settings):
    settings.OCOP_RATE_LIMITS = {**settings.OCOP_RATE_LIMITS, "login": (1000, 60)}  # lockout only, here
    return get_user_model().objects.create_superuser("boss", "boss@example.com", "right-password-123")


def login(client, username, password):
    return client.post("/admin/login/", {"username": username, "password": password})


def test_five_failures_lock_the_account_out_from_every_address(staff):
    attacker = Client(REMOTE_ADDR="203.0.113.66", HTTP_ACCEPT_LANGUAGE="en")
    for _ in range(4):
        assert login(attacker, "boss", "guess").status_code == 200  # the form again, with its error
    assert login(attacker, "boss", "guess").status_code == 429  # the fifth failure locks out at once
    locked = login(attacker, "boss", "right-password-123")
    assert locked.status_code == 429
    assert int(locked["Retry-After"]) == 15 * 60
    assert "Quá nhiều yêu cầu. Vui lòng chờ 900 giây" in locked.content.decode()  # the admin speaks Vietnamese
    # The owner, from elsewhere, is locked out too until the 15 minutes are over.
    owner = Client(REMOTE_ADDR="198.51.100.1", HTTP_ACCEPT_LANGUAGE="vi")
    response = login(owner, "boss", "right-password-123")
    assert response.status_code == 429
    assert "Quá nhiều yêu cầu" in response.content.decode()


def test_five_failures_lock_the_address_out_whatever_account_it_tries(staff):
    get_user_model().objects.create_superuser("editor", "ed@example.com", "editor-password-123")
    attacker = Client(REMOTE_ADDR="203.0.113.77")
    for name in ("admin", "root", "test", "user"):
        assert login(attacker, name, "guess").status_code == 200
    assert login(attacker, "guest", "guess").status_code == 429
    assert login(attacker, "editor", "editor-password-123").status_code == 429
    # Another address logs in to that account normally.
    response = login(Client(REMOTE_ADDR="198.51.100.2"), "editor", "editor-password-123")
    assert response.status_code == 302 and response["Location"].startswith("/admin/")


def test_a_success_before_the_limit_resets_the_count(staff):
    client = Client(REMOTE_ADDR="198.51.100.3")
    for _ in range(4):
        login(client, "boss", "typo")
    assert login(client, "boss", "right-password-123").status_code == 302
    client.logout()
    for _ in range(4):
        assert login(client, "boss", "typo").status_code == 200


def test_login_submissions_are_rate_limited_per_client(staff, settings):
    settings.OCOP_RATE_LIMITS = {**settings.OCOP_RATE_LIMITS, "login": (3, 60)}
    client = Client(REMOTE_ADDR="203.0.113.88")
    codes = [login(client, f"user{n}", "x").status_code for n in range(4)]
    assert codes == [200, 200, 200, 429]


def test_the_admin_path_is_configurable():
    import importlib
    import os

    from django.conf import settings as django_settings
    from django.urls import clear_url_caches, resolve

    import site_config.urls

    old = django_settings.OCOP_ADMIN_PATH
    try:
        django_settings.OCOP_ADMIN_PATH = "quan-tri-7f3a/"
        clear_url_caches()
        importlib.reload(site_config.urls)
        assert resolve("/quan-tri-7f3a/login/", urlconf=site_config.urls).url_name == "wagtailadmin_login"
    finally:
        django_settings.OCOP_ADMIN_PATH = old
        importlib.reload(site_config.urls)
        clear_url_caches()
    # The setting comes from the environment, normalised to "path/".
    assert os.environ.get("OCOP_ADMIN_PATH", "admin/").strip("/") + "/" == old
