"""Place names in a query: "ha long" means products *from* Hạ Long first.

A buyer who types a place wants that place's specialities, before products of other places that
merely mention it ("sold in Hạ Long", "a gift from Hạ Long Bay"). :func:`places_in` finds the
regions named in a query (any language, tone marks optional) and returns the ids of those regions
and every region below them; both engines then rank products from there first.

Only names of two words or more count (every locality and ward of Quảng Ninh has two or more):
single syllables ("hà", "chè") are ordinary Vietnamese words.
"""

import re
import time

from wagtail.models import Locale

from catalogue.models import Region

from .text import fold

CACHE_SECONDS = 60
_cache = {}


def forget():
    _cache.clear()


def _names():
    """[(compiled folded-name pattern, source region id)], longest names first; cached."""
    cached = _cache.get("names")
    if cached is None or time.monotonic() - cached[0] > CACHE_SECONDS:
        default = Locale.get_default().pk
        rows = list(Region.objects.values_list("pk", "translation_key", "name", "parent_id", "locale_id"))
        # the tree and the products use the source-language rows
        source = {key: pk for pk, key, _name, _parent, locale in rows if locale == default}
        children = {}
        for pk, _key, _name, parent, locale in rows:
            if locale == default and parent is not None:
                children.setdefault(parent, []).append(pk)
        names = {}
        for _pk, key, name, _parent, _locale in rows:
            folded = fold(name)
            if len(folded.split()) >= 2 and key in source:
                names[folded] = source[key]
        patterns = [(re.compile(rf"\b{re.escape(name)}\b"), region_id)
                    for name, region_id in sorted(names.items(), key=lambda item: -len(item[0]))]
        cached = _cache["names"] = (time.monotonic(), patterns, children)
    return cached[1], cached[2]


def places_in(text):
    """Ids of the regions named in ``text`` and of every region below them (empty: none named)."""
    folded = fold(text)
    if not folded:
        return set()
    patterns, children = _names()
    found = set()
    for pattern, region_id in patterns:
        if pattern.search(folded):
            frontier = [region_id]
            while frontier:
                node = frontier.pop()
                if node not in found:
                    found.add(node)
                    frontier.extend(children.get(node, ()))
    return found
