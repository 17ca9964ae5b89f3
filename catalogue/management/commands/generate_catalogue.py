import time

from django.core.management.base import BaseCommand, CommandError

SHAPES = ("report-2020",)


class Command(BaseCommand):
    help = (
        "Add a synthetic catalogue of N products (both languages) for benchmarks (run load_demo first), "
        "or, with --shape report-2020, build on an empty database the catalogue of the province's "
        "2017–2020 report."
    )

    def add_arguments(self, parser):
        parser.add_argument("--products", type=int)
        parser.add_argument("--seed", type=int, default=0)
        parser.add_argument("--shape", choices=SHAPES, help="Build a catalogue of a known shape instead.")

    def handle(self, *args, products, seed, shape, **options):
        from catalogue.scale import generate_catalogue

        if shape:
            if products is not None:
                raise CommandError("--shape fixes the number of products: leave out --products")
            return self._report_2020(seed)
        if products is None:
            raise CommandError("give --products N (or --shape report-2020)")
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

    def _report_2020(self, seed):
        from catalogue.report_shape import NotEmpty, generate_report_catalogue

        started = time.monotonic()
        try:
            made = generate_report_catalogue(seed=seed, stdout=self.stdout)
        except NotEmpty as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Built the report-2020 catalogue ({made} products, seed {seed}) in {time.monotonic() - started:.1f}s. "
                "Run `manage.py update_index` to index it."
            )
        )
