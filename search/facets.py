"""Facet values from counts: every region and group with results, in tree order, rolled up.

Both engines count products per leaf value (region id, group id, star level, producer type);
this module turns those counts into what the page and the API show, in the visitor's language.
Facets are *disjunctive*: the counts of a facet apply every selected filter except that facet's
own (the engines compute them so), so a buyer sees how many products each other value would give.
"""

import time

from wagtail.models import Locale

from catalogue.models import ProducerType, ProductGroup, Region

from .documents import STAR_LEVELS
from .results import FacetValue

_tree_cache = {}
TREE_CACHE_SECONDS = 60


def forget_trees():
    _tree_cache.clear()


def tree(model, locale):
    """The source-language nodes and the names in ``locale``; cached a minute per process
    (and forgotten when a node is saved: search.indexing.on_taxonomy_saved)."""
    key = (model, locale.pk)
    cached = _tree_cache.get(key)
    if cached is None or time.monotonic() - cached[0] > TREE_CACHE_SECONDS:
        default = Locale.get_default()
        nodes = list(model.objects.filter(locale=default).order_by("sort_order", "name"))
        names = dict(model.objects.filter(locale=locale).values_list("translation_key", "name"))
        cached = _tree_cache[key] = (time.monotonic(), nodes, names)
    return cached[1], cached[2]


def _tree_facet(model, locale, counts, selected):
    """Every node with results, in tree order, counts rolled up from the nodes below it."""
    nodes, names = tree(model, locale)
    if not set(counts) <= {node.pk for node in nodes}:  # a node newer than the cache
        _tree_cache.pop((model, locale.pk), None)
        nodes, names = tree(model, locale)
    children = {}
    for node in nodes:
        children.setdefault(node.parent_id, []).append(node)
    values = []

    def walk(parent_id, depth):
        total = 0
        for node in children.get(parent_id, []):
            position = len(values)
            values.append(None)
            below = walk(node.pk, depth + 1)
            count = counts.get(node.pk, 0) + below
            total += count
            if count:
                values[position] = FacetValue(
                    value=node.slug, name=names.get(node.translation_key, node.name), count=count,
                    selected=selected is not None and selected.pk == node.pk, depth=depth,
                )
        return total

    walk(None, 0)
    return [v for v in values if v is not None]


def build_facets(locale, filters, regions, groups, stars, producer_types):
    """{facet name: [FacetValue]} from {region id: n}, {group id: n}, {level: n}, {type: n}."""
    labels = dict(ProducerType.choices)
    return {
        "region": _tree_facet(Region, locale, regions, filters.region),
        "group": _tree_facet(ProductGroup, locale, groups, filters.group),
        "stars": [
            FacetValue(value=n, name=str(n), count=stars[n], selected=filters.stars == n)
            for n in reversed(STAR_LEVELS) if stars.get(n)
        ],
        "producer_type": [
            FacetValue(value=value, name=str(labels.get(value, value)), count=producer_types[value],
                       selected=filters.producer_type == value)
            for value in ProducerType.values if producer_types.get(value)
        ],
    }
