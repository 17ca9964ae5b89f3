import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from wagtail.users.models import UserProfile


class Command(BaseCommand):
    help = "Create the local admin user if missing and print how to log in (development only)."

    def handle(self, *args, **options):
        User = get_user_model()
        username = os.environ.get("ADMIN_USERNAME", "admin")
        # The generated password is kept beside the SQLite database (never in the repository)
        # so that every `make run` can print it again.
        remembered = settings.STATE_DIR / "admin-password.txt"
        user = User.objects.filter(username=username).first()
        if user is None:
            password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
            user = User.objects.create_superuser(username, "admin@example.vn", password)
            remembered.parent.mkdir(parents=True, exist_ok=True)
            remembered.write_text(password)
            remembered.chmod(0o600)
            self.stdout.write(self.style.SUCCESS("Admin user created."))
        # Wagtail's account settings require a first and last name: without them the admin could
        # not save a new password or language. Fill what is missing, never overwrite a choice.
        if not (user.first_name and user.last_name):
            user.first_name = user.first_name or "Quản trị viên"
            user.last_name = user.last_name or "OCOP"
            user.save(update_fields=["first_name", "last_name"])
        profile = UserProfile.get_for_user(user)
        if not profile.preferred_language:
            profile.preferred_language = settings.OCOP_ADMIN_LANGUAGE
            profile.save(update_fields=["preferred_language"])
        password = (
            remembered.read_text().strip() if remembered.exists() else "(unchanged; see manage.py changepassword)"
        )
        self.stdout.write(self.style.SUCCESS(f"Admin login: {username} / {password}"))
        self.stdout.write("Admin: http://127.0.0.1:{}/admin/".format(os.environ.get("PORT", "8000")))
