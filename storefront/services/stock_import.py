"""Prices and stock from a spreadsheet: a dry-run plan with per-row errors, then the import.

The file has a ``sku`` column and a price and/or stock column (headings in English or
Vietnamese, as the listing's CSV export or a person writes them; comma, semicolon or tab
separated). A price is whole đồng typed any usual way ("850.000"); a stock figure is the
counted number of units. An empty cell leaves that value as it is.

``plan_import`` changes nothing and reports, per line, what would change and what is wrong.
``apply_import`` applies a plan without errors in one transaction: each stock figure is set
only if the stock is still what the preview showed (otherwise nothing is imported and the
caller asks for a new preview); each change is logged as an import by ``change_stock``.
"""

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models, transaction
from django.utils import translation
from django.utils.translation import gettext as _

from catalogue.models import ProductVariant
from site_config.fields import parse_vnd, parse_whole_number
from site_config.money import format_vnd
from site_config.text import fold

from ..models import StockReason
from .stock import StockChanged, set_stock

if TYPE_CHECKING:
    from django.contrib.auth.models import User

MAX_ROWS = 5000
MIN_PRICE = 1000


class ImportProblem(Exception):
    """The file as a whole cannot be read (shown above the form)."""


@dataclass
class RowPlan:
    line: int
    sku: str
    variant: ProductVariant | None = None
    price_before: int | None = None
    price_after: int | None = None
    stock_before: int | None = None
    stock_after: int | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def price_changes(self) -> bool:
        return self.price_after is not None and self.price_after != self.price_before

    @property
    def stock_changes(self) -> bool:
        return self.stock_after is not None and self.stock_after != self.stock_before

    @property
    def changes(self) -> bool:
        return not self.errors and (self.price_changes or self.stock_changes)


@dataclass
class ImportPlan:
    rows: list[RowPlan]

    @property
    def errors(self) -> list[RowPlan]:
        return [row for row in self.rows if row.errors]

    @property
    def changes(self) -> list[RowPlan]:
        return [row for row in self.rows if row.changes]


def _column_names() -> dict[str, str]:
    """Folded heading → column, for every language the admin speaks."""
    names = {
        "sku": "sku",
        "ma sku": "sku",
        "price_vnd": "price",
        "price": "price",
        "gia": "price",
        "stock": "stock",
        "ton kho": "stock",
        "so luong": "stock",
    }
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for field_name, column in (("sku", "sku"), ("price_vnd", "price"), ("stock", "stock")):
                model_field = ProductVariant._meta.get_field(field_name)
                assert isinstance(model_field, models.Field)
                names[fold(str(model_field.verbose_name))] = column
    return names


def _reader(text: str) -> Iterator[list[str]]:
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample.splitlines()[0] if sample else "", delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return csv.reader(io.StringIO(text), dialect)


def plan_import(text: str) -> ImportPlan:
    """What importing ``text`` would do, line by line. Changes nothing."""
    text = text.lstrip("\ufeff")
    rows = list(_reader(text))
    if not rows:
        raise ImportProblem(_("The file is empty."))
    names = _column_names()
    header = [names.get(fold(h).strip("' ")) for h in rows[0]]
    if "sku" not in header or not {"price", "stock"} & set(header):
        raise ImportProblem(_("The first line must name the columns: sku and price_vnd and/or stock."))
    if len(rows) - 1 > MAX_ROWS:
        raise ImportProblem(_("At most %(count)s lines per file.") % {"count": MAX_ROWS})
    position = {column: header.index(column) for column in ("sku", "price", "stock") if column in header}
    cells = [(number, row) for number, row in enumerate(rows[1:], start=2) if any(c.strip() for c in row)]
    skus = [_cell(row, position["sku"]) for _number, row in cells]
    variants = ProductVariant.objects.select_related("product").in_bulk([s for s in skus if s], field_name="sku")
    seen = set()
    plan = ImportPlan(rows=[])
    for number, row in cells:
        sku = _cell(row, position["sku"])
        item = RowPlan(line=number, sku=sku)
        plan.rows.append(item)
        if not sku:
            item.errors.append(_("No SKU."))
            continue
        if sku in seen:
            item.errors.append(_("This SKU is already on an earlier line."))
        seen.add(sku)
        item.variant = variants.get(sku)
        if item.variant is None:
            item.errors.append(_("No variant has this SKU."))
            continue
        item.price_before, item.stock_before = item.variant.price_vnd, item.variant.stock
        if "price" in position:
            raw = _cell(row, position["price"])
            try:
                item.price_after = parse_vnd(raw)
            except ValueError:
                item.errors.append(_("Price “%(value)s”: whole đồng, e.g. 850.000.") % {"value": raw})
            else:
                if item.price_after is not None and item.price_after < MIN_PRICE:
                    item.errors.append(_("Price: at least %(min)s.") % {"min": format_vnd(MIN_PRICE)})
        if "stock" in position:
            raw = _cell(row, position["stock"])
            try:
                item.stock_after = parse_whole_number(raw)
            except ValueError:
                item.errors.append(_("Stock “%(value)s”: a whole number of units, 0 or more.") % {"value": raw})
    return plan


def _cell(row: list[str], index: int) -> str:
    return row[index].strip() if index < len(row) else ""


def apply_import(plan: ImportPlan, *, by: "User | None" = None) -> int | None:
    """Apply a plan without errors, all or nothing. Returns how many variants changed, or None
    when a stock figure is no longer what the preview showed (nothing is imported then)."""
    if plan.errors:
        raise ValueError("a plan with errors cannot be imported")
    rows = sorted(plan.changes, key=lambda r: r.variant.pk if r.variant else 0)  # fixed lock order
    try:
        with transaction.atomic():
            for row in rows:
                variant = row.variant
                assert variant is not None  # a row without errors names a variant
                if row.price_after is not None and row.price_changes:
                    variant.price_vnd = row.price_after
                    variant.save(update_fields=["price_vnd"])  # the save signal re-indexes the product
                if row.stock_after is not None and row.stock_before is not None and row.stock_changes:
                    set_stock(
                        variant,
                        row.stock_after,
                        expected=row.stock_before,
                        reason=StockReason.IMPORT,
                        by=by,
                        note=_("CSV import, line %(line)s") % {"line": row.line},
                    )
    except StockChanged:
        return None
    return len(rows)
