"""The OCOP content model: taxonomy, producer and product pages, variants and certificates."""

from .certification import Certification, CertificationLevel
from .images import CatalogueImage, CatalogueRendition
from .pages import (
    CatalogueIndexPage,
    ProducerIndexPage,
    ProducerPage,
    ProductKind,
    ProductPage,
)
from .producers import ProducerMembership, ProducerTeam
from .taxonomy import ProducerType, ProductGroup, Region, RegionKind
from .variants import PackType, ProductVariant

__all__ = [
    "CatalogueImage",
    "CatalogueIndexPage",
    "CatalogueRendition",
    "Certification",
    "CertificationLevel",
    "PackType",
    "ProducerIndexPage",
    "ProducerMembership",
    "ProducerPage",
    "ProducerTeam",
    "ProducerType",
    "ProductGroup",
    "ProductKind",
    "ProductPage",
    "ProductVariant",
    "Region",
    "RegionKind",
]
