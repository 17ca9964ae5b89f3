"""Factories for the catalogue: taxonomy rows, pages (tree-aware), variants and certificates."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from catalogue.models import (
    Certification,
    CertificationLevel,
    ProducerPage,
    ProducerType,
    ProductGroup,
    ProductPage,
    ProductVariant,
    Region,
    RegionKind,
)


def default_locale():
    return Locale.get_default()


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Địa phương {n}")
    slug = factory.Sequence(lambda n: f"dia-phuong-{n}")
    kind = RegionKind.LOCALITY
    locale = factory.LazyFunction(default_locale)


class ProductGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProductGroup
        django_get_or_create = ("slug", "locale")

    name = factory.Sequence(lambda n: f"Nhóm {n}")
    slug = factory.Sequence(lambda n: f"nhom-{n}")
    locale = factory.LazyFunction(default_locale)


class ProducerPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProducerPage

    title = factory.Sequence(lambda n: f"Hợp tác xã số {n}")
    producer_type = ProducerType.COOPERATIVE
    region = factory.SubFactory(RegionFactory)
    intro = "Một hợp tác xã ven biển."


class ProductPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProductPage

    title = factory.Sequence(lambda n: f"Sản phẩm số {n}")
    producer = None  # required: pass producer=...
    group = factory.SubFactory(ProductGroupFactory)
    region = factory.SubFactory(RegionFactory)
    intro = "Đặc sản của tỉnh Quảng Ninh."


class ProductVariantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProductVariant

    sku = factory.Sequence(lambda n: f"SKU-{n:05d}")
    pack = "pack"
    size = "500 g"
    price_vnd = 120000
    stock = 10
    weight_grams = 600


class CertificationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Certification

    stars = 4
    score = 78
    certificate_number = factory.Sequence(lambda n: f"{n}/QĐ-UBND")
    level = CertificationLevel.PROVINCIAL
    issuing_body = "UBND tỉnh Quảng Ninh"
    issued_on = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(days=100))
