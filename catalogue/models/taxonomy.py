"""Regions, product groups and producer types.

Regions and product groups are editable, translatable data (never code): a shallow tree of
rows per language, linked across languages by ``translation_key`` and sharing one ``slug``,
which is what URLs and search filters use. Pages point at the rows of the default
(Vietnamese) locale; templates show ``obj.localized`` for the visitor's language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..taxonomy_tree import tree


def default_locale_q():
    """Choices limited to the source language, where the tree and the page links live."""
    return models.Q(locale_id=Locale.get_default().pk)


class ProducerType(models.TextChoices):
    """Legal forms of an OCOP producer ("chủ thể")."""

    ENTERPRISE = "enterprise", _("Enterprise")
    COOPERATIVE = "cooperative", _("Cooperative")
    COOPERATIVE_GROUP = "cooperative_group", _("Cooperative group")
    HOUSEHOLD = "household", _("Household producer")


class TaxonomyNode(TranslatableMixin, models.Model):
    """A node of an editable, translatable tree with a language-independent slug."""

    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        help_text=_("Used in URLs and search filters; the same in every language."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        limit_choices_to=default_locale_q,
    )
    sort_order = models.PositiveIntegerField(_("sort order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("parent"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale_id")]
    # The name is translated; the slug and the tree are the same in every language.
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        SynchronizedField("parent"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @classmethod
    def descendant_ids(cls, node):
        """Ids of ``node`` and all nodes below it (source-language rows); see catalogue.taxonomy_tree."""
        return tree(cls).descendant_ids(node.pk)

    def name_in(self, locale_id):
        """This node's name in a language (from the shared tree snapshot: no query)."""
        return tree(type(self)).name(self.pk, locale_id) or self.name

    def ancestors(self):
        """From the root down to the parent of this node."""
        ids = tree(type(self)).ancestor_ids(self.pk)
        found = type(self).objects.in_bulk(ids)
        return [found[pk] for pk in ids if pk in found]


class RegionKind(models.TextChoices):
    PROVINCE = "province", _("Province")
    LOCALITY = "locality", _("Locality")
    WARD = "ward", _("Ward or commune")


class Region(TaxonomyNode):
    """Province → familiar locality (Hạ Long, Ba Chẽ…) → commune/ward of the post-2025 list."""

    kind = models.CharField(_("kind"), max_length=16, choices=RegionKind.choices, default=RegionKind.LOCALITY)
    official_code = models.CharField(
        _("official code"),
        max_length=10,
        blank=True,
        help_text=_("Code of the province or ward in the official list, where there is one."),
    )
    description = models.TextField(_("description"), blank=True)
    image = models.ForeignKey(
        "catalogue.CatalogueImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = TaxonomyNode.panels + [
        FieldPanel("kind"),
        FieldPanel("official_code"),
        FieldPanel("description"),
        FieldPanel("image"),
    ]
    translatable_fields = TaxonomyNode.translatable_fields + [
        TranslatableField("description"),
        SynchronizedField("kind"),
        SynchronizedField("official_code"),
        SynchronizedField("image"),
    ]

    class Meta(TaxonomyNode.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_region_slug_per_locale"),
        ]


class ProductGroup(TaxonomyNode):
    """A product group of the OCOP criteria, with sub-groups; editable as criteria change."""

    description = models.TextField(_("description"), blank=True)
    image = models.ForeignKey(
        "catalogue.CatalogueImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = TaxonomyNode.panels + [FieldPanel("description"), FieldPanel("image")]
    translatable_fields = TaxonomyNode.translatable_fields + [
        TranslatableField("description"),
        SynchronizedField("image"),
    ]

    class Meta(TaxonomyNode.Meta):
        verbose_name = _("product group")
        verbose_name_plural = _("product groups")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_group_slug_per_locale"),
        ]
