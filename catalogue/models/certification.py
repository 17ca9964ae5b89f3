"""OCOP star ratings ("hạng sao") and their certificates.

A certificate is valid for 36 months; the *current* rating of a product is the newest
certificate that has not expired. Certificates belong to the product, not to a language
version of its page, so every translation shows the same stars.
"""

import datetime
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from .taxonomy import default_locale_q

VALIDITY_MONTHS = 36

# (minimum score, stars): 1 star under 30 points, 2 stars 30–49, 3 stars 50–69,
# 4 stars 70–89, 5 stars 90–100 (OCOP evaluation criteria).
STAR_BANDS = ((90, 5), (70, 4), (50, 3), (30, 2), (0, 1))


def stars_for_score(score):
    """The star rating that a 100-point evaluation score earns."""
    for minimum, stars in STAR_BANDS:
        if score >= minimum:
            return stars
    raise ValueError(score)


def add_months(day, months):
    """``day`` plus whole months, clamped to the month's last day (29 Feb → 28 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, candidate))
        except ValueError:
            continue
    raise ValueError(day)


class CertificationLevel(models.TextChoices):
    PROVINCIAL = "provincial", _("Provincial")
    NATIONAL = "national", _("National")


class CertificateDates(NamedTuple):
    """What the current-certificate rule reads of a certificate (also a Certification's fields)."""

    pk: int
    stars: int
    issued_on: datetime.date
    expires_on: datetime.date


# The current rating of a product on a day: the newest certificate valid that day (issued last;
# ties: the highest pk). Written twice, and only here: for rows in memory (current_certificate)
# and for the database (CertificationQuerySet.current); tests/catalogue/test_certification_rules.py
# checks that they agree.
CURRENT_FIRST = ("-issued_on", "-pk")


def is_valid_on(certificate, day):
    return certificate.issued_on <= day <= certificate.expires_on


def current_certificate(certificates, day=None):
    """The current one of a product's ``certificates`` on ``day`` (default today), or None.

    ``certificates``: Certifications or :class:`CertificateDates` of one product.
    """
    day = day or timezone.localdate()
    valid = [c for c in certificates if is_valid_on(c, day)]
    return max(valid, key=lambda c: (c.issued_on, c.pk), default=None)


class CertificationQuerySet(models.QuerySet):
    def valid_on(self, day=None):
        day = day or timezone.localdate()
        return self.filter(issued_on__lte=day, expires_on__gte=day)

    def current(self, day=None):
        """The certificates valid on ``day``, the current one first (filter by product first)."""
        return self.valid_on(day).order_by(*CURRENT_FIRST)


class Certification(models.Model):
    product = models.ForeignKey(
        "catalogue.ProductPage",
        verbose_name=_("product"),
        on_delete=models.CASCADE,
        related_name="certifications",
        limit_choices_to=default_locale_q,
    )
    stars = models.PositiveSmallIntegerField(
        _("stars"),
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    score = models.PositiveSmallIntegerField(
        _("score"),
        validators=[MaxValueValidator(100)],
        help_text=_("Evaluation score out of 100."),
    )
    certificate_number = models.CharField(_("certificate number"), max_length=64)
    level = models.CharField(_("issuing level"), max_length=16, choices=CertificationLevel.choices)
    issuing_body = models.CharField(_("issuing body"), max_length=255)
    issued_on = models.DateField(_("issued on"))
    expires_on = models.DateField(
        _("expires on"),
        blank=True,
        help_text=_("Leave empty: a certificate is valid for 36 months from its issue date."),
    )

    objects = CertificationQuerySet.as_manager()

    panels = [
        FieldPanel("product"),
        FieldRowPanel([FieldPanel("stars"), FieldPanel("score")]),
        FieldRowPanel([FieldPanel("certificate_number"), FieldPanel("level")]),
        FieldPanel("issuing_body"),
        FieldRowPanel([FieldPanel("issued_on"), FieldPanel("expires_on")]),
    ]

    class Meta:
        verbose_name = _("OCOP certificate")
        verbose_name_plural = _("OCOP certificates")
        ordering = ["-issued_on"]
        constraints = [
            models.CheckConstraint(condition=models.Q(stars__gte=1, stars__lte=5), name="certification_stars_1_to_5"),
            models.CheckConstraint(condition=models.Q(score__lte=100), name="certification_score_max_100"),
            models.CheckConstraint(
                condition=models.Q(expires_on__gt=models.F("issued_on")), name="certification_expires_after_issue"
            ),
        ]

    def __str__(self):
        return f"{self.certificate_number} ({self.stars}★)"

    def save(self, *args, **kwargs):
        if self.issued_on and not self.expires_on:
            self.expires_on = add_months(self.issued_on, VALIDITY_MONTHS) - datetime.timedelta(days=1)
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        if self.score is not None and self.stars is not None and stars_for_score(self.score) != self.stars:
            errors["stars"] = _("A score of %(score)s earns %(stars)s stars.") % {
                "score": self.score,
                "stars": stars_for_score(self.score),
            }
        if self.stars == 5 and self.level != CertificationLevel.NATIONAL:
            errors["level"] = _("Five-star ratings are certified at national level.")
        if self.stars in (3, 4) and self.level != CertificationLevel.PROVINCIAL:
            errors["level"] = _("Three- and four-star ratings are certified by the province.")
        today = timezone.localdate()
        if self.issued_on and self.issued_on > today:
            errors["issued_on"] = _(
                "The issue date %(issued)s is in the future (today is %(today)s): enter the date printed "
                "on the certificate, once it has been issued."
            ) % {"issued": self.issued_on.strftime("%d/%m/%Y"), "today": today.strftime("%d/%m/%Y")}
        if self.issued_on and self.expires_on and self.expires_on <= self.issued_on:
            errors["expires_on"] = _("The expiry date must come after the issue date.")
        if errors:
            raise ValidationError(errors)

    def is_valid_on(self, day=None):
        return is_valid_on(self, day or timezone.localdate())
