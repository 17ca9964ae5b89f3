"""Which translations of a page are out of date, what changed, and bringing them up to date.

wagtail-localize keeps, per source page, the text it last extracted (``TranslationSource``,
its ``StringSegment`` rows and ``last_updated_at``). After the Vietnamese page is published
again, that copy is stale: the translation editor keeps showing the old strings as
"translated" until someone syncs. A translation is *out of date* when the source was
published after the last sync; *what changed* is the difference between the live source's
text and the extracted one, field by field. ``update_translations`` syncs (as wagtail-localize's
"Sync translated pages" does): changed strings then show as untranslated in the translation
editor, and the translated page stays as it is (live or draft) until the translator publishes.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue


@dataclass
class Change:
    field: str  # the field's label, e.g. "Short description"
    before: str
    after: str


@dataclass
class StaleSource:
    source: TranslationSource
    page: Page  # the source-language page
    translations: list = field(default_factory=list)  # [(Translation, translated page or None)]
    changes: list = field(default_factory=list)  # [Change]


def _field_label(model, path):
    name = path.split(".")[0]
    try:
        return str(model._meta.get_field(name).verbose_name).capitalize()
    except Exception:  # a path wagtail-localize made up (e.g. a block id): show it as is
        return name


def _text_by_path(pairs):
    text = {}
    for path, data in pairs:
        text[path] = f"{text[path]} {data}".strip() if path in text else data
    return text


def changes_since_sync(source, page):
    """What the live source page says now that the translation source does not, per field."""
    # The page row holds the live content (drafts live in revisions), as update_from_db reads it.
    now = _text_by_path(
        (segment.path, segment.string.data)
        for segment in extract_segments(page)
        if isinstance(segment, StringSegmentValue)
    )
    then = _text_by_path(StringSegment.objects.filter(source=source).values_list("context__path", "string__data"))
    changes = []
    for path in sorted(set(now) | set(then)):
        if now.get(path) != then.get(path):
            changes.append(Change(_field_label(type(page), path), then.get(path, ""), now.get(path, "")))
    return changes


def _is_stale(source, page):
    return bool(page.live and page.last_published_at and page.last_published_at > source.last_updated_at)


def stale_sources(translation_key=None):
    """Every page source published since its translations were last synced, with the changes."""
    page_types = ContentType.objects.filter(pk__in=Page.objects.values("content_type_id").distinct())
    sources = TranslationSource.objects.filter(specific_content_type__in=page_types).select_related("locale")
    if translation_key is not None:
        sources = sources.filter(object_id=translation_key)
    stale = []
    for source in sources:
        page = Page.objects.filter(translation_key=source.object_id, locale=source.locale).first()
        if page is None:
            continue
        page = page.specific
        if not _is_stale(source, page):
            continue
        translations = [
            (t, Page.objects.filter(translation_key=source.object_id, locale=t.target_locale).first())
            for t in Translation.objects.filter(source=source, enabled=True).select_related("target_locale")
        ]
        if not translations:
            continue
        stale.append(StaleSource(source, page, translations, changes_since_sync(source, page)))
    return stale


def stale_for_page(page):
    """The stale source behind ``page``, whether ``page`` is the source or one of its translations."""
    found = stale_sources(translation_key=page.translation_key)
    return found[0] if found else None


@transaction.atomic
def update_translations(sources, user=None):
    """Sync each source from its live page, as wagtail-localize's "Sync translated pages" does.

    The translated pages are not published: the strings that changed now show as untranslated
    in the translation editor, where the translator translates and publishes them.
    """
    for source in sources:
        source.update_from_db()
        for translation in source.translations.filter(enabled=True).select_related("target_locale"):
            source.update_target_view_restrictions(translation.target_locale)
