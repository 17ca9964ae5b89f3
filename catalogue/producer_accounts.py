"""Producer staff accounts: a programme editor invites a producer's staff member from the
producer's page; the invitation e-mail carries a set-password link (Django's password reset
tokens, so the link works once and expires after ``PASSWORD_RESET_TIMEOUT``), built on SITE_URL.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from wagtail.models import Locale

from site_config.site_url import absolute_url

from .models import ProducerMembership, ProducerPage
from .producer_access import PRODUCERS_GROUP, ensure_moderation, producers_group, sync_team


class InvitationRefused(Exception):
    """The e-mail belongs to an account that must not become producer staff (a programme account)."""


def source_producer(page: ProducerPage) -> ProducerPage:
    """The source-language producer story (memberships, products and orders hang off it)."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return page
    return ProducerPage.objects.get(translation_key=page.translation_key, locale=default)


def set_password_url(user) -> str:
    uidb64 = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return absolute_url(reverse("wagtailadmin_password_reset_confirm", args=[uidb64, token]))


def invite_producer_staff(producer: ProducerPage, *, email: str, name: str, invited_by=None):
    """Give ``email`` an admin account working for ``producer`` and e-mail them a set-password link.

    A new account has no usable password until they set one. An existing producer staff account is
    linked to this producer too (and invited again); an account of the programme (any other group,
    staff or superuser) is refused: the corner's restrictions would lock it out of its own work.
    Returns the user.
    """
    User = get_user_model()
    email = User.objects.normalize_email(email.strip()).lower()
    producer = source_producer(producer)
    with transaction.atomic():
        user = User.objects.filter(email__iexact=email).first() or User.objects.filter(username=email).first()
        if user is None:
            user = User(username=email, email=email, first_name=name.strip()[:150])
            user.set_unusable_password()
            user.save()
        elif (
            user.is_superuser
            or user.is_staff
            or user.groups.exclude(name=PRODUCERS_GROUP).filter(producer_team__isnull=True).exists()
        ):
            raise InvitationRefused(_("This e-mail address belongs to an account of the programme."))
        user.groups.add(producers_group())
        ProducerMembership.objects.get_or_create(user=user, producer=producer, defaults={"invited_by": invited_by})
        sync_team(producer)
        ensure_moderation(producer)
        transaction.on_commit(lambda: send_invitation(user, producer))
    return user


def send_invitation(user, producer: ProducerPage) -> None:
    """The invitation, in the admin's language (Vietnamese)."""
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "user": user,
            "producer": producer,
            "set_password_url": set_password_url(user),
            "login_url": absolute_url(reverse("wagtailadmin_login")),
            "username": user.get_username(),
        }
        subject = _("Your account for %(producer)s on the OCOP Quảng Ninh site") % {"producer": producer.title}
        body = render_to_string("catalogue/emails/producer_invitation.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])


def remove_producer_staff(producer: ProducerPage, user) -> None:
    """``user`` no longer works for ``producer``: the team's page permissions go at once; an account
    that works for no producer any more leaves the Producers group and is deactivated (it keeps its
    history: revisions, stock log and order notes still name it)."""
    producer = source_producer(producer)
    with transaction.atomic():
        ProducerMembership.objects.filter(producer=producer, user=user).delete()
        sync_team(producer)
        if not ProducerMembership.objects.filter(user=user).exists():
            user.groups.remove(producers_group())
            user.is_active = False
            user.save(update_fields=["is_active"])
