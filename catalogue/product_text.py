"""Which words make a product's text: the one definition, for every search engine.

The catalogue owns it (the fields of its pages); ``search`` indexes it: Elasticsearch documents
(``search.documents``) and the database backend's folded search field
(``ProductPage.search_folded_text``) both read :func:`product_text` and :func:`other_titles`.

A product's text is its title, description, packaging and ingredients, its producer's name in
the page's language, and the names of its region and group with their ancestors in that language
("Chả mực Hạ Long" is found by "Quảng Ninh" too).
"""

from collections import defaultdict

from site_config.text import fold, normalize

from .taxonomy_tree import tree


class TextContext:
    """What :func:`product_text` needs besides the page: taxonomy trees, producers' titles, the
    live titles of the product in every language. ``for_page`` loads it for one page (saves and
    the database backend's ``update_index``); ``search.documents.DocumentContext`` for a batch."""

    def __init__(self, regions, groups, producers, producer_titles, titles):
        self.regions, self.groups = regions, groups  # catalogue.taxonomy_tree.Tree
        self.producers = producers  # {producer page id: (translation key, producer type, title, locale id)}
        self.producer_titles = producer_titles  # {(producer translation key, locale id): title}
        self.titles = titles  # live_titles()

    @classmethod
    def for_page(cls, page):
        from .models import ProducerPage, ProductGroup, Region

        producers, titles = {}, {}
        producer = (
            ProducerPage.objects.filter(pk=page.producer_id)
            .values_list("translation_key", "producer_type", "title", "locale_id")
            .first()
        )
        if producer:
            producers[page.producer_id] = producer
            title = (
                ProducerPage.objects.filter(translation_key=producer[0], locale_id=page.locale_id)
                .values_list("title", flat=True)
                .first()
            )
            if title:
                titles[(producer[0], page.locale_id)] = title
        return cls(tree(Region), tree(ProductGroup), producers, titles, live_titles([page.translation_key]))


def live_titles(translation_keys):
    """{translation key: {locale id: title}} of the live product pages of these products."""
    from .models import ProductPage

    titles = defaultdict(dict)
    for key, locale_id, title in ProductPage.objects.filter(
        translation_key__in=translation_keys, live=True
    ).values_list("translation_key", "locale_id", "title"):
        titles[key][locale_id] = normalize(title)
    return titles


def _streamfield_text(page, field_name):
    field = page._meta.get_field(field_name)
    try:
        return " ".join(str(s) for s in field.get_searchable_content(getattr(page, field_name)))
    except Exception:  # a malformed block must not stop indexing the rest of the page
        return ""


def _context(page, context):
    return context or getattr(page, "_ocop_document_context", None) or TextContext.for_page(page)


def product_text(page, context=None):
    """All searchable text of a product in its page's language (NFC): title first.

    Memoised on the page: the document builder and the page's ``search_folded_text`` both use it.
    """
    cached = getattr(page, "_ocop_search_text", None)
    if cached is not None:
        return cached
    context = _context(page, context)
    producer = context.producers.get(page.producer_id)
    producer_title = ""
    if producer:
        key, _type, title, _locale = producer
        producer_title = context.producer_titles.get((key, page.locale_id), title)
    parts = [
        page.title,
        page.intro,
        _streamfield_text(page, "body"),
        page.packaging,
        page.ingredients,
        producer_title,
        " ".join(context.regions.names_up(page.region_id, page.locale_id)),
        " ".join(context.groups.names_up(page.group_id, page.locale_id)),
    ]
    page._ocop_search_text = normalize(" ".join(p for p in parts if p))
    return page._ocop_search_text


def other_titles(page, context=None):
    """The titles of the product's live translations in other languages ("" when none).

    A foreign buyer may know a speciality by its Vietnamese name ("chả mực"), a Vietnamese
    buyer by its English one ("fish sauce"): each language's document carries the others'.
    """
    cached = getattr(page, "_ocop_other_titles", None)
    if cached is not None:
        return cached
    titles = _context(page, context).titles.get(page.translation_key, {})
    page._ocop_other_titles = " ".join(
        title for locale_id, title in sorted(titles.items()) if locale_id != page.locale_id
    )
    return page._ocop_other_titles


def folded_search_text(page):
    """ASCII-folded text of a product and its titles in the other languages, for the database
    backend's search field (Elasticsearch keeps the other titles in a field of their own)."""
    cached = getattr(page, "_ocop_folded_text", None)
    if cached is None:
        cached = page._ocop_folded_text = fold(f"{product_text(page)} {other_titles(page)}")
    return cached
