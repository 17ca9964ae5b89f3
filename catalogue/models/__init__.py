"""The OCOP content model: taxonomy, producer and product pages, variants and certificates."""

from .certification import Certification, CertificationLevel
from .generated import GeneratedCatalogue
from .images import CatalogueImage, CatalogueRendition
from .pages import (
    CatalogueIndexPage,
    ProducerIndexPage,
    ProducerPage,
    ProductKind,
    ProductPage,
)
from .taxonomy import ProducerType, ProductGroup, Region, RegionKind
from .variants import PackType, ProductVariant

__all__ = [
    "CatalogueImage",
    "CatalogueIndexPage",
    "CatalogueRendition",
    "Certification",
    "CertificationLevel",
    "GeneratedCatalogue",
    "PackType",
    "ProducerIndexPage",
    "ProducerPage",
    "ProducerType",
    "ProductGroup",
    "ProductKind",
    "ProductPage",
    "ProductVariant",
    "Region",
    "RegionKind",
]
