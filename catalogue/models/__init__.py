"""The OCOP content model: taxonomy, producer and product pages, variants and certificates."""

from .certification import Certification, CertificationLevel
from .fairs import AttendanceMode, EventStatus, FairBooth, FairIndexPage, FairPage
from .generated import GeneratedCatalogue
from .images import CatalogueImage, CatalogueRendition
from .pages import (
    CatalogueIndexPage,
    ProducerIndexPage,
    ProducerPage,
    ProductKind,
    ProductPage,
)
from .producers import ProducerMembership, ProducerTeam
from .stamps import Batch, StampCode
from .taxonomy import ProducerType, ProductGroup, Region, RegionKind
from .variants import PackType, ProductVariant, stock_shown
from .wholesale import EnquiryStatus, QuantityUnit, WholesaleEnquiry

__all__ = [
    "AttendanceMode",
    "EnquiryStatus",
    "EventStatus",
    "FairBooth",
    "FairIndexPage",
    "FairPage",
    "QuantityUnit",
    "WholesaleEnquiry",
    "Batch",
    "CatalogueImage",
    "CatalogueIndexPage",
    "CatalogueRendition",
    "Certification",
    "CertificationLevel",
    "GeneratedCatalogue",
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
    "stock_shown",
    "StampCode",
]
