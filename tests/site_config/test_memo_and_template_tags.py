"""The request memo used by every app's template tags, and the template tag libraries by owner."""

from pathlib import Path

from django.conf import settings
from django.template.loader import get_template
from django.test import RequestFactory

from site_config.memo import memoize

TEMPLATES = Path(settings.BASE_DIR) / "templates"


def test_memoize_computes_once_per_request_and_key():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    request, other = RequestFactory().get("/"), RequestFactory().get("/")
    assert memoize(request, ("k", "vi"), compute) == 1
    assert memoize(request, ("k", "vi"), compute) == 1
    assert memoize(request, ("k", "en"), compute) == 2  # another key
    assert memoize(other, ("k", "vi"), compute) == 3  # another request: nothing shared
    assert memoize(None, ("k", "vi"), compute) == 4  # no request: no memo
    assert memoize(None, ("k", "vi"), compute) == 5


def test_every_template_loads_its_tag_libraries():
    """A {% load %} naming a library that moved, or a tag used without its library, fails here."""
    names = [str(path.relative_to(TEMPLATES)) for path in TEMPLATES.rglob("*") if path.suffix in (".html", ".txt")]
    assert len(names) > 50
    for name in names:
        get_template(name)
