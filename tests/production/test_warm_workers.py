"""gunicorn forks its workers from a master that loaded the application (``preload_app``); the
WSGI module warms that master (site_config/warmup.py), so every worker, and every worker started
again after ``max_requests``, begins with the URL maps of every language, the project's templates
compiled, the e-mail validator's patterns built and the checkout's country, province and ward
options ready in every language, and shares no database connection."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json
import site_config.wsgi  # what gunicorn's master imports
from django.conf import settings
from django.core.validators import EmailValidator
from django.db import connections
from django.template import engines
from django.urls import get_resolver
from django.utils.functional import empty
from storefront.forms import country_options, province_options, ward_options, wards_by_province

loader = engines["django"].engine.template_loaders[0]
print(json.dumps({
    "languages": sorted(get_resolver()._reverse_dict),
    "templates": sorted(key for key in loader.get_template_cache if isinstance(key, str)),
    "email_pattern_built": EmailValidator.domain_regex._wrapped is not empty,
    "open_connections": [alias for alias in connections if connections[alias].connection is not None],
    "site_languages": [code for code, _ in settings.LANGUAGES],
    # Read without building: a list not prepared before has no HTML in any language.
    "countries_html": sorted(code for code, _ in settings.LANGUAGES if code in country_options(code)._html),
    "provinces_html": sorted(province_options()._html),
    "wards_html": sorted({tuple(sorted(ward_options(code)._html)) for code in wards_by_province()}),
    "provinces": len(wards_by_province()),
}))
"""


def probe(tmp_path, **extra):
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST"))},
        "DJANGO_SETTINGS_MODULE": "site_config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "SITE_URL": "https://ocop.example.vn",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}",
        "OCOP_STATE_DIR": str(tmp_path),
        **extra,
    }
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_master_that_gunicorn_forks_is_warm_and_holds_no_connection(tmp_path):
    warm = probe(tmp_path)
    assert warm["languages"] == sorted(warm["site_languages"])
    assert {"base.html", "catalogue/product_page.html", "storefront/checkout.html"} <= set(warm["templates"])
    assert warm["email_pattern_built"] and warm["open_connections"] == []
    # A worker's first checkout built these (~0.3 s), and so did each worker started again.
    languages = sorted(warm["site_languages"])
    assert warm["countries_html"] == warm["provinces_html"] == languages
    assert warm["wards_html"] == [languages] and warm["provinces"] == 34  # every province's wards
    assert not (tmp_path / "unused.sqlite3").exists() or (tmp_path / "unused.sqlite3").stat().st_size == 0

    cold = probe(tmp_path, OCOP_WARM_UP="0")  # the switch an operator can turn it off with
    assert cold["languages"] == [] and "base.html" not in cold["templates"] and not cold["email_pattern_built"]
    assert cold["countries_html"] == cold["provinces_html"] == [] and cold["wards_html"] == [[]]
