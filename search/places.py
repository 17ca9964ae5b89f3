"""Place names in a query: "ha long" means products *from* Hạ Long first.

A buyer who types a place wants that place's specialities, before products of other places that
merely mention it ("sold in Hạ Long", "a gift from Hạ Long Bay"). :func:`places_in` finds the
regions named in a query (any language, tone marks optional) and returns the ids of those regions
and every region below them; both engines then rank products from there first.

Only names of two words or more count (every locality and ward of Quảng Ninh has two or more):
single syllables ("hà", "chè") are ordinary Vietnamese words.
"""

import re
from typing import Any

from wagtail.models import Locale

from catalogue.models import Region
from catalogue.taxonomy_tree import Tree, tree
from site_config.text import fold

_compiled: dict[str, Any] = {}  # the patterns of the last region tree seen (catalogue.taxonomy_tree caches the tree)


def _names() -> tuple[list[tuple[re.Pattern[str], int]], Tree]:
    """([(compiled folded-name pattern, source region id)], longest names first; the region tree)."""
    regions = tree(Region)
    if _compiled.get("tree") is not regions:
        default = Locale.get_default().pk
        source = {node.translation_key: pk for pk, node in regions.nodes.items() if node.locale_id == default}
        names = {}
        for node in regions.nodes.values():
            folded = fold(node.name)
            if len(folded.split()) >= 2 and node.translation_key in source:
                names[folded] = source[node.translation_key]
        _compiled["patterns"] = [
            (re.compile(rf"\b{re.escape(name)}\b"), region_id)
            for name, region_id in sorted(names.items(), key=lambda item: -len(item[0]))
        ]
        _compiled["tree"] = regions
    return _compiled["patterns"], regions


def places_in(text: str) -> set[int]:
    """Ids of the regions named in ``text`` and of every region below them (empty: none named)."""
    folded = fold(text)
    if not folded:
        return set()
    patterns, regions = _names()
    found = set()
    for pattern, region_id in patterns:
        if pattern.search(folded):
            found.update(regions.descendant_ids(region_id))
    return found
