"""A record of catalogues built by ``manage.py generate_catalogue --shape``.

The figures page shows the report-style comparison on its own when the catalogue was built in
the report's shape (``catalogue.figures.built_as``); editors can also switch it on.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class GeneratedCatalogue(models.Model):
    shape = models.CharField(_("shape"), max_length=32)
    seed = models.IntegerField(_("seed"))
    products = models.PositiveIntegerField(_("products"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("generated catalogue")
        verbose_name_plural = _("generated catalogues")

    def __str__(self):
        return f"{self.shape} (seed {self.seed})"
