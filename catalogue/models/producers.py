"""Who works for which producer: the producers' own corner of the admin (catalogue.producer_access).

A ``ProducerMembership`` links a user account to the producer story (the source-language
``ProducerPage``) they work for. Each producer with staff has a ``ProducerTeam``: a Django group of
its own that carries the Wagtail page permissions on that producer's pages (its story and its
products, which live under the catalogue index, not under the producer page). Both are kept by
``catalogue.producer_access``; nothing else writes them.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class ProducerMembership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="producer_memberships",
    )
    producer = models.ForeignKey(
        "catalogue.ProducerPage",
        verbose_name=_("producer"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    class Meta:
        verbose_name = _("producer staff member")
        verbose_name_plural = _("producer staff")
        constraints = [models.UniqueConstraint(fields=["user", "producer"], name="one_membership_per_producer")]

    def __str__(self):
        return f"{self.user} – {self.producer_id}"


class ProducerTeam(models.Model):
    """The group holding one producer's page permissions (its members: the producer's staff)."""

    producer = models.OneToOneField("catalogue.ProducerPage", on_delete=models.CASCADE, related_name="team")
    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="producer_team")

    class Meta:
        verbose_name = _("producer team")

    def __str__(self):
        return self.group.name
