from django.core.management.base import BaseCommand

from storefront.services.orders import release_expired_holds


class Command(BaseCommand):
    help = "Expire unpaid orders whose stock hold ran out and put their units back on sale (safe to run often)."

    def handle(self, *args, **options):
        count = release_expired_holds()
        self.stdout.write(f"Released the stock of {count} expired order(s).")
