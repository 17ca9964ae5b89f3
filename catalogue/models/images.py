"""A custom image model from day one (changing it later means a data migration)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CatalogueImage(AbstractImage):
    credit = models.CharField(_("credit"), max_length=255, blank=True)

    admin_form_fields = Image.admin_form_fields + ("credit",)

    def find_existing_renditions(self, *filters):
        """Wagtail's lookup, with a prefetch that lacks a rendition checked against the database.

        Wagtail trusts prefetched renditions: one missing from the prefetch is made again (the
        file encoded, an ``INSERT … ON CONFLICT DO NOTHING``). Our listings and pages are kept in
        the content-version cache with their images' renditions prefetched, and making a
        rendition does not move that version, so a list cached before its renditions existed
        had them encoded again at every request until the version moved: on a fresh site the
        home and producer pages took 0.4–0.7 s each (AVIF photos) instead of 15 ms
        (bench/pages/README.md). What the prefetch lacks is looked for in the renditions cache
        and the database, as without a prefetch (one query), and added to the prefetch.
        """
        found = super().find_existing_renditions(*filters)
        missing = [f for f in filters if f not in found]
        if not missing or self._get_prefetched_renditions() is None:
            return found
        prefetches = getattr(self, "_prefetched_objects_cache", {})
        prefetched = prefetches.pop("renditions", None)
        listed = self.__dict__.pop("prefetched_renditions", None)
        try:
            more = super().find_existing_renditions(*missing)
        finally:
            if prefetched is not None:
                prefetches["renditions"] = prefetched
            if listed is not None:
                self.prefetched_renditions = listed
        for rendition in more.values():
            self._add_to_prefetched_renditions(rendition)
        found.update(more)
        return found

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class CatalogueRendition(AbstractRendition):
    image = models.ForeignKey(CatalogueImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
