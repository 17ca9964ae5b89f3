"""What is sold: variants of a product with a SKU, price in VND, stock and shipping weight.

Variants are not page content. They belong to the product (the page of the default
language) and are shared by every translation, so there is one price and one stock count;
they are kept out of page revisions so that publishing an old draft can never bring back an
old stock figure. Stock changes only through storefront services (atomic updates).
"""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from site_config.fields import VNDField

from ..gtin import validate_gtin
from .taxonomy import default_locale_q

# "Low stock": from 1 to LOW_STOCK units left. The one threshold: the product page's and the
# cart's badges (ProductVariant.stock_level) and the staff's stock list filter read it.
LOW_STOCK = 5


def stock_level(stock):
    """'out', 'low' (1 to LOW_STOCK units) or 'in': how much a buyer is told about a stock."""
    stock = stock or 0
    if stock <= 0:
        return "out"
    return "low" if stock <= LOW_STOCK else "in"


def stock_shown(stock, *, experience=False):
    """What a public page shows of a stock, so a cached page is renewed only when it changes:
    an experience's places a day, or a product's level, with the count when it is low
    ("Only 3 left"). 48 → 47 units shows the same "In stock"; 6 → 5 does not."""
    level = stock_level(stock)
    return stock if experience or level == "low" else level


class PackType(models.TextChoices):
    BOX = "box", _("Box")
    BAG = "bag", _("Bag")
    BOTTLE = "bottle", _("Bottle")
    JAR = "jar", _("Jar")
    PACK = "pack", _("Pack")
    PIECE = "piece", _("Piece")
    KILOGRAM = "kg", _("By weight")
    SERVICE = "service", _("Service")


class ProductVariantQuerySet(models.QuerySet):
    def for_product(self, page):
        """Variants of a product page in any language (they hang off its default-language page)."""
        return self.filter(product__translation_key=page.translation_key, is_active=True)

    def low_stock(self):
        """Variants whose :func:`stock_level` is 'low'."""
        return self.filter(stock__gt=0, stock__lte=LOW_STOCK)


class ProductVariant(models.Model):
    product = models.ForeignKey(
        "catalogue.ProductPage",
        verbose_name=_("product"),
        on_delete=models.CASCADE,
        related_name="variants",
        limit_choices_to=default_locale_q,
    )
    sku = models.CharField(_("SKU"), max_length=64, unique=True)
    pack = models.CharField(_("packaging"), max_length=16, choices=PackType.choices, default=PackType.PACK)
    size = models.CharField(_("size"), max_length=64, help_text=_("For example “500 g” or “750 ml”."))
    price_vnd = VNDField(
        _("price (VND)"),
        validators=[MinValueValidator(1000)],
        help_text=_("Whole đồng, tax included."),
    )
    stock = models.PositiveIntegerField(
        _("stock"),
        default=0,
        help_text=_("Units on hand; for an experience, the places of each day (bookings do not change it)."),
    )
    weight_grams = models.PositiveIntegerField(_("shipping weight (g)"), default=500)
    # Search engines and marketplaces match a product by its barcode number (feeds, JSON-LD).
    gtin = models.CharField(
        _("GTIN (barcode number)"),
        max_length=14,
        blank=True,
        validators=[validate_gtin],
        help_text=_("The EAN/UPC number under the barcode (8, 12, 13 or 14 digits), if the pack has one."),
    )
    is_active = models.BooleanField(_("on sale"), default=True)
    sort_order = models.PositiveIntegerField(_("sort order"), default=0)

    objects = ProductVariantQuerySet.as_manager()

    panels = [
        FieldPanel("product"),
        FieldRowPanel([FieldPanel("sku"), FieldPanel("pack"), FieldPanel("size")]),
        FieldRowPanel([FieldPanel("price_vnd"), FieldPanel("stock"), FieldPanel("weight_grams")]),
        FieldPanel("gtin"),
        FieldRowPanel([FieldPanel("is_active"), FieldPanel("sort_order")]),
    ]

    class Meta:
        verbose_name = _("product variant")
        verbose_name_plural = _("product variants")
        ordering = ["sort_order", "price_vnd"]
        constraints = [
            models.CheckConstraint(condition=models.Q(stock__gte=0), name="variant_stock_not_negative"),
            models.CheckConstraint(condition=models.Q(price_vnd__gt=0), name="variant_price_positive"),
        ]

    def __str__(self):
        return f"{self.product.title} – {self.label}"

    @property
    def label(self):
        return f"{self.get_pack_display()} {self.size}".strip()

    label.fget.short_description = _("packaging and size")  # its column heading in the admin

    @property
    def in_stock(self):
        return self.stock > 0

    @property
    def stock_level(self):
        return stock_level(self.stock)
