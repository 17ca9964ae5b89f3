"""Filters, facet counts, sorting and pagination, checked against the database's truth."""

import pytest
from django.test import override_settings
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from search_truth import expected_facets, facet_counts

from search.fallback import search_database
from search.params import SearchFilters
from search.queries import search_catalogue

pytestmark = pytest.mark.elasticsearch

DOWN = "http://127.0.0.1:1"


def combos(c):
    r, g = c.regions, c.groups
    return [
        SearchFilters(),
        SearchFilters(region=r.ha_long),
        SearchFilters(region=r.province, group=g.food),
        SearchFilters(group=g.drinks, in_stock=True),
        SearchFilters(stars=4, producer_type="enterprise"),
        SearchFilters(stars=3),
        SearchFilters(price_min=150_000, price_max=400_000, in_stock=True),
        SearchFilters(region=r.dam_ha, group=g.tea, stars=3, producer_type="cooperative"),
    ]


def test_facet_counts_equal_the_database_truth(catalogue):
    for filters in combos(catalogue):
        result = search_catalogue("", catalogue.vi, filters)
        assert not result.degraded
        assert facet_counts(result) == expected_facets(catalogue.live_vi, filters), filters


def test_database_fallback_gives_the_same_counts(catalogue, settings):
    es_answers = [facet_counts(search_catalogue("", catalogue.vi, f)) for f in combos(catalogue)]
    backends = {**settings.WAGTAILSEARCH_BACKENDS}
    backends["default"] = {**backends["default"], "URLS": [DOWN]}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        for filters, expected in zip(combos(catalogue), es_answers, strict=True):
            result = search_catalogue("", catalogue.vi, filters)
            assert result.degraded
            assert facet_counts(result) == expected, filters


def test_region_filter_includes_sub_regions(catalogue):
    result = search_catalogue("", catalogue.vi, SearchFilters(region=catalogue.regions.ha_long))
    # the squid cakes come from a ward of Hạ Long
    assert {p.title for p in result.products} == {"Chả mực Hạ Long", "Mực khô Hạ Long"}
    ward = search_catalogue("", catalogue.vi, SearchFilters(region=catalogue.regions.hong_gai))
    assert [p.title for p in ward.products] == ["Chả mực Hạ Long"]


def test_group_filter_includes_sub_groups(catalogue):
    result = search_catalogue("", catalogue.vi, SearchFilters(group=catalogue.groups.drinks))
    assert {p.title for p in result.products} == {"Trà hoa vàng Ba Chẽ", "Chè xanh Đầm Hà", "Rượu mơ Yên Tử"}


def test_minimum_stars_counts_only_current_certificates(catalogue):
    titles = {p.title for p in search_catalogue("", catalogue.vi, SearchFilters(stars=3)).products}
    assert "Gà đồi Tiên Yên" not in titles  # its 3-star certificate has expired
    assert titles == {"Chả mực Hạ Long", "Mực khô Hạ Long", "Trà hoa vàng Ba Chẽ", "Chè xanh Đầm Hà", "Rượu mơ Yên Tử"}


def test_text_and_filters_combine(catalogue):
    result = search_catalogue("ha long", catalogue.vi, SearchFilters(in_stock=True))
    assert [p.title for p in result.products] == ["Chả mực Hạ Long"]
    assert result.facets["stars"][0].value == 4


def test_region_facet_lists_every_locality_with_results(catalogue):
    result = search_catalogue("", catalogue.vi)
    regions = {v.value: v for v in result.facets["region"]}
    assert set(regions) == {"quang-ninh", "ha-long", "hong-gai", "ba-che", "tien-yen", "dam-ha"}
    assert regions["quang-ninh"].count == len(catalogue.live_vi)
    assert regions["ha-long"].depth == 1 and regions["hong-gai"].depth == 2
    en = search_catalogue("", catalogue.en)
    assert {v.name for v in en.facets["region"]} >= {"Ha Long", "Ba Che"}


@pytest.mark.parametrize("engine_down", [False, True])
def test_sorts(catalogue, settings, engine_down):
    backends = {**settings.WAGTAILSEARCH_BACKENDS}
    if engine_down:
        backends["default"] = {**backends["default"], "URLS": [DOWN]}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        by_price = search_catalogue("", catalogue.vi, sort="price_asc").products
        assert [p.price_min_vnd for p in by_price] == sorted(p.price_min_vnd for p in by_price)
        by_price_desc = search_catalogue("", catalogue.vi, sort="price_desc").products
        assert [p.title for p in by_price_desc] == [p.title for p in reversed(by_price)]
        by_stars = search_catalogue("", catalogue.vi, sort="stars").products
        stars = [p.current_stars or 0 for p in by_stars]
        assert stars == sorted(stars, reverse=True) and stars[0] == 5
        newest = search_catalogue("", catalogue.vi, sort="newest").products
        dates = [p.first_published_at for p in newest]
        assert dates == sorted(dates, reverse=True)
        assert search_catalogue("", catalogue.vi).degraded is engine_down


def test_pagination(catalogue):
    first = search_catalogue("", catalogue.vi, sort="price_asc", page=1, per_page=3)
    assert (first.count, first.num_pages, len(first.products)) == (7, 3, 3)
    pages = [search_catalogue("", catalogue.vi, sort="price_asc", page=n, per_page=3).products for n in (1, 2, 3)]
    assert [p.pk for page in pages for p in page] == [
        p.pk for p in search_catalogue("", catalogue.vi, sort="price_asc", per_page=24).products
    ]
    beyond = search_catalogue("", catalogue.vi, page=9, per_page=3)
    assert list(beyond.products) == [] and beyond.count == 7


def test_database_path_counts_any_combination_of_filters_like_the_database_truth(catalogue):
    """The database path counts results and facets from one query's rows in Python, and lists the
    page with the ORM's filters: for any combination a buyer can make, the count shown, the facet
    numbers and the products listed agree with the database's truth."""
    r, g = catalogue.regions, catalogue.groups
    filters = st.builds(
        SearchFilters,
        region=st.sampled_from([None, r.province, r.ha_long, r.hong_gai, r.dam_ha, r.ba_che]),
        group=st.sampled_from([None, g.food, g.drinks, g.tea]),
        stars=st.sampled_from([None, 3, 4, 5]),
        producer_type=st.sampled_from([None, "enterprise", "cooperative", "household"]),
        # the fixture's prices themselves (bounds are inclusive) and amounts between them
        price_min=st.sampled_from([None, 120_000, 150_000, 200_000, 350_000]),
        price_max=st.sampled_from([None, 180_000, 250_000, 400_000, 500_000]),
        in_stock=st.booleans(),
    )

    @hypothesis_settings(max_examples=60, deadline=None)
    @given(filters)
    def check(chosen):
        result = search_database("", catalogue.vi, chosen, "relevance", 1, 100, facets=True, degraded=False)
        assert facet_counts(result) == expected_facets(catalogue.live_vi, chosen), chosen
        assert len(result.products) == result.count, chosen

    check()
