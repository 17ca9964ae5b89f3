"""Search-engine and sharing metadata: a page mixin and the JSON-LD builders (schema.org)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Locale

from .site_url import absolute_url


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
    if producer.phone:
        data["telephone"] = producer.phone
    if producer.email:
        data["email"] = producer.email
    if producer.year_founded:
        data["foundingDate"] = str(producer.year_founded)
    image = _image_url(request, producer.image)
    if image:
        data["logo"] = image
    return data


def product_ld(product, request):
    """schema.org Product with offers in VND, availability and the producer as brand."""
    producer = getattr(product, "localized_producer", None) or product.producer.localized
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": product.title,
        "description": product.meta_description(),
        "url": _page_url(product, request),
        "brand": {"@type": "Brand", "name": producer.title},
        "manufacturer": {"@type": "Organization", "name": producer.title},
        "category": product.group.name_in(Locale.get_active().pk),  # the taxonomy snapshot, no query
    }
    if producer.live:  # an unpublished producer's page answers 404: name it, never link to it
        data["manufacturer"]["url"] = _page_url(producer, request)
    image = _image_url(request, product.image)
    if image:
        data["image"] = [image]
    variants = product.variants_list
    if variants:
        data["sku"] = variants[0].sku
        data["offers"] = [
            {
                "@type": "Offer",
                "sku": v.sku,
                "name": v.label,
                "price": str(v.price_vnd),
                "priceCurrency": "VND",
                "availability": "https://schema.org/InStock" if v.in_stock else "https://schema.org/OutOfStock",
                "url": _page_url(product, request),
            }
            for v in variants
        ]
    cert = product.current_certification
    if cert:
        data["award"] = f"OCOP {cert.stars}★ ({cert.certificate_number})"
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
