"""Prices, shipping fees and totals: whole đồng, always computed here from the database."""

from dataclasses import dataclass

from ..models import ShippingZone

QUANG_NINH_PROVINCE_CODE = 22


def shipping_zone(country: str, province_code) -> str:
    if (country or "").upper() != "VN":
        return ShippingZone.INTERNATIONAL
    if province_code is not None and int(province_code) == QUANG_NINH_PROVINCE_CODE:
        return ShippingZone.IN_PROVINCE
    return ShippingZone.DOMESTIC


def shipping_fee_vnd(shop, zone: str, subtotal_vnd: int) -> int:
    """The fee for ``zone`` from the shop settings; domestic shipping is free from the threshold."""
    if zone == ShippingZone.INTERNATIONAL:
        return int(shop.shipping_fee_international_vnd)
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

    @property
    def total_vnd(self) -> int:
        return self.subtotal_vnd + self.shipping_vnd


def cart_subtotal_vnd(lines) -> int:
    return sum(line.variant.price_vnd * line.quantity for line in lines)


def order_totals(shop, lines, country, province_code) -> Totals:
    subtotal = cart_subtotal_vnd(lines)
    zone = shipping_zone(country, province_code)
    return Totals(subtotal, shipping_fee_vnd(shop, zone, subtotal), zone)
