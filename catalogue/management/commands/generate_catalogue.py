import time

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Add a synthetic catalogue of N products (both languages) for benchmarks. Run load_demo first."

    def add_arguments(self, parser):
        parser.add_argument("--products", type=int, required=True)
        parser.add_argument("--seed", type=int, default=0)

    def handle(self, *args, products, seed, **options):
        from catalogue.scale import generate_catalogue

        if products < 1:
            raise CommandError("--products must be at least 1")
        started = time.monotonic()
        try:
            made = generate_catalogue(products, seed=seed, stdout=self.stdout)
        except RuntimeError as error:
            raise CommandError(str(error)) from error
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {made} products in {elapsed:.1f}s ({made / elapsed:.0f} products/s). "
                "Run `manage.py update_index` to index them."
            )
        )
