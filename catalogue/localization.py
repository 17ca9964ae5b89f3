"""Translating content through wagtail-localize from code (demo data, scale data, tests).

An editor translates in the admin; code does the same thing the same way: fill the
translation memory (StringTranslation rows) for the source's segments, then let
``Translation.save_target`` build and publish the target. This keeps the translation linked
to its source (synced mode), unlike ``copy_for_translation`` or ``TranslationCreator``,
which publish a copy still in the source language (see shared/pitfalls.md).
"""

from django.db import transaction
from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


class MissingTranslation(LookupError):
    pass


def _fill_strings(source, locale, strings, strict):
    missing = []
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = segment.string.data
        target = strings.get(text)
        if target is None:
            missing.append(text)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": target, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    if missing and strict:
        raise MissingTranslation(f"No {locale.language_code} text for: {missing[:5]}")


@transaction.atomic
def translate_instance(instance, locale, strings, publish=True, strict=True):
    """Translate a page or snippet into ``locale`` using ``strings`` ({source text: translation}).

    With ``strict`` every source string must have a translation, so nothing in the source
    language leaks into the target. Returns the translated instance.
    """
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(
        source=source,
        target_locale=locale,
        defaults={"enabled": True},
    )
    _fill_strings(source, locale, strings, strict)
    if not isinstance(instance, Page):
        translation.save_target(publish=True)  # snippets have no drafts
        return instance.get_translation(locale)
    # save_target(publish=True) defers the publish to transaction.on_commit with the page
    # object it had in memory. Inside an outer transaction (a test, a bulk load) that object
    # is stale by then: publishing it writes back an old `numchild` and hides every child page
    # added meanwhile (English pages 404). Save a draft, then publish a fresh copy now.
    translation.save_target(publish=False)
    translated = instance.get_translation(locale)
    if publish:
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated


def translate_snippet(instance, locale, strings):
    return translate_instance(instance, locale, strings, publish=True, strict=True)
