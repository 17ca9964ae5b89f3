import time

from django.core.management.base import BaseCommand

from home.setup import bootstrap_site


class Command(BaseCommand):
    help = (
        "Create or update what the site needs before serving (idempotent): locales from OCOP_LANGUAGES, "
        "the home page and the Site record on SITE_URL, regions and product groups."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        counts = bootstrap_site()
        if options["verbosity"] >= 1:
            self.stdout.write(
                self.style.SUCCESS(
                    "Site ready in {:.1f}s: {site} · languages {locales} · {regions} regions · {groups} product groups.".format(
                        time.monotonic() - started, **counts
                    )
                )
            )
