"""Prices, shipping fees and totals: whole đồng, always computed here from the database.

Shipping in Vietnam is a flat fee per zone (Quảng Ninh / other provinces), free from the shop's
threshold. Abroad it is by weight and by zone: the first kilogram and each further kilogram
started, at the rates of the country's zone in Shop settings (zone 1 and 2 list their countries,
every other country is zone 3). Free domestic shipping never applies abroad.
"""

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from catalogue.seed import QUANG_NINH_CODE

from ..models import ShippingZone

if TYPE_CHECKING:
    from site_config.models import ShopSettings

    from .cart import CartLine

ABROAD_ZONES = (1, 2, 3)


def shipping_zone(country: str, province_code: int | str | None) -> str:
    if (country or "").upper() != "VN":
        return ShippingZone.INTERNATIONAL
    if province_code is not None and int(province_code) == QUANG_NINH_CODE:
        return ShippingZone.IN_PROVINCE
    return ShippingZone.DOMESTIC


def _codes(text: str) -> set[str]:
    return {code.strip().upper() for code in (text or "").replace(";", ",").split(",") if code.strip()}


def abroad_zone(shop: "ShopSettings", country: str) -> int:
    """1, 2 or 3: the rate zone of a country abroad, from the shop settings' country lists."""
    country = (country or "").upper()
    if country in _codes(shop.abroad_zone1_countries):
        return 1
    if country in _codes(shop.abroad_zone2_countries):
        return 2
    return 3


def abroad_rates(shop: "ShopSettings", zone: int) -> tuple[int, int]:
    """(first kg, each further kg) in đồng for an abroad zone."""
    return (
        int(getattr(shop, f"abroad_zone{zone}_first_kg_vnd")),
        int(getattr(shop, f"abroad_zone{zone}_extra_kg_vnd")),
    )


def abroad_fee_vnd(shop: "ShopSettings", country: str, weight_grams: int) -> int:
    """The fee for a parcel of ``weight_grams`` to ``country``: first kg, then each kg started."""
    first, extra = abroad_rates(shop, abroad_zone(shop, country))
    kilograms = max(1, math.ceil(max(weight_grams, 0) / 1000))
    return first + (kilograms - 1) * extra


def shipping_fee_vnd(
    shop: "ShopSettings", zone: str, subtotal_vnd: int, *, country: str = "", weight_grams: int = 0
) -> int:
    """The fee for ``zone`` from the shop settings; domestic shipping is free from the threshold."""
    if zone == ShippingZone.INTERNATIONAL:
        return abroad_fee_vnd(shop, country, weight_grams)
    threshold = int(shop.free_shipping_threshold_vnd)
    if threshold and subtotal_vnd >= threshold:
        return 0
    if zone == ShippingZone.IN_PROVINCE:
        return int(shop.shipping_fee_in_province_vnd)
    return int(shop.shipping_fee_other_vnd)


@dataclass(frozen=True)
class Totals:
    subtotal_vnd: int
    shipping_vnd: int
    zone: str
    weight_grams: int = 0

    @property
    def total_vnd(self) -> int:
        return self.subtotal_vnd + self.shipping_vnd


def cart_subtotal_vnd(lines: Iterable["CartLine"]) -> int:
    return sum(line.variant.price_vnd * line.quantity for line in lines)


def is_shipped(line: "CartLine") -> bool:
    """Goods are sent; an experience booked for a date is not (no weight, no fee)."""
    return getattr(line, "booking_date", None) is None


def cart_weight_grams(lines: Iterable["CartLine"]) -> int:
    return sum(int(line.variant.weight_grams or 0) * line.quantity for line in lines if is_shipped(line))


def order_totals(
    shop: "ShopSettings", lines: Sequence["CartLine"], country: str, province_code: int | str | None
) -> Totals:
    """Subtotal of every line; shipping for the goods only (none at all when only experiences).

    The free-shipping threshold is measured on the goods: booking a visit does not make a parcel free.
    """
    subtotal = cart_subtotal_vnd(lines)
    goods = [line for line in lines if is_shipped(line)]
    weight = cart_weight_grams(goods)
    zone = shipping_zone(country, province_code)
    fee = shipping_fee_vnd(shop, zone, cart_subtotal_vnd(goods), country=country, weight_grams=weight) if goods else 0
    return Totals(subtotal, fee, zone, weight)
