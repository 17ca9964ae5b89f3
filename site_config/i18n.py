"""Reading translated objects in bulk: the visitor-language version of many pages or snippets
in one query per model, instead of one ``.localized`` (two queries) per object."""

from wagtail.models import Locale, Page

from .content_version import cached


class CachedLocalizedMixin:
    """A page type whose ``localized`` (the page in the active language; itself when that
    translation is missing or not live) is kept per content version, which publishing or
    unpublishing a translation raises. For pages asked for it at every request: the site's root by
    Wagtail's routing (``site.root_page.localized``), a product's producer on its page; a query
    each per English request otherwise. Put it before ``Page`` in the bases."""

    @property
    def localized(self):
        try:
            locale = Locale.get_active()
        except (LookupError, Locale.DoesNotExist):  # a language without content, as Wagtail's
            return self
        if locale.pk == self.locale_id:
            return self
        return cached(f"localized:{self.pk}:{locale.pk}", lambda: super(CachedLocalizedMixin, self).localized)


def localized_many(objects, locale=None):
    """Each object in ``locale`` (default: the active one) when translated, else the object itself.

    Keeps the order of ``objects``. Pages come back as plain ``Page`` rows (enough for titles
    and URLs); snippets as their own model.
    """
    objects = [obj for obj in objects if obj is not None]
    if not objects:
        return []
    locale = locale or Locale.get_active()
    translations = {}
    by_model = {}
    for obj in objects:
        model = Page if isinstance(obj, Page) else type(obj)
        by_model.setdefault(model, set()).add(obj.translation_key)
    for model, keys in by_model.items():
        queryset = model.objects.filter(locale=locale, translation_key__in=keys)
        if model is Page:
            queryset = queryset.live()
        for translated in queryset:
            translations[(model, translated.translation_key)] = translated
    return [
        obj
        if obj.locale_id == locale.pk
        else translations.get((Page if isinstance(obj, Page) else type(obj), obj.translation_key), obj)
        for obj in objects
    ]
