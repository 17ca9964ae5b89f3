# A small slice of the demo catalogue for the production smoke test, built with the demo's own
# builders (pages, drawn images, English through wagtail-localize). Run by test_smoke.py with
# `manage.py shell -c`, under production settings, after `make serve` has bootstrapped the site.
import datetime

from django.db import transaction
from wagtail.models import Locale

from catalogue.demo import content
from catalogue.demo.loader import build_producer, build_product
from catalogue.models import ProductGroup, Region
from home.demo import build_site_pages, configure_settings

with transaction.atomic():
    english = Locale.objects.get(language_code="en")
    default = Locale.get_default()
    home, pages = build_site_pages(english)
    regions = {r.slug: r for r in Region.objects.filter(locale=default)}
    groups = {g.slug: g for g in ProductGroup.objects.filter(locale=default).select_related("parent")}
    products = content.PRODUCTS[:3]
    wanted = {spec["producer"] for spec in products}
    producers = {
        spec["key"]: build_producer(pages["producers"], spec, regions, english)
        for spec in content.PRODUCERS
        if spec["key"] in wanted
    }
    for spec in products:
        build_product(pages["catalogue"], spec, producers, regions, groups, english, datetime.date.today())
    configure_settings(home, pages)
print("smoke content ready")
