import time

from django.core.management.base import BaseCommand

from catalogue.models import ProductPage


class Command(BaseCommand):
    help = "Build the bilingual demo catalogue (idempotent: what exists is kept)."

    def add_arguments(self, parser):
        parser.add_argument("--if-empty", action="store_true", help="Do nothing when the catalogue has products.")

    def handle(self, *args, if_empty=False, **options):
        from home.demo import load_demo

        if if_empty and ProductPage.objects.exists():
            self.stdout.write("The catalogue already has products; demo content not loaded.")
            return
        started = time.monotonic()
        counts = load_demo()
        self.stdout.write(
            self.style.SUCCESS(
                "Demo catalogue ready in {:.1f}s: {producers} producers, {products} products "
                "({english_products} in English).".format(time.monotonic() - started, **counts)
            )
        )
