"""The node really analyses text the way the queries expect: asked through ``_analyze``.

The index settings name filters from Elasticsearch's analysis-common module; the test node is the
integration-test distribution plus the project's plugin (scripts/elasticsearch-analysis/). If the
plugin were missing or registered the wrong classes, these tokens would tell."""

import pytest

from search.backend import FULL_ANALYSIS, MissingAnalysis

pytestmark = pytest.mark.elasticsearch

EXPECTED = {
    "ocop_exact": ["chả", "mực"],  # as typed, lower-cased: exact-tone matches rank first
    "ocop_folded": ["cha", "muc"],  # tone marks dropped
    "ocop_english": ["cha", "muc"],  # folded and stemmed (nothing to stem here)
    "ocop_autocomplete": ["c", "ch", "cha", "m", "mu", "muc"],  # edge n-grams of the folded words
    "ocop_autocomplete_search": ["cha", "muc"],
    "ngram_analyzer": ["cha", "muc"],  # modelsearch's, for other models' autocomplete fields (3-15)
    "edgengram_analyzer": ["c", "ch", "cha", "m", "mu", "muc"],
}


def tokens(search_index, analyzer, text):
    answer = search_index.es.indices.analyze(index=search_index.index.name, analyzer=analyzer, text=text)
    return [token["token"] for token in answer["tokens"]]


def test_every_ocop_analyzer_is_checked():
    assert set(EXPECTED) == set(FULL_ANALYSIS["analyzer"])


@pytest.mark.parametrize("analyzer", sorted(EXPECTED))
def test_analyzer_tokens_of_cha_muc(search_index, analyzer):
    assert tokens(search_index, analyzer, "Chả mực") == EXPECTED[analyzer]


def test_folding_takes_d_with_stroke_and_english_stems(search_index):
    assert tokens(search_index, "ocop_folded", "Đặc sản Đầm Hà") == ["dac", "san", "dam", "ha"]
    assert tokens(search_index, "ocop_english", "Squid cakes, oysters") == ["squid", "cake", "oyster"]


def test_a_node_without_the_analysis_filters_is_refused_clearly(search_index, monkeypatch):
    """A node with neither analysis-common nor the plugin: the index is not created half-working."""
    backend, es = search_index.backend, search_index.es
    settings = backend.index_settings()
    settings["settings"]["analysis"]["filter"]["ocop_folding"]["type"] = "no_such_folding"
    monkeypatch.setattr(backend, "index_settings", lambda: settings)  # what such a node lacks
    index = backend.index_class(backend, f"{search_index.index.name}_missing_analysis")
    try:
        with pytest.raises(MissingAnalysis, match="scripts/elasticsearch.sh"):
            index.put()
    finally:
        es.indices.delete(index=index.name, ignore_unavailable=True)
    assert not es.indices.exists(index=index.name)
