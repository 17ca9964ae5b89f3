"""Wholesale and export enquiries from buyers and trade partners (see catalogue.wholesale)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EnquiryStatus(models.TextChoices):
    NEW = "new", _("new")
    ANSWERED = "answered", _("answered")
    CLOSED = "closed", _("closed")


class QuantityUnit(models.TextChoices):
    KG = "kg", _("kilograms")
    TONNE = "tonne", _("tonnes")
    LITRE = "litre", _("litres")
    PIECE = "piece", _("pieces")
    PACK = "pack", _("packs or boxes")
    CARTON = "carton", _("cartons")
    CONTAINER = "container", _("containers")


class WholesaleEnquiry(models.Model):
    """One enquiry as the buyer sent it; staff move it from new to answered to closed."""

    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    status = models.CharField(_("status"), max_length=16, choices=EnquiryStatus.choices, default=EnquiryStatus.NEW)
    # The page it was sent from; the product's producer (or the producer page) is the producer.
    product = models.ForeignKey(
        "catalogue.ProductPage",
        verbose_name=_("product"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    producer = models.ForeignKey(
        "catalogue.ProducerPage",
        verbose_name=_("producer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    subject = models.CharField(_("about"), max_length=255, help_text=_("The page's title when it was sent."))
    language = models.CharField(_("language"), max_length=8)
    quantity = models.PositiveIntegerField(_("quantity"))
    unit = models.CharField(_("unit"), max_length=16, choices=QuantityUnit.choices)
    country = models.CharField(_("destination country"), max_length=2)
    company = models.CharField(_("company"), max_length=200)
    contact_name = models.CharField(_("contact name"), max_length=100)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    message = models.TextField(_("message"), max_length=4000)
    staff_notes = models.TextField(_("notes (staff only)"), blank=True)

    class Meta:
        verbose_name = _("wholesale enquiry")
        verbose_name_plural = _("wholesale enquiries")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "-created_at"], name="wholesale_status_created")]

    def __str__(self):
        return f"{self.company} · {self.subject}"
