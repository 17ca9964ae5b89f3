"""Vietnamese with or without tone marks, "đ" = "d", exact tones first, English stemming, locales."""

import pytest

from search.queries import search_catalogue, suggest_titles

pytestmark = pytest.mark.elasticsearch


def titles(result):
    return [p.title for p in result.products]


@pytest.mark.parametrize("query", ["cha muc ha long", "Chả mực Hạ Long", "CHA MUC", "chả muc"])
def test_squid_cakes_found_with_or_without_tone_marks(catalogue, query):
    result = search_catalogue(query, catalogue.vi)
    assert not result.degraded
    assert titles(result)[0] == "Chả mực Hạ Long"


def test_golden_camellia_tea_found_without_marks(catalogue):
    assert titles(search_catalogue("tra hoa vang", catalogue.vi))[0] == "Trà hoa vàng Ba Chẽ"


def test_d_with_stroke_matches_plain_d(catalogue):
    assert "Gà đồi Tiên Yên" in titles(search_catalogue("ga doi", catalogue.vi))
    # and the other way round: the producer "Đặng Văn Đức" typed with đ or d
    assert "Mật ong rừng Đầm Hà" in titles(search_catalogue("dang van duc", catalogue.vi))
    assert "Mật ong rừng Đầm Hà" in titles(search_catalogue("Đặng Văn Đức", catalogue.vi))


def test_query_typed_in_decomposed_unicode_matches(catalogue):
    import unicodedata

    assert titles(search_catalogue(unicodedata.normalize("NFD", "Trà hoa vàng"), catalogue.vi))[0] == (
        "Trà hoa vàng Ba Chẽ"
    )


def test_exact_tone_marks_rank_first(catalogue):
    # "chè" (tea) and "Chẽ" (Ba Chẽ) are the same word without marks
    assert titles(search_catalogue("chè", catalogue.vi))[0] == "Chè xanh Đầm Hà"
    assert titles(search_catalogue("Chẽ", catalogue.vi))[0] == "Trà hoa vàng Ba Chẽ"
    assert set(titles(search_catalogue("che", catalogue.vi))[:2]) == {"Chè xanh Đầm Hà", "Trà hoa vàng Ba Chẽ"}


def test_region_and_group_names_are_searchable(catalogue):
    found = set(titles(search_catalogue("tien yen", catalogue.vi)))
    assert {"Gà đồi Tiên Yên", "Rượu mơ Yên Tử"} <= found


def test_english_pages_are_stemmed(catalogue):
    assert titles(search_catalogue("squid cake", catalogue.en)) == ["Ha Long squid cakes"]
    assert titles(search_catalogue("flower", catalogue.en)) == ["Ba Che golden camellia tea"]


def test_locales_are_isolated(catalogue):
    vi = search_catalogue("", catalogue.vi)
    en = search_catalogue("", catalogue.en)
    assert {p.locale_id for p in vi.products} == {catalogue.vi.pk}
    assert {p.locale_id for p in en.products} == {catalogue.en.pk}
    assert vi.count == len(catalogue.live_vi)
    assert sorted(titles(en)) == ["Ba Che golden camellia tea", "Ha Long squid cakes"]
    # an English name finds the product on the Vietnamese site, as its Vietnamese page
    assert [(p.title, p.locale_id) for p in search_catalogue("squid", catalogue.vi).products] == [
        ("Chả mực Hạ Long", catalogue.vi.pk)
    ]


def test_drafts_private_and_expired_pages_are_not_found(catalogue):
    found = set(titles(search_catalogue("cha muc", catalogue.vi)))
    assert "Chả mực Hạ Long" in found
    assert not found & {"Chả mực nháp", "Chả mực nội bộ", "Chả mực hết hạn"}
    assert search_catalogue("nội bộ", catalogue.vi).count == 0
    assert search_catalogue("hết hạn", catalogue.vi).count == 0
    assert search_catalogue("nháp", catalogue.vi).count == 0


@pytest.mark.parametrize("typed", ["cha m", "chả mự", "Cha muc h", "cha"])
def test_autocomplete_matches_partial_words_with_or_without_marks(catalogue, typed):
    suggestions, degraded = suggest_titles(typed, catalogue.vi)
    assert not degraded
    assert suggestions[0]["title"] == "Chả mực Hạ Long"
    assert len(suggestions) <= 8


def test_autocomplete_on_two_letters_lists_every_start(catalogue):
    suggestions, _ = suggest_titles("ch", catalogue.vi)
    assert {"Chả mực Hạ Long", "Chè xanh Đầm Hà"} <= {s["title"] for s in suggestions}
