"""Hostile or odd search input on both backends: a 400 naming the parameter, never a 500;
quotes and query syntax never reach an engine; the JSON API answers every error in JSON."""

import sqlite3

import pytest
from django.test import override_settings

from search.queries import search_catalogue, suggest
from site_config.text import fold, query_words

pytestmark = pytest.mark.elasticsearch

QUOTES_AND_SYNTAX = [
    '"',
    '"cha muc"',
    'cha "muc',
    "cha' muc",
    'tra\\ "hoa',
    "cha* OR (muc",
    "-cha +muc^2",
    "muc~ NEAR/2 cha",
    "title:cha",
    "cha AND NOT muc",
    "{!} [muc TO *]",
    "«chả mực»",
]


@pytest.fixture(params=["elasticsearch", "database"])
def backend(request, catalogue):
    if request.param == "database":
        request.getfixturevalue("database_backend")
    return request.param


@pytest.mark.parametrize("typed", QUOTES_AND_SYNTAX)
def test_quotes_and_query_syntax_are_plain_words(backend, catalogue, client, typed):
    result = search_catalogue(typed, catalogue.vi)
    assert result.engine == backend and not result.degraded
    if set(query_words(fold(typed)).split()) == {"cha", "muc"}:  # the syntax around the words is ignored
        assert "Chả mực Hạ Long" in {p.title for p in result.products}
    assert client.get("/vi/search/", {"q": typed}).status_code == 200
    assert client.get("/api/v1/search/", {"q": typed}).status_code == 200
    response = client.get("/api/v1/search/suggest/", {"q": typed})
    assert response.status_code == 200 and response.json()["degraded"] is False


def test_a_lone_quote_finds_nothing_rather_than_everything(backend, catalogue):
    assert search_catalogue('"', catalogue.vi).count == 0
    assert suggest('"', catalogue.vi) == ([], False)


def test_sqlite_fts5_accepts_what_the_database_backend_is_sent():
    """``make run`` searches SQLite FTS5: modelsearch quotes each word but escapes only ' and \\,
    so a " in a word ends the string early ("unterminated string"). The words we send cannot."""

    def match_expression(text):
        # what modelsearch's SQLite backend builds from a query string (Lexeme.as_sql in
        # modelsearch/backends/database/sqlite/query.py, which cannot be imported on PostgreSQL)
        words = [word.replace("'", "''").replace("\\", "\\\\") for word in text.split()]
        return " AND ".join(f'"{word}"' for word in words)

    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 2')")
    db.execute("INSERT INTO t(body) VALUES (?)", [fold("Chả mực Hạ Long")])
    with pytest.raises(sqlite3.OperationalError):
        db.execute("SELECT count(*) FROM t WHERE t MATCH ?", [match_expression(fold('cha "muc'))]).fetchone()
    for typed in QUOTES_AND_SYNTAX:
        words = query_words(fold(typed))
        if words:
            db.execute("SELECT count(*) FROM t WHERE t MATCH ?", [match_expression(words)]).fetchone()
    assert db.execute(
        "SELECT count(*) FROM t WHERE t MATCH ?", [match_expression(query_words(fold('"Chả mực"')))]
    ).fetchone() == (1,)


NON_ASCII_NUMBERS = [
    ("page", "²"),
    ("stars", "²"),
    ("price_min", "²"),
    ("price_max", "٣"),
    ("page", "١"),
    ("stars", "৪"),
    ("price_min", "１０"),
    ("page", "2²"),
]


@pytest.mark.parametrize("parameter, value", NON_ASCII_NUMBERS)
def test_non_ascii_digits_are_a_400_naming_the_parameter(backend, catalogue, client, parameter, value):
    response = client.get("/api/v1/search/", {parameter: value})
    assert response.status_code == 400
    assert response.json()["error"]["parameter"] == parameter
    page = client.get("/vi/search/", {"q": "tra", parameter: value})
    assert page.status_code == 400
    assert b"data-search-error" in page.content
    assert "Trà hoa vàng Ba Chẽ" in page.content.decode()  # the rest of the search still answers
    catalogue_page = client.get(catalogue.builder.catalogue.url, {parameter: value})
    assert catalogue_page.status_code in (200, 400)


def test_api_errors_are_json(catalogue, client):
    not_found = client.get("/api/v1/search/nothing-here/")
    assert not_found.status_code == 404
    assert not_found["Content-Type"] == "application/json"
    assert not_found.json()["error"]["status"] == 404
    wrong_method = client.post("/api/v1/search/", {"q": "tra"})
    assert wrong_method.status_code == 405
    assert wrong_method.json()["error"]["status"] == 405
    assert wrong_method["Allow"] == "GET"
    nul = client.get("/api/v1/search/?q=a%00b")
    assert nul.status_code == 400 and nul.json()["error"]["status"] == 400
    # the API's own 400 keeps its shape (the parameter it names)
    assert client.get("/api/v1/search/", {"stars": "9"}).json()["error"]["parameter"] == "stars"


def test_an_unexpected_error_in_the_api_is_a_json_500(catalogue, client, settings):
    """Elasticsearch down and the fallback misconfigured: a real failure, not the HTML 500 page."""
    client.raise_request_exception = False
    backends = {**settings.WAGTAILSEARCH_BACKENDS}
    backends["default"] = {**backends["default"], "URLS": ["http://127.0.0.1:1"]}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends, OCOP_SEARCH_FALLBACK_BACKEND="missing"):
        response = client.get("/api/v1/search/", {"q": "tra"})
        page = client.get("/vi/search/", {"q": "tra"})
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]["status"] == 500
    assert b"Traceback" not in response.content
    assert page.status_code == 500 and page["Content-Type"].startswith("text/html")  # pages keep the page
