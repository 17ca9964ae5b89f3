"""The search page, the JSON API and the autocomplete endpoint."""

import pytest

pytestmark = pytest.mark.elasticsearch


def test_a_querys_first_page_in_the_catalogues_own_words_may_be_indexed(catalogue, client):
    """Lighthouse's "page is blocked from indexing" and a search engine see the same thing."""
    response = client.get("/vi/search/", {"q": "cha muc ha long"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Chả mực Hạ Long" in html and 'data-result-count="' in html
    assert 'name="robots"' not in html and "X-Robots-Tag" not in response
    assert '<link rel="canonical" href="http://testserver/vi/search/?q=cha+muc+ha+long">' in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": "cha muc cong ty"},  # found (the producer's name) but "cong ty" is no title's: spam links look so
        {"q": "cha muc!!! 0912 345 678"},  # punctuation and digits: someone's text, not a query
        {"q": "cha muc cha muc"},
        {"q": "cha muc", "region": "ha-long"},  # filtered: the locality's page is the indexable one
        {"q": "cha muc", "sort": "price_asc"},
        {"q": "xe may"},  # nothing found
        {},  # no query: the whole catalogue, whose own page is indexable
        {"q": "cha muc", "fragment": "results"},  # the script's piece of a page
        {"q": "cha muc", "stars": "nine"},  # a refused parameter (400)
    ],
)
def test_every_other_search_page_is_noindex(catalogue, client, params):
    response = client.get("/vi/search/", params)
    assert response["X-Robots-Tag"] == "noindex"
    if "fragment" not in params:
        assert '<meta name="robots" content="noindex">' in response.content.decode()
    if params.get("q") == "cha muc cong ty":
        assert 'data-result-count="0"' not in response.content.decode()  # the words rule, not "nothing found"


def test_search_page_facets_and_removable_filters(catalogue, client):
    response = client.get("/vi/search/", {"region": "ha-long", "stars": "3"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-result-count="2"' in html
    # each selected filter has a link that removes it and keeps the others
    assert 'data-remove-filter="region" href="?stars=3"' in html
    assert 'data-remove-filter="stars" href="?region=ha-long"' in html
    # facet values with their counts, in the visitor's language
    english = client.get("/en/search/", {"region": "ha-long"}).content.decode()
    assert "Ha Long" in english and "Ha Long squid cakes" in english


def test_search_page_zero_results_helps(catalogue, client):
    response = client.get("/vi/search/", {"q": "xe máy", "group": "tra"})
    assert response.status_code == 200
    assert b"data-search-empty" in response.content
    assert b'href="?q=xe%20m%C3%A1y"' in response.content  # search again without filters


def test_search_page_fragment_for_javascript(catalogue, client):
    response = client.get("/vi/search/", {"q": "tra", "fragment": "results"})
    assert response.status_code == 200
    assert b"<html" not in response.content
    assert b"Tr\xc3\xa0 hoa v\xc3\xa0ng Ba Ch\xe1\xba\xbd" in response.content


def test_search_page_bad_parameter_is_explained_not_500(catalogue, client):
    response = client.get("/vi/search/", {"q": "tra", "stars": "9"})
    assert response.status_code == 400
    assert b"data-search-error" in response.content
    assert "Trà hoa vàng Ba Chẽ" in response.content.decode()


def test_api_answers_the_documented_shape(catalogue, client):
    response = client.get("/api/v1/search/", {"q": "tra hoa vang", "locale": "vi"})
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {"count", "page", "num_pages", "results", "facets", "degraded"}
    assert data["degraded"] is False
    first = data["results"][0]
    assert set(first) == {
        "id",
        "title",
        "url",
        "producer",
        "region",
        "group",
        "stars",
        "price_min_vnd",
        "in_stock",
        "image",
    }
    assert first["title"] == "Trà hoa vàng Ba Chẽ"
    assert first["producer"]["name"] == "HTX Trà hoa vàng Ba Chẽ"
    assert first["region"] == {"slug": "ba-che", "name": "Ba Chẽ"}
    assert first["group"] == {"slug": "tra", "name": "Trà"}
    assert (first["stars"], first["price_min_vnd"], first["in_stock"]) == (5, 500_000, True)
    assert first["url"].startswith("http://testserver/")
    assert set(data["facets"]) == {"region", "group", "stars", "producer_type"}
    assert {"slug", "name", "count"} == set(data["facets"]["region"][0])
    assert {"value", "name", "count"} == set(data["facets"]["stars"][0])


def test_api_defaults_to_the_site_language_and_filters(catalogue, client):
    data = client.get("/api/v1/search/", {"region": "dam-ha", "sort": "price_asc"}).json()
    assert [r["title"] for r in data["results"]] == ["Chè xanh Đầm Hà", "Mật ong rừng Đầm Hà"]
    english = client.get("/api/v1/search/", {"locale": "en", "q": "tea"}).json()
    assert [r["title"] for r in english["results"]] == ["Ba Che golden camellia tea"]
    assert english["results"][0]["region"]["name"] == "Ba Che"


@pytest.mark.parametrize(
    "params, parameter",
    [
        ({"locale": "xx"}, "locale"),
        ({"region": "atlantis"}, "region"),
        ({"group": "nope"}, "group"),
        ({"stars": "9"}, "stars"),
        ({"stars": "four"}, "stars"),
        ({"producer_type": "state"}, "producer_type"),
        ({"price_min": "-5"}, "price_min"),
        ({"price_min": "abc"}, "price_min"),
        ({"price_min": "500000", "price_max": "1000"}, "price_max"),
        ({"in_stock": "maybe"}, "in_stock"),
        ({"sort": "random"}, "sort"),
        ({"page": "0"}, "page"),
        ({"page": "x"}, "page"),
        ({"page": "100000"}, "page"),
        ({"q": "a" * 201}, "q"),
    ],
)
def test_api_rejects_invalid_parameters(catalogue, client, params, parameter):
    response = client.get("/api/v1/search/", params)
    assert response.status_code == 400
    assert response.json()["error"]["parameter"] == parameter
    assert parameter in response.json()["error"]["message"] or response.json()["error"]["message"]


def test_suggest_endpoint(catalogue, client):
    response = client.get("/api/v1/search/suggest/", {"q": "cha m", "locale": "vi"})
    assert response.status_code == 200
    data = response.json()
    assert data["suggestions"][0]["title"] == "Chả mực Hạ Long"
    assert data["degraded"] is False
    assert len(client.get("/api/v1/search/suggest/", {"q": "a"}).json()["suggestions"]) <= 8
    assert client.get("/api/v1/search/suggest/", {"q": "x", "locale": "zz"}).status_code == 400
    assert client.get("/api/v1/search/suggest/", {"q": ""}).json()["suggestions"] == []


def test_catalogue_index_page_uses_the_search(catalogue, client):
    response = client.get(catalogue.builder.catalogue.url, {"region": "ha-long"})
    assert response.status_code == 200
    assert [p.title for p in response.context["products"]] == ["Chả mực Hạ Long", "Mực khô Hạ Long"]
    assert response.context["search_result"].degraded is False
