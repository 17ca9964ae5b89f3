"""Site-wide settings editors change in the admin (Settings menu): contact, shop, navigation."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Site

from .fields import SmallVNDField


class CachedForPublicPages:
    """``for_request`` (every public page's header and footer) answers from the content-version
    cache (site_config/content_version.py): no query per page; a save raises the version."""

    @classmethod
    def for_request(cls, request):
        from .content_version import cached

        attr_name = cls.get_cache_attr_name()
        if hasattr(request, attr_name):
            return getattr(request, attr_name)
        site = Site.find_for_request(request)
        if site is None:
            return super().for_request(request)
        instance = cached(f"setting:{cls._meta.label}:{site.pk}", lambda: cls.for_site(site))
        instance._request = request
        setattr(request, attr_name, instance)
        return instance


@register_setting(icon="site")
class SiteSettings(CachedForPublicPages, BaseSiteSetting):
    organisation = models.CharField(
        _("organisation"),
        max_length=255,
        default="Chương trình OCOP tỉnh Quảng Ninh",
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    email = models.EmailField(_("email"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    zalo_url = models.URLField(_("Zalo"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    is_demo = models.BooleanField(
        _("show the demo-data notice"),
        default=False,
        help_text=_("Shown on every page while the catalogue holds demonstration content."),
    )

    panels = [
        FieldPanel("organisation"),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("zalo_url"), FieldPanel("youtube_url")], heading=_("Social links")
        ),
        FieldPanel("is_demo"),
    ]

    class Meta:
        verbose_name = _("site settings")


class NavigationLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("page"))
    label = blocks.CharBlock(
        label=_("label"),
        required=False,
        help_text=_("Leave empty to use the page title in each language."),
    )

    class Meta:
        icon = "link"


@register_setting(icon="list-ul")
class NavigationSettings(CachedForPublicPages, BaseSiteSetting):
    """Header and footer menus. Links point at pages; each language shows its translation."""

    header_links = StreamField([("link", NavigationLinkBlock())], verbose_name=_("header links"), blank=True)
    footer_links = StreamField([("link", NavigationLinkBlock())], verbose_name=_("footer links"), blank=True)

    panels = [FieldPanel("header_links"), FieldPanel("footer_links")]

    class Meta:
        verbose_name = _("navigation")


@register_setting(icon="pick")
class ShopSettings(BaseSiteSetting):
    """Shipping fees, payment methods and stock holds; amounts are whole đồng."""

    shipping_fee_in_province_vnd = SmallVNDField(_("shipping within Quảng Ninh (VND)"), default=25000)
    shipping_fee_other_vnd = SmallVNDField(_("shipping to other provinces (VND)"), default=40000)
    shipping_fee_international_vnd = SmallVNDField(_("shipping abroad (VND)"), default=450000)
    free_shipping_threshold_vnd = SmallVNDField(
        _("free domestic shipping from (VND)"),
        default=500000,
        help_text=_("0 turns free shipping off."),
    )
    card_enabled = models.BooleanField(_("card payment (Stripe)"), default=True)
    cod_enabled = models.BooleanField(_("cash on delivery"), default=True)
    bank_transfer_enabled = models.BooleanField(_("bank transfer (VietQR)"), default=True)
    hold_hours = models.PositiveSmallIntegerField(
        _("stock hold for unpaid orders (hours)"),
        default=48,
        validators=[MinValueValidator(1), MaxValueValidator(24 * 14)],
        help_text=_("Cash-on-delivery and bank-transfer orders keep their stock this long while unpaid."),
    )
    bank_bin = models.CharField(
        _("bank BIN (NAPAS)"), max_length=6, default="970436", help_text=_("Six digits identifying the bank in VietQR.")
    )
    bank_name = models.CharField(_("bank name"), max_length=255, default="Vietcombank")
    bank_account_number = models.CharField(_("account number"), max_length=19, default="0011004012345")
    bank_account_name = models.CharField(_("account holder"), max_length=255, default="TRUNG TAM XUC TIEN OCOP QN")
    terms_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("terms of sale page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the checkout's “I accept the terms of sale”."),
    )
    # --- Buyers abroad and cash on delivery (storefront.services.rules and .calculations) ---
    cod_hold_hours = models.PositiveSmallIntegerField(
        # Shorter than a bank transfer's: an order nobody confirms must not keep goods off sale for long.
        _("stock hold for cash on delivery (hours)"),
        default=24,
        validators=[MinValueValidator(1), MaxValueValidator(24 * 14)],
        help_text=_("A cash-on-delivery order keeps its stock this long until the shop confirms and prepares it."),
    )
    bank_swift_bic = models.CharField(
        _("SWIFT/BIC"), max_length=11, default="BFTVVNVX", help_text=_("For transfers from abroad.")
    )
    bank_beneficiary_address = models.CharField(
        _("beneficiary address"),
        max_length=255,
        default="Hạ Long, Quảng Ninh, Vietnam",
        help_text=_("Shown to buyers paying from abroad."),
    )
    bank_branch_address = models.CharField(
        _("bank branch address"),
        max_length=255,
        default="Vietcombank Quảng Ninh, Hạ Long, Vietnam",
    )
    abroad_zone1_countries = models.CharField(
        _("abroad zone 1: countries"),
        max_length=500,
        default="KH,LA,TH,MY,SG,ID,PH,BN,MM,TL,CN,HK,MO,TW,KR,JP",
        help_text=_("Two-letter country codes, comma-separated (Asia)."),
    )
    abroad_zone2_countries = models.CharField(
        _("abroad zone 2: countries"),
        max_length=1000,
        default="AU,NZ,IN,GB,IE,FR,DE,NL,BE,LU,AT,CH,IT,ES,PT,DK,SE,NO,FI,IS,PL,CZ,SK,HU,SI,HR,RO,BG,GR,EE,LV,LT,CY,MT",
        help_text=_(
            "Two-letter country codes, comma-separated (Europe, Oceania, India). Every other country is zone 3."
        ),
    )
    abroad_zone1_first_kg_vnd = SmallVNDField(_("zone 1: first kg (VND)"), default=350000)
    abroad_zone1_extra_kg_vnd = SmallVNDField(_("zone 1: each further kg (VND)"), default=120000)
    abroad_zone2_first_kg_vnd = SmallVNDField(_("zone 2: first kg (VND)"), default=550000)
    abroad_zone2_extra_kg_vnd = SmallVNDField(_("zone 2: each further kg (VND)"), default=220000)
    abroad_zone3_first_kg_vnd = SmallVNDField(_("zone 3: first kg (VND)"), default=700000)
    abroad_zone3_extra_kg_vnd = SmallVNDField(_("zone 3: each further kg (VND)"), default=300000)
    # --- Delivery times and returns policy (the product pages' merchant-listing markup, site_config.seo) ---
    handling_days = models.PositiveSmallIntegerField(
        _("handling time (days)"), default=1, help_text=_("Working days from order to hand-over to the carrier.")
    )
    transit_days_min = models.PositiveSmallIntegerField(_("delivery in Vietnam: at least (days)"), default=1)
    transit_days_max = models.PositiveSmallIntegerField(_("delivery in Vietnam: at most (days)"), default=5)
    returns_country = models.CharField(
        _("returns accepted in (country code)"),
        max_length=2,
        default="VN",
        help_text=_("Two-letter code of the country returns are sent back to."),
    )
    return_window_days = models.PositiveSmallIntegerField(
        _("return window (days)"),
        default=7,
        validators=[MaxValueValidator(365)],
        help_text=_("Days after delivery a buyer may return goods; 0 means returns are not accepted."),
    )
    return_method = models.CharField(
        _("how goods are returned"),
        max_length=16,
        choices=[("by_mail", _("by mail")), ("in_store", _("in store")), ("at_kiosk", _("at a kiosk"))],
        default="by_mail",
    )
    return_fees = models.CharField(
        _("return shipping"),
        max_length=16,
        choices=[("free", _("free for the buyer")), ("buyer_pays", _("paid by the buyer"))],
        default="buyer_pays",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("shipping_fee_in_province_vnd"), FieldPanel("shipping_fee_other_vnd")]),
                # Abroad is charged by weight and zone (the panel below); shipping_fee_international_vnd is unused.
                FieldPanel("free_shipping_threshold_vnd"),
            ],
            heading=_("Shipping"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("card_enabled"),
                FieldPanel("cod_enabled"),
                FieldPanel("bank_transfer_enabled"),
                FieldPanel("hold_hours"),
            ],
            heading=_("Payment"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("bank_bin"),
                FieldPanel("bank_name"),
                FieldPanel("bank_account_number"),
                FieldPanel("bank_account_name"),
            ],
            heading=_("Bank transfer details"),
        ),
        MultiFieldPanel(
            [FieldPanel("bank_swift_bic"), FieldPanel("bank_branch_address"), FieldPanel("bank_beneficiary_address")],
            heading=_("Bank transfer from abroad"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("terms_page"),
                FieldPanel("cod_hold_hours"),
                FieldPanel("abroad_zone1_countries"),
                FieldRowPanel([FieldPanel("abroad_zone1_first_kg_vnd"), FieldPanel("abroad_zone1_extra_kg_vnd")]),
                FieldPanel("abroad_zone2_countries"),
                FieldRowPanel([FieldPanel("abroad_zone2_first_kg_vnd"), FieldPanel("abroad_zone2_extra_kg_vnd")]),
                FieldRowPanel([FieldPanel("abroad_zone3_first_kg_vnd"), FieldPanel("abroad_zone3_extra_kg_vnd")]),
            ],
            heading=_("Shipping abroad (by weight) and cash on delivery"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("handling_days"), FieldPanel("transit_days_min"), FieldPanel("transit_days_max")]
                ),
                FieldRowPanel([FieldPanel("returns_country"), FieldPanel("return_window_days")]),
                FieldRowPanel([FieldPanel("return_method"), FieldPanel("return_fees")]),
            ],
            heading=_("Delivery times and returns policy"),
        ),
    ]

    class Meta:
        verbose_name = _("shop settings")


class ContentVersion(models.Model):
    """One row: a number that goes up whenever something a public page shows changes (publish,
    unpublish, price, stock, certificate, taxonomy, settings, images). Caches of rendered pages
    and of the site's chrome are keyed on it (site_config/content_version.py), so every app
    server sees a change at its next request, whatever cache each one has."""

    number = models.BigIntegerField(default=0)
    # When the number last moved: the partner feeds' Last-Modified (catalogue.feeds).
    changed_at = models.DateTimeField(_("changed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("content version")

    def __str__(self):
        return str(self.number)
