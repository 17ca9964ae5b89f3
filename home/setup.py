"""Site bootstrap: locales from settings and a HomePage as the root of the default site."""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page, Site

from .models import HomePage


def ensure_locales():
    """One wagtail Locale per configured language (adding a language is configuration only)."""
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    return Locale.objects.filter(language_code__in=[code for code, _ in settings.LANGUAGES])


@transaction.atomic
def ensure_site(title="OCOP Quảng Ninh", hostname="localhost", port=80):
    """The default-language HomePage, the root of the default Site; idempotent."""
    ensure_locales()
    default_locale = Locale.get_default()
    home = HomePage.objects.filter(locale=default_locale).first()
    if home is None:
        # Wagtail's migrations create the root; a flushed database (transactional tests) has none.
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=default_locale))
        # Wagtail's initial migration leaves a "Welcome" page; it has no place in this site.
        for child in root.get_children().filter(content_type__model="page", content_type__app_label="wagtailcore"):
            Site.objects.filter(root_page=child).delete()
            child.delete()
        home = root.add_child(instance=HomePage(title=title, slug="home", locale=default_locale))
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname=hostname, port=port, root_page=home, is_default_site=True, site_name=title)
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = site.site_name or title
        site.save()
    return home
