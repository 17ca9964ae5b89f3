"""One taxonomy tree (issue 10, item 6): descendants, ancestors and names per language come from
catalogue.taxonomy_tree, cached once in Django's cache and invalidated across processes."""

import pytest
from django.db import connection

from catalogue import taxonomy_tree
from catalogue.models import ProductGroup, Region
from catalogue.taxonomy_tree import tree
from tests.factories import ProductGroupFactory, RegionFactory


@pytest.fixture
def regions(locales, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # as if each save had committed
        province = RegionFactory(name="Quảng Ninh", slug="quang-ninh", kind="province")
        ha_long = RegionFactory(name="Hạ Long", slug="ha-long", parent=province, sort_order=1)
        ward = RegionFactory(name="Hồng Gai", slug="hong-gai", parent=ha_long, kind="ward")
        ba_che = RegionFactory(name="Ba Chẽ", slug="ba-che", parent=province, sort_order=2)
        english = Region.objects.create(
            name="Ha Long City",
            slug="ha-long",
            locale=locales["en"],
            translation_key=ha_long.translation_key,
            parent=province,
            sort_order=1,
        )
    return {"province": province, "ha_long": ha_long, "ward": ward, "ba_che": ba_che, "english": english}


def other_process():
    """What another app server sees: none of this process's memory, only the shared cache."""
    taxonomy_tree._memo.clear()
    getattr(connection, taxonomy_tree._DIRTY, set()).clear()


@pytest.mark.django_db
def test_descendants_ancestors_and_names_per_language(regions, locales):
    r = regions
    regions_tree = tree(Region)
    assert set(Region.descendant_ids(r["province"])) == {
        r["province"].pk,
        r["ha_long"].pk,
        r["english"].pk,
        r["ba_che"].pk,
        r["ward"].pk,
    }
    assert Region.descendant_ids(r["ha_long"]) == [r["ha_long"].pk, r["ward"].pk]
    assert r["ward"].ancestors() == [r["province"], r["ha_long"]]
    assert regions_tree.names_up(r["ward"].pk, locales["en"].pk) == ["Hồng Gai", "Ha Long City", "Quảng Ninh"]
    assert regions_tree.names_up(r["ward"].pk, locales["vi"].pk) == ["Hồng Gai", "Hạ Long", "Quảng Ninh"]
    assert [n.slug for n in regions_tree.in_tree_order(locales["vi"].pk)] == [
        "quang-ninh",
        "ha-long",
        "hong-gai",
        "ba-che",
    ]


@pytest.mark.django_db
def test_a_change_saved_in_one_process_is_seen_by_the_others(
    regions, locales, django_capture_on_commit_callbacks, django_assert_num_queries
):
    r = regions
    other_process()
    assert tree(Region).name(r["ha_long"].pk, locales["vi"].pk) == "Hạ Long"
    with django_assert_num_queries(0):  # read again: from memory, the cache says it is current
        assert tree(Region).name(r["ha_long"].pk, locales["vi"].pk) == "Hạ Long"
    memory = dict(taxonomy_tree._memo)

    # Another process renames the locality and moves the ward; this process's memory is untouched.
    with django_capture_on_commit_callbacks(execute=True):
        r["ha_long"].name = "Thành phố Hạ Long"
        r["ha_long"].save()
        r["ward"].parent = r["ba_che"]
        r["ward"].save()
    taxonomy_tree._memo.clear()
    taxonomy_tree._memo.update(memory)

    assert tree(Region).name(r["ha_long"].pk, locales["vi"].pk) == "Thành phố Hạ Long"
    assert Region.descendant_ids(r["ba_che"]) == [r["ba_che"].pk, r["ward"].pk]
    other_process()  # a third process reads the new tree from the shared cache, not the database
    with django_assert_num_queries(0):
        assert tree(Region).name(r["ha_long"].pk, locales["vi"].pk) == "Thành phố Hạ Long"


@pytest.mark.django_db
def test_the_saving_transaction_reads_its_own_change_and_others_wait_for_the_commit(regions, locales):
    r = regions
    other_process()
    tree(Region)  # cached
    r["ba_che"].name = "Huyện Ba Chẽ"
    r["ba_che"].save()  # not committed (the test's transaction)
    assert tree(Region).name(r["ba_che"].pk, locales["vi"].pk) == "Huyện Ba Chẽ"
    other_process()  # another process, before the commit: still the committed tree
    assert tree(Region).name(r["ba_che"].pk, locales["vi"].pk) == "Ba Chẽ"


@pytest.mark.django_db
def test_each_taxonomy_has_its_own_tree(regions, locales, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        food = ProductGroupFactory(name="Thực phẩm", slug="thuc-pham")
        squid = ProductGroupFactory(name="Chả mực", slug="cha-muc", parent=food)
    other_process()
    assert ProductGroup.descendant_ids(food) == [food.pk, squid.pk]
    assert regions["province"].pk not in tree(ProductGroup).nodes
