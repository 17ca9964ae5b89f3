"""Query-string parameters of the search page and the JSON API, validated in one place.

The same names everywhere: ``q, region, group, stars, producer_type, price_min, price_max,
in_stock, sort, page`` (and ``locale`` on the API). A bad value raises :class:`InvalidParameter`
naming the parameter; the API answers 400 with it, the HTML page shows it and ignores the value.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from catalogue.listing import PER_PAGE
from catalogue.models import ProducerType, ProductGroup, Region
from site_config import content_version
from site_config.memo import locale_for_code
from site_config.text import normalize

MAX_QUERY_LENGTH = 200
MAX_RESULT_WINDOW = 10_000  # Elasticsearch's index.max_result_window
MAX_PRICE = 10**12

SORTS = {
    "relevance": gettext_lazy("Relevance"),
    "stars": gettext_lazy("Stars: highest first"),
    "price_asc": gettext_lazy("Price: lowest first"),
    "price_desc": gettext_lazy("Price: highest first"),
    "newest": gettext_lazy("Newest"),
}
# ASCII digits only: str.isdigit() and re's \d accept "²" or "٣", which int() then refuses or reads
# as another number.
_WHOLE_NUMBER = re.compile(r"[0-9]+")
# The parameters that change what a listing shows (``page`` aside): a filtered listing's canonical
# address keeps them, in this order (site_config.templatetags.site_seo.canonical_url).
CONTENT_PARAMETERS = ("q", "region", "group", "stars", "producer_type", "price_min", "price_max", "in_stock", "sort")
TRUE_VALUES = {"1", "true", "yes", "on"}
FALSE_VALUES = {"", "0", "false", "no", "off"}


class InvalidParameter(ValueError):
    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter
        self.message = message


@dataclass(frozen=True)
class SearchFilters:
    """What narrows a catalogue search. Region and group are source-language tree nodes."""

    region: Region | None = None
    group: ProductGroup | None = None
    stars: int | None = None
    producer_type: str | None = None
    price_min: int | None = None
    price_max: int | None = None
    in_stock: bool = False

    def without(self, name: str) -> "SearchFilters":
        """The same filters minus one (``price`` removes both price bounds)."""
        if name == "price":
            return replace(self, price_min=None, price_max=None)
        cleared: dict[str, Any] = {name: False if name == "in_stock" else None}
        return replace(self, **cleared)

    @property
    def any(self) -> bool:
        return any(getattr(self, f) for f in ("region", "group", "stars", "producer_type", "in_stock")) or (
            self.price_min is not None or self.price_max is not None
        )


@dataclass(frozen=True)
class SearchRequest:
    text: str = ""
    filters: SearchFilters = field(default_factory=SearchFilters)
    sort: str = "relevance"
    page: int = 1
    per_page: int = PER_PAGE


def _int(params: Mapping[str, Any], name: str, minimum: int, maximum: int) -> int | None:
    raw = str(params.get(name, "")).strip()
    if raw == "":
        return None
    if not _WHOLE_NUMBER.fullmatch(raw):
        raise InvalidParameter(name, _("must be a whole number"))
    value = int(raw[:15])
    if len(raw) > 15 or not minimum <= value <= maximum:
        raise InvalidParameter(name, _("must be between %(min)s and %(max)s") % {"min": minimum, "max": maximum})
    return value


_Node = TypeVar("_Node", Region, ProductGroup)


def _node(model: type[_Node], params: Mapping[str, Any], name: str) -> _Node | None:
    slug = str(params.get(name, "")).strip()
    if not slug:
        return None
    slug = slug[:100]

    def look_up() -> _Node | None:
        return model.objects.filter(slug=slug, locale=Locale.get_default()).first()

    # Kept per content version (regions and groups raise it when saved).
    node = content_version.cached(f"search-node:{model._meta.label_lower}:{content_version.slug_key(slug)}", look_up)
    if node is None:
        raise InvalidParameter(name, _("unknown value “%(value)s”") % {"value": slug})
    return node


def parse_search_params(params: Mapping[str, Any], per_page: int = PER_PAGE) -> SearchRequest:
    """A :class:`SearchRequest` from a QueryDict-like mapping; raises :class:`InvalidParameter`."""
    text = normalize(params.get("q", ""))
    if len(text) > MAX_QUERY_LENGTH:
        raise InvalidParameter("q", _("must be at most %(n)s characters") % {"n": MAX_QUERY_LENGTH})

    producer_type = str(params.get("producer_type", "")).strip() or None
    if producer_type and producer_type not in ProducerType.values:
        raise InvalidParameter(
            "producer_type", _("must be one of: %(values)s") % {"values": ", ".join(ProducerType.values)}
        )

    in_stock_raw = str(params.get("in_stock", "")).strip().lower()
    if in_stock_raw not in TRUE_VALUES | FALSE_VALUES:
        raise InvalidParameter("in_stock", _("must be 1 or 0"))

    price_min = _int(params, "price_min", 0, MAX_PRICE)
    price_max = _int(params, "price_max", 0, MAX_PRICE)
    if price_min is not None and price_max is not None and price_min > price_max:
        raise InvalidParameter("price_max", _("must not be lower than price_min"))

    sort = str(params.get("sort", "")).strip() or "relevance"
    if sort not in SORTS:
        raise InvalidParameter("sort", _("must be one of: %(values)s") % {"values": ", ".join(SORTS)})

    page = _int(params, "page", 1, MAX_RESULT_WINDOW // per_page) or 1

    filters = SearchFilters(
        region=_node(Region, params, "region"),
        group=_node(ProductGroup, params, "group"),
        stars=_int(params, "stars", 1, 5),
        producer_type=producer_type,
        price_min=price_min,
        price_max=price_max,
        in_stock=in_stock_raw in TRUE_VALUES,
    )
    return SearchRequest(text=text, filters=filters, sort=sort, page=page, per_page=per_page)


def parse_locale(params: Mapping[str, Any], name: str = "locale") -> Locale:
    """The Wagtail Locale named by ``params[name]``; the site's default language when absent."""
    code = str(params.get(name, "")).strip()
    if not code:
        return Locale.get_default()
    locale = locale_for_code(code[:20])
    if locale is None:
        raise InvalidParameter(name, _("unknown language “%(value)s”") % {"value": code[:20]})
    return locale
