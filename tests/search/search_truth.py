"""The database's answer to a catalogue question, computed without the search code."""

from catalogue.models import ProductGroup, ProductPage, Region
from search.params import SearchFilters


def product_facts(page):
    page = ProductPage.objects.get(pk=page.pk)
    prices = [v.price_vnd for v in page.variants_list]
    return {
        "page": page,
        "region_id": page.region_id,
        "group_id": page.group_id,
        "stars": page.stars,
        "producer_type": page.producer.producer_type,
        "price": min(prices) if prices else None,
        "in_stock": page.in_stock,
    }


def matches(facts, filters, skip=None):
    if (
        filters.region is not None
        and skip != "region"
        and facts["region_id"] not in Region.descendant_ids(filters.region)
    ):
        return False
    if (
        filters.group is not None
        and skip != "group"
        and facts["group_id"] not in ProductGroup.descendant_ids(filters.group)
    ):
        return False
    if filters.stars and skip != "stars" and not (facts["stars"] or 0) >= filters.stars:
        return False
    if filters.producer_type and skip != "producer_type" and facts["producer_type"] != filters.producer_type:
        return False
    if skip != "price":
        if filters.price_min is not None and (facts["price"] is None or facts["price"] < filters.price_min):
            return False
        if filters.price_max is not None and (facts["price"] is None or facts["price"] > filters.price_max):
            return False
    return not (filters.in_stock and skip != "in_stock" and not facts["in_stock"])


def expected_facets(pages, filters: SearchFilters):
    """{facet: {value: count}} with every filter applied except the facet's own; trees rolled up."""
    facts = [product_facts(p) for p in pages]

    def tree_counts(model, key, skip):
        counts = {}
        for node in model.objects.filter(locale=filters_locale(model)):
            ids = set(model.descendant_ids(node))
            n = sum(1 for f in facts if matches(f, filters, skip) and f[key] in ids)
            if n:
                counts[node.slug] = n
        return counts

    stars = {}
    for level in range(1, 6):
        n = sum(1 for f in facts if matches(f, filters, "stars") and (f["stars"] or 0) >= level)
        if n:
            stars[level] = n
    types = {}
    for f in facts:
        if matches(f, filters, "producer_type"):
            types[f["producer_type"]] = types.get(f["producer_type"], 0) + 1
    return {
        "count": sum(1 for f in facts if matches(f, filters)),
        "region": tree_counts(Region, "region_id", "region"),
        "group": tree_counts(ProductGroup, "group_id", "group"),
        "stars": stars,
        "producer_type": types,
    }


def filters_locale(model):
    from wagtail.models import Locale

    return Locale.get_default()


def facet_counts(result):
    return {
        "count": result.count,
        **{name: {v.value: v.count for v in values} for name, values in result.facets.items()},
    }
