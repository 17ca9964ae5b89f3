"""Site bootstrap: locales from settings, a HomePage as the root of the default site, whose
host and port come from SITE_URL, and the reference data (regions, product groups).

``bootstrap_site`` is what ``manage.py bootstrap_site`` runs: on every ``make run``, every
``make serve`` (production start) and at the start of ``load_demo``. It is idempotent.
"""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from catalogue.seed import seed_groups, seed_regions
from site_config.site_url import site_record_address

from .models import HomePage


def ensure_locales():
    """One wagtail Locale per configured language (adding a language is configuration only)."""
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    return Locale.objects.filter(language_code__in=[code for code, _ in settings.LANGUAGES])


@transaction.atomic
def ensure_site(title="OCOP Quảng Ninh"):
    """The default-language HomePage, the root of the default Site on SITE_URL's host; idempotent."""
    hostname, port = site_record_address()
    ensure_locales()
    default_locale = Locale.get_default()
    home = HomePage.objects.filter(locale=default_locale).first()
    if home is None:
        # Wagtail's migrations create the root; a flushed database (transactional tests) has none.
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=default_locale)
        )
        # Wagtail's initial migration leaves a "Welcome" page; it has no place in this site.
        for child in root.get_children().filter(content_type__model="page", content_type__app_label="wagtailcore"):
            Site.objects.filter(root_page=child).delete()
            child.delete()
        home = root.add_child(instance=HomePage(title=title, slug="home", locale=default_locale))
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname=hostname, port=port, root_page=home, is_default_site=True, site_name=title)
    elif (site.root_page_id, site.hostname, site.port) != (home.pk, hostname, port):
        site.root_page = home
        site.hostname, site.port = hostname, port
        site.site_name = site.site_name or title
        site.save()
    return home


@transaction.atomic
def bootstrap_site() -> dict:
    """Everything a new or upgraded database needs before it can serve the site; idempotent.

    Creates what is missing and updates what configuration owns: one Locale per language in
    OCOP_LANGUAGES (a removed language's locale is kept: its pages would go with it), the home
    page and the default Site on SITE_URL's host and port, the region tree and the product groups
    (with their English names when English is configured). Pages in a new language are made by
    translating them in the admin. Returns counts for the command's report.
    """
    home = ensure_site()
    regions = seed_regions()
    groups = seed_groups()
    site = Site.objects.get(is_default_site=True)
    return {
        "locales": ", ".join(locale.language_code for locale in ensure_locales().order_by("pk")),
        "site": site.root_url,
        "home": home.pk,
        "regions": regions,
        "groups": groups,
    }
