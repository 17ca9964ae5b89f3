"""Elasticsearch unreachable: answers come from the database backend, publishing still works,
and the index catches up afterwards. The engine is "down" because the backend points at a
closed port (nothing listens on 127.0.0.1:1)."""

import pytest
from django.test import override_settings

from search.indexing import catch_up
from search.models import IndexBacklog
from search.queries import search_catalogue, suggest_titles

pytestmark = pytest.mark.elasticsearch

DOWN = "http://127.0.0.1:1"


@pytest.fixture
def engine_down(settings):
    backends = {**settings.WAGTAILSEARCH_BACKENDS}
    backends["default"] = {**backends["default"], "URLS": [DOWN]}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield


def test_search_answers_from_the_database_when_the_engine_is_down(catalogue, engine_down):
    result = search_catalogue("cha muc ha long", catalogue.vi)
    assert result.degraded and result.engine == "database"
    assert [p.title for p in result.products][0] == "Chả mực Hạ Long"
    assert "Trà hoa vàng Ba Chẽ" in {p.title for p in search_catalogue("tra hoa vang", catalogue.vi).products}
    assert {p.title for p in search_catalogue("ga doi", catalogue.vi).products} == {"Gà đồi Tiên Yên"}
    titles = {p.title for p in search_catalogue("cha muc", catalogue.vi).products}
    assert not titles & {"Chả mực nháp", "Chả mực nội bộ", "Chả mực hết hạn"}


def test_suggest_answers_from_the_database_when_the_engine_is_down(catalogue, engine_down):
    suggestions, degraded = suggest_titles("cha mu", catalogue.vi)
    assert degraded
    assert [s["title"] for s in suggestions] == ["Chả mực Hạ Long"]


def test_api_and_page_say_degraded(catalogue, engine_down, client):
    response = client.get("/api/v1/search/", {"q": "cha muc", "locale": "vi"})
    assert response.status_code == 200
    assert response.json()["degraded"] is True
    assert response.json()["results"][0]["title"] == "Chả mực Hạ Long"
    page = client.get("/vi/search/", {"q": "cha muc"})
    assert page.status_code == 200
    assert b"data-search-degraded" in page.content


def test_publishing_succeeds_while_the_engine_is_down_and_catches_up(
    catalogue, settings, django_capture_on_commit_callbacks
):
    b = catalogue.builder
    page = b.product(
        "Sá sùng Vân Đồn", catalogue.squid.producer, catalogue.regions.ha_long, catalogue.groups.food, live=False
    )
    backends = {**settings.WAGTAILSEARCH_BACKENDS}
    backends["default"] = {**backends["default"], "URLS": [DOWN]}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        page.refresh_from_db()
        assert page.live
        assert IndexBacklog.objects.filter(object_id=str(page.pk)).exists()
        # the database fallback was updated all the same
        assert "Sá sùng Vân Đồn" in {p.title for p in search_catalogue("sa sung", catalogue.vi).products}
        assert catch_up() == (0, 1)  # still down: nothing lost
    catalogue.index.refresh()
    assert "Sá sùng Vân Đồn" not in {p.title for p in search_catalogue("sa sung", catalogue.vi).products}
    assert catch_up() == (1, 0)
    catalogue.index.refresh()
    result = search_catalogue("sa sung", catalogue.vi)
    assert not result.degraded
    assert [p.title for p in result.products] == ["Sá sùng Vân Đồn"]


def test_engine_is_used_again_once_it_is_back(catalogue, settings):
    backends = {**settings.WAGTAILSEARCH_BACKENDS}
    backends["default"] = {**backends["default"], "URLS": [DOWN]}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        assert search_catalogue("", catalogue.vi).degraded
    assert not search_catalogue("", catalogue.vi).degraded


def test_backlog_is_replayed_by_the_next_successful_write(catalogue, settings, django_capture_on_commit_callbacks):
    b = catalogue.builder
    page = b.product(
        "Hàu Vân Đồn", catalogue.squid.producer, catalogue.regions.ha_long, catalogue.groups.food, live=False
    )
    backends = {**settings.WAGTAILSEARCH_BACKENDS}
    backends["default"] = {**backends["default"], "URLS": [DOWN]}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends), django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert IndexBacklog.objects.count() == 1
    # the engine is back: any successful index write schedules the replay
    with django_capture_on_commit_callbacks(execute=True):
        catalogue.honey.save_revision().publish()
    assert IndexBacklog.objects.count() == 0
    catalogue.index.refresh()
    assert [p.title for p in search_catalogue("hau van don", catalogue.vi).products] == ["Hàu Vân Đồn"]
