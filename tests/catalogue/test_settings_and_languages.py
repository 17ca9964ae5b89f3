"""Deployment settings, migrations in step with models, and languages as configuration."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Locale

from catalogue.localization import translate_instance
from home.setup import ensure_locales

ROOT = Path(__file__).resolve().parents[2]


def manage(*args, **env):
    environment = {**os.environ, **env}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_is_clean_with_production_settings():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="site_config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        SITE_URL="https://ocop.quangninh.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    "env",
    [
        {"SECRET_KEY": "", "SITE_URL": "https://ocop.example"},
        {"SECRET_KEY": "short", "SITE_URL": "https://ocop.example"},
        {"SECRET_KEY": "x" * 60, "SITE_URL": ""},
        {"SECRET_KEY": "x" * 60, "SITE_URL": "ocop.example"},
        {"SECRET_KEY": "x" * 60, "SITE_URL": "https://ocop.example/shop"},
        {"SECRET_KEY": "x" * 60, "SITE_URL": "https://ocop.example", "ALLOWED_HOSTS": "*"},
    ],
)
def test_production_refuses_to_start_without_a_secret_and_site_url(env):
    result = manage("check", DJANGO_SETTINGS_MODULE="site_config.settings.production", **{"ALLOWED_HOSTS": "", **env})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr


@pytest.mark.django_db
def test_migrations_match_the_models():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.django_db
def test_a_third_language_is_configuration_only(client, site_tree):
    languages = [("vi", "Tiếng Việt"), ("en", "English"), ("ko", "한국어")]
    with override_settings(LANGUAGES=languages, WAGTAIL_CONTENT_LANGUAGES=languages):
        ensure_locales()
        korean = Locale.objects.get(language_code="ko")
        home_ko = translate_instance(site_tree["home"], korean, {"Trang chủ": "홈", "home": "home-ko"})
        response = client.get("/ko/")
        assert response.status_code == 200
        html = response.content.decode()
        assert '<html lang="ko"' in html
        assert "<title>OCOP Quảng Ninh – " in html  # the home title: the site's name and tagline
        assert home_ko.url == "/ko/"
        # the switcher on the Vietnamese home page now offers Korean
        assert 'hreflang="ko"' in client.get("/vi/").content.decode()
