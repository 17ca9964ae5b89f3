"""Orders, their lines and history, payments and the record of Stripe events.

Money is whole đồng (``PositiveBigIntegerField``). Lines are snapshots: the product name,
variant, producer and unit price as they were when the order was placed, so that later edits
to the catalogue never change an order. The variant link is kept (nullable) for stock release.
"""

import re
import secrets

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField

from site_config.money import format_vnd
from site_config.text import fold, normalize

from .status import PAID_STATUSES, OrderStatus


def new_order_token():
    return secrets.token_urlsafe(24)


class PaymentMethod(models.TextChoices):
    CARD = "card", _("Card (Stripe)")
    COD = "cod", _("Cash on delivery")
    BANK_TRANSFER = "bank_transfer", _("Bank transfer (VietQR)")


class ShippingZone(models.TextChoices):
    IN_PROVINCE = "in_province", _("Within Quảng Ninh")
    DOMESTIC = "domestic", _("Other provinces of Vietnam")
    INTERNATIONAL = "international", _("Abroad")


_PHONE_PUNCTUATION = re.compile(r"[\s.\-()/]")
_PHONE_LIKE = re.compile(r"\+?[0-9]{4,15}")


def _phone_digits(text):
    """The digits of a phone number as stored after the country code: "0912 345 678",
    "0912345678", "+84 912 345 678" and "84912345678" all give "912345678"; None if not a phone."""
    compact = _PHONE_PUNCTUATION.sub("", text)
    if not _PHONE_LIKE.fullmatch(compact):
        return None
    for prefix in ("+84", "84", "+", "0"):
        if compact.startswith(prefix) and (prefix != "84" or len(compact) >= 11):
            return compact[len(prefix) :]
    return compact


class OrderQuerySet(models.QuerySet):
    def matching(self, text):
        """Staff search: order number, e-mail, phone in any usual form, name with or without tone marks."""
        text = normalize(text)
        if not text:
            return self
        query = models.Q(number__icontains=text) | models.Q(email__icontains=text)
        words = fold(text).split()
        if words:
            name = models.Q()
            for word in words:
                name &= models.Q(search_name__contains=word)
            query |= name
        digits = _phone_digits(text)
        if digits:
            query |= models.Q(phone__contains=digits)
        return self.filter(query)

    def holding_stock_until(self, moment):
        """Unpaid orders whose stock hold ran out before ``moment``."""
        return self.filter(
            status=OrderStatus.AWAITING_PAYMENT,
            stock_held=True,
            hold_expires_at__lt=moment,
        )


class Order(models.Model):
    number = models.CharField(_("order number"), max_length=20, unique=True, editable=False)
    token = models.CharField(max_length=64, unique=True, default=new_order_token, editable=False)
    # Same checkout form submitted twice → same order (unique, set from the form's hidden key).
    checkout_key = models.CharField(max_length=64, unique=True, editable=False)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=OrderStatus.choices,
        default=OrderStatus.AWAITING_PAYMENT,
        db_index=True,
    )
    payment_method = models.CharField(_("payment method"), max_length=20, choices=PaymentMethod.choices)
    language = models.CharField(_("language"), max_length=10, default="vi")

    customer_name = models.CharField(_("name"), max_length=255)
    email = models.EmailField(_("email"))
    phone = PhoneNumberField(_("phone"))
    country = models.CharField(_("country"), max_length=2, default="VN")
    province_code = models.PositiveSmallIntegerField(_("province code"), null=True, blank=True)
    province_name = models.CharField(_("province"), max_length=100, blank=True)
    ward_code = models.PositiveIntegerField(_("ward code"), null=True, blank=True)
    ward_name = models.CharField(_("ward or commune"), max_length=100, blank=True)
    street_address = models.CharField(_("street address"), max_length=255)
    city = models.CharField(_("city / region (abroad)"), max_length=100, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    delivery_notes = models.TextField(_("delivery notes"), blank=True, max_length=1000)

    shipping_zone = models.CharField(_("shipping zone"), max_length=20, choices=ShippingZone.choices)
    subtotal_vnd = models.PositiveBigIntegerField(_("subtotal (VND)"))
    shipping_vnd = models.PositiveBigIntegerField(_("shipping (VND)"))
    total_vnd = models.PositiveBigIntegerField(_("total (VND)"))

    stock_held = models.BooleanField(
        _("stock held"), default=True, help_text=_("The ordered units are taken out of stock for this order.")
    )
    hold_expires_at = models.DateTimeField(_("hold expires at"), null=True, blank=True)
    paid_at = models.DateTimeField(_("paid at"), null=True, blank=True)
    carrier = models.CharField(_("carrier"), max_length=100, blank=True)
    tracking_number = models.CharField(_("tracking number"), max_length=100, blank=True)
    needs_attention = models.BooleanField(_("needs attention"), default=False, db_index=True)
    attention_reason = models.TextField(_("why it needs attention"), blank=True)

    created_at = models.DateTimeField(_("placed at"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # The buyer's name folded to ASCII ("Lê Văn Đức" → "le van duc"), kept by save(): staff search
    # names with or without tone marks on any database.
    search_name = models.CharField(max_length=255, blank=True, editable=False, db_index=True)

    objects = OrderQuerySet.as_manager()

    class Meta:
        verbose_name = _("order")
        verbose_name_plural = _("orders")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(total_vnd=models.F("subtotal_vnd") + models.F("shipping_vnd")),
                name="order_total_is_subtotal_plus_shipping",
            ),
        ]

    def __str__(self):
        return self.number

    def save(self, *args, **kwargs):
        self.search_name = fold(self.customer_name)[:255]
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "customer_name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "search_name"}
        super().save(*args, **kwargs)

    @property
    def money_received(self):
        """Whether the shop has the customer's money (card paid, transfer confirmed, cash collected)."""
        return self.paid_at is not None

    @property
    def is_paid(self):
        return self.paid_at is not None or self.status in PAID_STATUSES

    @admin.display(description=_("total"), ordering="total_vnd")
    def total_display(self):
        return format_vnd(self.total_vnd)

    @property
    def address_lines(self):
        if self.country == "VN":
            return [self.street_address, self.ward_name, self.province_name]
        return [self.street_address, " ".join(p for p in (self.postal_code, self.city) if p), self.country]


class OrderLine(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    variant = models.ForeignKey(
        "catalogue.ProductVariant",
        on_delete=models.SET_NULL,
        null=True,
        related_name="order_lines",
    )
    product_name = models.CharField(_("product"), max_length=255)
    variant_label = models.CharField(_("variant"), max_length=128)
    sku = models.CharField(_("SKU"), max_length=64)
    producer_name = models.CharField(_("producer"), max_length=255)
    producer_page = models.ForeignKey(
        "catalogue.ProducerPage",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    unit_price_vnd = models.PositiveBigIntegerField(_("unit price (VND)"))
    quantity = models.PositiveIntegerField(_("quantity"))
    line_total_vnd = models.PositiveBigIntegerField(_("line total (VND)"))
    # An experience's line: the date booked (its quantity is the number of people). Empty for goods.
    booking_date = models.DateField(_("booked for"), null=True, blank=True, db_index=True)
    # The producer's part of the order (storefront.services.shipments): packed, then sent with a
    # carrier and tracking number; the buyer's order page and e-mails show it per line.
    packed_at = models.DateTimeField(_("packed at"), null=True, blank=True)
    shipped_at = models.DateTimeField(_("shipped at"), null=True, blank=True)
    carrier = models.CharField(_("carrier"), max_length=100, blank=True)
    tracking_number = models.CharField(_("tracking number"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("order line")
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(quantity__gt=0), name="order_line_quantity_positive"),
        ]

    def __str__(self):
        return f"{self.quantity} × {self.product_name} ({self.variant_label})"

    @property
    def is_booking(self):
        return self.booking_date is not None


class OrderStatusChange(models.Model):
    """Who moved an order from which status to which, when and why."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(_("from"), max_length=20, choices=OrderStatus.choices)
    to_status = models.CharField(_("to"), max_length=20, choices=OrderStatus.choices)
    changed_at = models.DateTimeField(_("when"), auto_now_add=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    source = models.CharField(_("source"), max_length=32, help_text=_("admin, stripe, system, customer"))
    reason = models.TextField(_("why"), blank=True)

    class Meta:
        verbose_name = _("status change")
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.order_id}: {self.from_status} → {self.to_status}"


class Payment(models.Model):
    """One attempt to pay an order through a provider (a Stripe Checkout Session)."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="payments")
    provider = models.CharField(max_length=20, default="stripe")
    session_id = models.CharField(max_length=255, blank=True, db_index=True)
    payment_intent_id = models.CharField(max_length=255, blank=True)
    checkout_url = models.URLField(max_length=2000, blank=True)
    idempotency_key = models.CharField(max_length=255, unique=True)
    amount_vnd = models.PositiveBigIntegerField()
    currency = models.CharField(max_length=3, default="vnd")
    expires_at = models.DateTimeField(null=True, blank=True)
    refund_id = models.CharField(max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.provider} {self.session_id or self.idempotency_key}"


class StripeEvent(models.Model):
    """Each Stripe event id is handled once: the unique id is the idempotency guard."""

    event_id = models.CharField(max_length=255, unique=True)
    event_type = models.CharField(max_length=100)
    order = models.ForeignKey(Order, on_delete=models.SET_NULL, null=True, blank=True, related_name="stripe_events")
    outcome = models.CharField(max_length=255, blank=True)
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-received_at"]

    def __str__(self):
        return f"{self.event_type} {self.event_id}"


class StockReason(models.TextChoices):
    SALE = "sale", _("Sale")
    CANCELLATION = "cancellation", _("Order cancelled")
    HOLD_EXPIRED = "hold_expired", _("Unpaid order expired")
    PAYMENT_FAILED = "payment_failed", _("Payment failed")
    REFUND = "refund", _("Order refunded")
    MANUAL = "manual", _("Correction by staff")
    IMPORT = "import", _("Import")
    DELIVERY = "delivery", _("Goods received")


class StockMovement(models.Model):
    """One change of a variant's stock: how much, the stock after it, why, who, for which order.

    Written only by ``storefront.services.stock.change_stock``, in the same transaction as the
    change itself, so the log and the stock figure cannot disagree.
    """

    # A ledger row, not content: Wagtail's reference index ("Usage") would otherwise queue a task
    # on every sale to record that this row points at its variant, order and user.
    wagtail_reference_index_ignore = True

    variant = models.ForeignKey(
        "catalogue.ProductVariant",
        verbose_name=_("variant"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="stock_movements",
    )
    sku = models.CharField(_("SKU"), max_length=64)  # kept if the variant is ever deleted
    change = models.IntegerField(_("change"))
    stock_after = models.PositiveIntegerField(_("stock after"))
    reason = models.CharField(_("reason"), max_length=20, choices=StockReason.choices, db_index=True)
    order = models.ForeignKey(
        Order, verbose_name=_("order"), on_delete=models.SET_NULL, null=True, blank=True, related_name="stock_movements"
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    note = models.CharField(_("note"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("stock movement")
        verbose_name_plural = _("stock log")
        ordering = ["-created_at", "-pk"]
        permissions = [("record_delivery", _("Can record goods received"))]

    def __str__(self):
        return f"{self.sku} {self.change:+d} ({self.reason})"
