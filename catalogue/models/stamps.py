"""Traceability stamps ("tem điện tử truy xuất nguồn gốc"): production batches and their codes.

A batch is one production run of a product (the Vietnamese page: batches, like certificates and
variants, are shared by every translation). Each package of the batch carries one stamp code,
printed as a QR code that opens the verify page (catalogue/stamp_views.py). Codes are made by
``catalogue.stamps`` (our own format: catalogue/stamp_codes.py) or registered from an external
stamp provider (their code, linked to the batch).

Scans are counted on the code's row with one conditional UPDATE (``catalogue.stamps.record_scan``),
never read-modify-write.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q, Sum
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from ..stamp_codes import display
from .taxonomy import default_locale_q


def suspicious_scans() -> int:
    """More scans than this and a code was probably copied (``OCOP_STAMP_SUSPICIOUS_SCANS``)."""
    return int(getattr(settings, "OCOP_STAMP_SUSPICIOUS_SCANS", 20))


class BatchQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The batches ``user`` may see and manage in the admin. The one place that decides it:
        every admin view of batches, codes and sheets starts from here. Programme editors see all;
        a producer's staff only their own products' batches (catalogue/producer_access.py)."""
        from ..producer_access import is_producer_staff, producer_ids_for

        if is_producer_staff(user):
            return self.filter(product__producer_id__in=producer_ids_for(user))
        return self

    def with_stamp_figures(self):
        """Each batch with ``codes_count``, ``scans_total`` and ``suspicious_count`` (one query)."""
        return self.annotate(
            codes_count=Count("codes", distinct=True),
            scans_total=Sum("codes__scan_count"),
            suspicious_count=Count("codes", filter=Q(codes__scan_count__gt=suspicious_scans()), distinct=True),
        )


class Batch(models.Model):
    product = models.ForeignKey(
        "catalogue.ProductPage",
        verbose_name=_("product"),
        # Stamps are on packages in the market: a product with batches is not deleted with them.
        on_delete=models.PROTECT,
        related_name="batches",
        limit_choices_to=default_locale_q,
    )
    batch_code = models.CharField(
        _("batch code"), max_length=64, help_text=_("The lot number printed on the packages, e.g. “CM-2026-11-A”.")
    )
    production_date = models.DateField(_("production date"))
    expiry_date = models.DateField(_("expiry date"))
    quantity = models.PositiveIntegerField(
        _("number of packages"), help_text=_("One stamp code per package: codes are made up to this number.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = BatchQuerySet.as_manager()

    panels = [
        FieldPanel("product"),
        FieldRowPanel([FieldPanel("batch_code"), FieldPanel("quantity")]),
        FieldRowPanel([FieldPanel("production_date"), FieldPanel("expiry_date")]),
    ]

    class Meta:
        verbose_name = _("batch")
        verbose_name_plural = _("batches")
        ordering = ["-production_date", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["product", "batch_code"], name="batch_code_unique_per_product"),
            models.CheckConstraint(
                condition=Q(expiry_date__gt=models.F("production_date")), name="batch_expires_after_production"
            ),
            models.CheckConstraint(condition=Q(quantity__gte=1), name="batch_quantity_positive"),
        ]

    def __str__(self):
        return f"{self.product.title} – {self.batch_code}" if self.product_id else self.batch_code

    def clean(self):
        if self.production_date and self.expiry_date and self.expiry_date <= self.production_date:
            raise ValidationError({"expiry_date": _("The expiry date must come after the production date.")})
        if self.pk and self.quantity is not None:
            issued = self.codes.count()
            if self.quantity < issued:
                raise ValidationError(
                    {
                        "quantity": _(
                            "%(count)s stamp codes already exist for this batch: the quantity cannot be lower."
                        )
                        % {"count": issued}
                    }
                )


class StampCodeQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Codes of the batches ``user`` may see (:meth:`BatchQuerySet.visible_to`)."""
        return self.filter(batch__in=Batch.objects.visible_to(user))

    def suspicious(self):
        """Codes scanned far more often than one package would be."""
        return self.filter(scan_count__gt=suspicious_scans())


class StampCode(models.Model):
    code = models.CharField(_("code"), max_length=18, unique=True, editable=False)
    batch = models.ForeignKey(Batch, verbose_name=_("batch"), on_delete=models.CASCADE, related_name="codes")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    scan_count = models.PositiveIntegerField(_("scans"), default=0)
    first_scanned_at = models.DateTimeField(_("first scanned"), null=True, blank=True)
    last_scanned_at = models.DateTimeField(_("last scanned"), null=True, blank=True)
    external_provider = models.CharField(_("stamp provider"), max_length=100, blank=True)
    external_code = models.CharField(
        _("provider's code"),
        max_length=64,
        blank=True,
        help_text=_("The code printed by an external stamp provider (letters and digits, as we look it up)."),
    )

    objects = StampCodeQuerySet.as_manager()

    class Meta:
        verbose_name = _("stamp code")
        verbose_name_plural = _("stamp codes")
        ordering = ["batch", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["external_code"], condition=~Q(external_code=""), name="stamp_external_code_unique"
            ),
        ]

    def __str__(self):
        return self.external_code or self.display_code

    @property
    def display_code(self):
        """Our code as printed, in groups: ``7KQ2M9-XD4HRT-B3WPZ9``."""
        return display(self.code)

    @property
    def public_code(self):
        """The code the buyer has on the package (the provider's when it came from one)."""
        return self.external_code or self.display_code

    @property
    def is_suspicious(self):
        return self.scan_count > suspicious_scans()
