"""Enrol an authenticator app (TOTP) for an admin user: prints the QR code and the secret."""

import segno
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = "Enrol a TOTP authenticator app for USERNAME (replacing any earlier one with --replace)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--replace", action="store_true", help="delete the user's earlier authenticators")

    def handle(self, username, replace, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user {username!r}.")
        devices = TOTPDevice.objects.filter(user=user)
        if devices.exists() and not replace:
            raise CommandError(f"{username} already has an authenticator; use --replace to enrol a new one.")
        devices.delete()
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
        self.stdout.write(f"Scan this with the authenticator app of {username}, or enter the URL by hand:\n")
        segno.make(device.config_url, error="m").terminal(out=self.stdout, compact=True)
        self.stdout.write(f"\n{device.config_url}\n")
        self.stdout.write("From the next login on, the admin asks this user for the app's code.\n")
