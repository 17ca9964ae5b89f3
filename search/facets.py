"""Facet values from counts: every region and group with results, in tree order, rolled up.

Both engines count products per leaf value (region id, group id, star level, producer type);
this module turns those counts into what the page and the API show, in the visitor's language.
Facets are *disjunctive*: the counts of a facet apply every selected filter except that facet's
own (the engines compute them so), so a buyer sees how many products each other value would give.
"""

from collections.abc import Mapping

from wagtail.models import Locale

from catalogue.models import ProducerType, ProductGroup, Region
from catalogue.taxonomy_tree import tree

from .documents import STAR_LEVELS
from .params import SearchFilters
from .results import FacetValue


def _tree_facet(
    model: type[Region] | type[ProductGroup],
    locale: Locale,
    counts: Mapping[int, int],
    selected: Region | ProductGroup | None,
) -> list[FacetValue]:
    """Every node with results, in tree order, counts rolled up from the nodes below it."""
    nodes = tree(model)
    names = nodes.names_in(locale.pk)
    default = Locale.get_default().pk
    values: list[FacetValue | None] = []

    def walk(parent_id: int | None, depth: int) -> int:
        total = 0
        for pk in nodes.children.get(parent_id, ()):
            node = nodes.nodes[pk]
            if node.locale_id != default:
                continue
            position = len(values)
            values.append(None)
            below = walk(pk, depth + 1)
            count = counts.get(pk, 0) + below
            total += count
            if count:
                values[position] = FacetValue(
                    value=node.slug,
                    name=names.get(node.translation_key, node.name),
                    count=count,
                    selected=selected is not None and selected.pk == pk,
                    depth=depth,
                )
        return total

    walk(None, 0)
    return [v for v in values if v is not None]


def build_facets(
    locale: Locale,
    filters: SearchFilters,
    regions: Mapping[int, int],
    groups: Mapping[int, int],
    stars: Mapping[int, int],
    producer_types: Mapping[str, int],
) -> dict[str, list[FacetValue]]:
    """{facet name: [FacetValue]} from {region id: n}, {group id: n}, {level: n}, {type: n}."""
    labels = dict(ProducerType.choices)
    return {
        "region": _tree_facet(Region, locale, regions, filters.region),
        "group": _tree_facet(ProductGroup, locale, groups, filters.group),
        "stars": [
            FacetValue(value=n, name=str(n), count=stars[n], selected=filters.stars == n)
            for n in reversed(STAR_LEVELS)
            if stars.get(n)
        ],
        "producer_type": [
            FacetValue(
                value=value,
                name=str(labels.get(value, value)),
                count=producer_types[value],
                selected=filters.producer_type == value,
            )
            for value in ProducerType.values
            if producer_types.get(value)
        ],
    }
