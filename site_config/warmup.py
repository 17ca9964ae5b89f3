"""Work every process of the site would do on its first requests, done once before gunicorn forks
its workers (``preload_app``): each worker, and each worker gunicorn starts again after
``max_requests``, inherits it instead of making its first buyers wait.

What is warmed needs no database: the URL maps of every language (Django builds them on the first
``reverse()`` per language: ~0.1 s each), the project's templates compiled into the cached loader,
and Django's lazily compiled validators of e-mail addresses (the checkout's; the domain pattern
alone takes ~0.1 s to compile). An app adds its own part with a ``warm_up()`` method on its
``AppConfig`` (the storefront: the checkout's country, province and ward options in every language).
"""

from django.apps import apps
from django.conf import settings
from django.core.validators import validate_email
from django.template import TemplateDoesNotExist, TemplateSyntaxError
from django.template.loader import get_template
from django.urls import get_resolver, reverse
from django.utils import translation


def warm_up() -> list[str]:
    """Warm this process; returns the names of the templates compiled."""
    resolver = get_resolver()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            # The reverse map of the language, then its patterns compiled on the way to a match.
            resolver.resolve(reverse("storefront:cart"))
    validate_email("warm-up@example.com")
    compiled = []
    for directory in settings.TEMPLATES[0]["DIRS"]:
        for path in sorted(directory.rglob("*.html")):
            name = path.relative_to(directory).as_posix()
            try:
                get_template(name)
            except (TemplateDoesNotExist, TemplateSyntaxError):
                continue  # a fragment only another template's context can compile: left to its first use
            compiled.append(name)
    for config in apps.get_app_configs():
        app_warm_up = getattr(config, "warm_up", None)
        if callable(app_warm_up):
            app_warm_up()
    return compiled
