"""Search-engine and sharing metadata: a page mixin and the JSON-LD builders (schema.org).

The builders follow Google's documented structured data (merchant listings, product variants,
breadcrumbs, organisation, site search); tests/catalogue/test_structured_data.py holds the
required and recommended property lists and checks every page type against them.
"""

from django.db import models
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Locale, Site

from .phone import to_e164
from .site_url import absolute_url

SCHEMA = "https://schema.org/"
LOGO = "img/logo-512.png"  # 512×512 PNG of img/logo.svg: Google wants a raster logo of at least 112×112
SITE_NAME = "OCOP Quảng Ninh"
# The home pages' title: the site's name and this tagline (an editor's SEO title replaces the tagline).
TAGLINE = _("Certified local products of Quảng Ninh, straight from their producers")
RETURN_METHODS = {"by_mail": "ReturnByMail", "in_store": "ReturnInStore", "at_kiosk": "ReturnAtKiosk"}
RETURN_FEES = {"free": "FreeReturn", "buyer_pays": "ReturnFeesCustomerResponsibility"}


class SeoPageMixin(models.Model):
    """Adds a sharing image and the hooks base.html uses for titles, descriptions and JSON-LD."""

    social_image = models.ForeignKey(
        "catalogue.CatalogueImage",
        verbose_name=_("sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared; defaults to the page's main image."),
    )

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("slug"), FieldPanel("seo_title"), FieldPanel("search_description"), FieldPanel("social_image")],
            heading=_("For search engines and sharing"),
        ),
        FieldPanel("show_in_menus"),
    ]

    class Meta:
        abstract = True

    def meta_description(self):
        return self.search_description or getattr(self, "intro", "") or ""

    def document_title(self):
        """The page's title for search results and sharing (without the site's name)."""
        return self.seo_title or self.title

    def sharing_image(self):
        return self.social_image or getattr(self, "image", None)

    def structured_data(self, request):
        """A JSON-serialisable schema.org object, or None."""
        return None


def _absolute(request, url):
    return absolute_url(url)


def _page_url(page, request):
    # The page's path on SITE_URL: one host for every URL of a JSON-LD object.
    return absolute_url(page.get_url(request))


def _image_url(request, image, spec="fill-1200x630"):
    if image is None:
        return None
    return _absolute(request, image.get_rendition(spec).url)


def _settings(model, request):
    """A site setting for ``request`` from the content-version cache (no query per page)."""
    from .content_version import cached

    site = Site.find_for_request(request)
    if site is None:
        return model()
    return cached(f"setting:{model._meta.label}:{site.pk}", lambda: model.for_site(site))


def shop_settings(request):
    from .models import ShopSettings

    return _settings(ShopSettings, request)


def shipping_details_ld(shop, price_vnd):
    """Delivery in Vietnam at the shop's rate for another province (the most a buyer in Vietnam
    pays; Google reads no province-level regions for Vietnam), free from the threshold on."""
    free_from = int(shop.free_shipping_threshold_vnd or 0)
    rate = 0 if free_from and price_vnd >= free_from else int(shop.shipping_fee_other_vnd)
    return {
        "@type": "OfferShippingDetails",
        "shippingDestination": {"@type": "DefinedRegion", "addressCountry": "VN"},
        "shippingRate": {"@type": "MonetaryAmount", "value": rate, "currency": "VND"},
        "deliveryTime": {
            "@type": "ShippingDeliveryTime",
            "handlingTime": {
                "@type": "QuantitativeValue",
                "minValue": 0,
                "maxValue": shop.handling_days,
                "unitCode": "DAY",
            },
            "transitTime": {
                "@type": "QuantitativeValue",
                "minValue": shop.transit_days_min,
                "maxValue": max(shop.transit_days_min, shop.transit_days_max),
                "unitCode": "DAY",
            },
        },
    }


def return_policy_ld(shop):
    """The shop's returns policy (Shop settings: country, window, method, who pays)."""
    policy = {"@type": "MerchantReturnPolicy", "applicableCountry": shop.returns_country}
    if not shop.return_window_days:
        policy["returnPolicyCategory"] = SCHEMA + "MerchantReturnNotPermitted"
        return policy
    policy.update(
        {
            "returnPolicyCountry": shop.returns_country,
            "returnPolicyCategory": SCHEMA + "MerchantReturnFiniteReturnWindow",
            "merchantReturnDays": shop.return_window_days,
            "returnMethod": SCHEMA + RETURN_METHODS.get(shop.return_method, "ReturnByMail"),
            "returnFees": SCHEMA + RETURN_FEES.get(shop.return_fees, "ReturnFeesCustomerResponsibility"),
        }
    )
    return policy


def site_organization_ld(request):
    """The programme office that runs the site and sells on it (Site settings)."""
    from .models import SiteSettings

    site = SiteSettings.for_request(request)
    data = {
        "@type": "Organization",
        "@id": absolute_url("/") + "#organization",
        "name": site.organisation,
        "url": absolute_url("/"),
        "logo": absolute_url(static(LOGO)),
    }
    if site.address:
        data["address"] = {"@type": "PostalAddress", "streetAddress": site.address, "addressCountry": "VN"}
    phone = to_e164(site.phone)
    if phone:
        data["telephone"] = phone
    if site.email:
        data["email"] = site.email
    same_as = [url for url in (site.facebook_url, site.zalo_url, site.youtube_url) if url]
    if same_as:
        data["sameAs"] = same_as
    return data


def home_ld(home, request, site_name, tagline):
    """A home page's Organization and WebSite, the latter with a SearchAction to the search page."""
    url = _page_url(home, request)
    website = {
        "@type": "WebSite",
        "@id": url + "#website",
        "name": site_name,
        "alternateName": "OCOP Quảng Ninh",
        "description": tagline,
        "url": url,
        "inLanguage": home.locale.language_code,
        "publisher": {"@id": absolute_url("/") + "#organization"},
    }
    try:
        search_url = absolute_url(reverse("search"))
    except NoReverseMatch:  # a project without the search app
        search_url = None
    if search_url:
        website["potentialAction"] = {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": search_url + "?q={search_term_string}"},
            "query-input": "required name=search_term_string",
        }
    return {"@context": "https://schema.org", "@graph": [site_organization_ld(request), website]}


def breadcrumb_ld(crumbs):
    """BreadcrumbList of ``[(name, url or None), …]``; the last crumb (the page itself) may lack a URL."""
    if len(crumbs) < 2:
        return None
    items = []
    for position, (name, url) in enumerate(crumbs, start=1):
        item = {"@type": "ListItem", "position": position, "name": name}
        if url:
            item["item"] = absolute_url(url)
        items.append(item)
    return {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items}


def organization_ld(producer, request):
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": producer.title,
        "url": _page_url(producer, request),
        "description": producer.meta_description(),
    }
    if producer.address:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": producer.address,
            "addressRegion": "Quảng Ninh",
            "addressCountry": "VN",
        }
    phone = to_e164(producer.phone)  # E.164: "+842033123456", not the national "0203 3 123 456"
    if phone:
        data["telephone"] = phone
    if producer.email:
        data["email"] = producer.email
    if producer.website:
        data["sameAs"] = [producer.website]
    if producer.year_founded:
        data["foundingDate"] = str(producer.year_founded)
    # The page's photo is a photo (a 1200×630 crop), not a logo: producers have no logo field.
    image = _image_url(request, producer.image)
    if image:
        data["image"] = image
    return data


def _variant_offer(variant, url, shop, return_policy):
    return {
        "@type": "Offer",
        "url": url,
        "sku": variant.sku,
        "price": str(variant.price_vnd),
        "priceCurrency": "VND",
        "availability": SCHEMA + ("InStock" if variant.in_stock else "OutOfStock"),
        "itemCondition": SCHEMA + "NewCondition",
        "shippingDetails": [shipping_details_ld(shop, variant.price_vnd)],
        "hasMerchantReturnPolicy": return_policy,
    }


def product_ld(product, request):
    """A merchant listing: a Product with one Offer when it has one variant, else a ProductGroup
    (``productGroupID``, ``variesBy`` size, ``hasVariant``) whose variants are Products with their
    own SKU, GTIN and Offer. Prices in VND, shipping and returns from the Shop settings, the
    producer as brand."""
    producer = getattr(product, "localized_producer", None) or product.producer.localized
    url = _page_url(product, request)
    common = {
        "description": product.meta_description(),
        "brand": {"@type": "Brand", "name": producer.title},
        "category": product.group.name_in(Locale.get_active().pk),  # the taxonomy snapshot, no query
    }
    image = _image_url(request, product.image)
    if image:
        common["image"] = [image]
    cert = product.current_certification
    if cert:
        common["award"] = f"OCOP {cert.stars}★ ({cert.certificate_number})"
    manufacturer = {"@type": "Organization", "name": producer.title}
    if producer.live:  # an unpublished producer's page answers 404: name it, never link to it
        manufacturer["url"] = _page_url(producer, request)
    data = {"@context": "https://schema.org", "@type": "Product", "name": product.title, "url": url, **common}
    data["manufacturer"] = manufacturer
    variants = product.variants_list
    if not variants:
        return data
    shop = shop_settings(request)
    return_policy = return_policy_ld(shop)

    def variant_product(variant, name):
        item = {"@type": "Product", "name": name, "sku": variant.sku}
        if variant.gtin:
            item["gtin"] = variant.gtin
        if variant.size:
            item["size"] = variant.size
        item["offers"] = _variant_offer(variant, url, shop, return_policy)
        return item

    if len(variants) == 1:
        data.update(variant_product(variants[0], product.title))
        return data
    data["@type"] = "ProductGroup"
    data["productGroupID"] = str(variants[0].product_id)  # the feeds' item_group_id
    data["variesBy"] = [SCHEMA + "size"]
    data["hasVariant"] = [
        {**variant_product(v, f"{product.title} – {v.label}"), **common, "inProductGroupWithID": data["productGroupID"]}
        for v in variants
    ]
    return data


def experience_ld(product, request):
    """schema.org TouristTrip for an experience: booked for a date, offered per person, never a Product.

    The offer is valid between the first and last bookable dates; the producer is the provider.
    """
    producer = product.producer.localized
    url = _page_url(product, request)
    provider = {"@type": "Organization", "name": producer.title}
    if producer.live:
        provider["url"] = _page_url(producer, request)
    data = {
        "@context": "https://schema.org",
        "@type": "TouristTrip",
        "name": product.title,
        "description": product.meta_description(),
        "url": url,
        "provider": provider,
        "touristType": product.group.localized.name,
    }
    image = _image_url(request, product.image)
    if image:
        data["image"] = [image]
    first, last = product.booking_window()
    data["offers"] = [
        {
            "@type": "Offer",
            "name": v.label,
            "sku": v.sku,
            "price": str(v.price_vnd),
            "priceCurrency": "VND",
            "priceSpecification": {
                "@type": "UnitPriceSpecification",
                "price": str(v.price_vnd),
                "priceCurrency": "VND",
                "referenceQuantity": {"@type": "QuantitativeValue", "value": 1, "unitText": "person"},
            },
            "validFrom": first.isoformat(),
            "validThrough": last.isoformat(),
            "url": url,
        }
        for v in product.variants_list
    ]
    cert = product.current_certification
    if cert:
        data["award"] = f"OCOP {cert.stars}★ ({cert.certificate_number})"
    return data
