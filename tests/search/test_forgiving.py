"""Search that forgives: names in the other language, one-letter typos, place names.

Elasticsearch does all three; the database backend (``make run``, and the outage fallback) finds
other-language names and ranks places first, but cannot forgive typos (README)."""

import pytest

from search.queries import search_catalogue

pytestmark = pytest.mark.elasticsearch


def titles(result):
    assert not result.degraded
    return [p.title for p in result.products]


@pytest.fixture
def forgiving(catalogue):
    """Three more products: fish sauce and oysters from Vân Đồn, sandworm cakes from Tiên Yên,
    and a gift box from Đầm Hà that only mentions Hạ Long."""
    b, r, g = catalogue.builder, catalogue.regions, catalogue.groups
    van_don = b.region("van-don", "Vân Đồn", "Van Don", parent=r.province)
    maker = b.producer("HTX Thủy sản Vân Đồn", "cooperative", van_don)
    catalogue.fish_sauce = b.product(
        "Nước mắm Cái Rồng", maker, van_don, g.processed, stars=4, intro="Nước mắm cá cơm truyền thống."
    )
    catalogue.fish_sauce_en = b.translate(
        catalogue.fish_sauce, "Cai Rong fish sauce", intro="Traditional anchovy fish sauce."
    )
    catalogue.oysters = b.product("Hàu sữa Vân Đồn", maker, van_don, g.food, stars=3)
    catalogue.oysters_en = b.translate(catalogue.oysters, "Van Don milk oysters")
    catalogue.sandworm = b.product("Chả rươi Tiên Yên", catalogue.chicken.producer, r.tien_yen, g.processed)
    catalogue.gift = b.product(
        "Hộp quà Hạ Long", catalogue.honey.producer, r.dam_ha, g.food, intro="Quà tặng mang về từ Hạ Long."
    )
    catalogue.index.index_all()
    return catalogue


@pytest.mark.parametrize(
    "typed, found",
    [
        ("cha muc", "Ha Long squid cakes"),
        ("Chả mực", "Ha Long squid cakes"),
        ("nuoc mam", "Cai Rong fish sauce"),
        ("tra hoa vang", "Ba Che golden camellia tea"),
        ("hau sua", "Van Don milk oysters"),
    ],
)
def test_vietnamese_names_find_products_on_the_english_site(forgiving, typed, found):
    assert titles(search_catalogue(typed, forgiving.en))[0] == found


@pytest.mark.parametrize(
    "typed, found",
    [
        ("fish sauce", "Nước mắm Cái Rồng"),
        ("squid cakes", "Chả mực Hạ Long"),
        ("golden camellia", "Trà hoa vàng Ba Chẽ"),
    ],
)
def test_english_names_find_products_on_the_vietnamese_site(forgiving, typed, found):
    result = search_catalogue(typed, forgiving.vi)
    assert titles(result)[0] == found
    assert {p.locale_id for p in result.products} == {forgiving.vi.pk}  # still the Vietnamese pages


def test_own_language_text_ranks_above_the_other_languages_title(forgiving):
    # "Hạ Long" is in the English title of the squid cakes, and in the Vietnamese text of many
    vi = titles(search_catalogue("ha long", forgiving.vi))
    assert set(vi[:2]) == {"Chả mực Hạ Long", "Mực khô Hạ Long"}


def test_the_other_title_follows_a_newly_published_translation(forgiving, django_capture_on_commit_callbacks):
    """Publishing (or renaming) the English page re-indexes the Vietnamese one too."""
    assert "Gà đồi Tiên Yên" not in titles(search_catalogue("hill chicken", forgiving.vi))
    with django_capture_on_commit_callbacks(execute=True):
        english = forgiving.builder.translate(forgiving.chicken, "Tien Yen hill chicken")
    forgiving.index.refresh()
    assert titles(search_catalogue("hill chicken", forgiving.vi)) == ["Gà đồi Tiên Yên"]
    english.title = "Tien Yen free-range chicken"
    with django_capture_on_commit_callbacks(execute=True):
        english.save_revision().publish()
    forgiving.index.refresh()
    assert titles(search_catalogue("free range chicken", forgiving.vi)) == ["Gà đồi Tiên Yên"]
    assert "Gà đồi Tiên Yên" not in titles(search_catalogue("hill chicken", forgiving.vi))
    with django_capture_on_commit_callbacks(execute=True):
        english.unpublish()
    forgiving.index.refresh()
    assert "Gà đồi Tiên Yên" not in titles(search_catalogue("free range chicken", forgiving.vi))


@pytest.mark.parametrize(
    "typed, locale, found",
    [
        ("nuoc mamm", "vi", "Nước mắm Cái Rồng"),
        ("nuooc mam", "vi", "Nước mắm Cái Rồng"),
        ("oystre", "en", "Van Don milk oysters"),
        ("fish sacue", "en", "Cai Rong fish sauce"),
        ("golden camelia", "en", "Ba Che golden camellia tea"),
    ],
)
def test_one_letter_typos_are_forgiven(forgiving, typed, locale, found):
    assert titles(search_catalogue(typed, getattr(forgiving, locale)))[0] == found


def test_a_typo_match_never_outranks_an_exact_one(forgiving):
    # "ruou" (rượu, spirit) and "ruoi" (rươi, sandworm) are one letter apart
    assert titles(search_catalogue("ruou", forgiving.vi))[0] == "Rượu mơ Yên Tử"
    assert titles(search_catalogue("ruoi", forgiving.vi))[0] == "Chả rươi Tiên Yên"
    assert titles(search_catalogue("rượu", forgiving.vi))[0] == "Rượu mơ Yên Tử"
    assert titles(search_catalogue("rươi", forgiving.vi))[0] == "Chả rươi Tiên Yên"
    # three-letter syllables are whole words: "muc" never finds "mut" or "mua"
    assert titles(search_catalogue("chả mức", forgiving.vi))[0] == "Chả mực Hạ Long"


def test_a_place_name_puts_that_places_products_first(forgiving):
    ranked = titles(search_catalogue("ha long", forgiving.vi))
    assert set(ranked[:2]) == {"Chả mực Hạ Long", "Mực khô Hạ Long"}  # from Hạ Long (and its ward Hồng Gai)
    assert "Hộp quà Hạ Long" in ranked[2:]  # from Đầm Hà, only named after Hạ Long
    assert titles(search_catalogue("Hạ Long", forgiving.vi))[:2] == ranked[:2]
    # the English place name on the English site
    assert set(titles(search_catalogue("van don", forgiving.en))[:2]) == {"Van Don milk oysters", "Cai Rong fish sauce"}


# --- the database backend ---------------------------------------------------------------------


def test_database_backend_finds_other_language_names(forgiving, database_backend):
    result = search_catalogue("cha muc", forgiving.en)
    assert result.engine == "database"
    assert titles(result) == ["Ha Long squid cakes"]
    assert titles(search_catalogue("fish sauce", forgiving.vi)) == ["Nước mắm Cái Rồng"]


def test_database_backend_puts_the_named_places_products_first(forgiving, database_backend):
    ranked = titles(search_catalogue("ha long", forgiving.vi))
    assert set(ranked[:2]) == {"Chả mực Hạ Long", "Mực khô Hạ Long"}
    assert "Hộp quà Hạ Long" in ranked[2:]
