"""The home page of each language and plain content pages (about the programme, terms…)."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import Http404, HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from catalogue.blocks import StoryBlock
from catalogue.models.pages import PAGE_FIELDS
from site_config.content_version import cached, cached_today, slug_key
from site_config.i18n import CachedLocalizedMixin, localized_many
from site_config.seo import SITE_NAME, TAGLINE, SeoPageMixin, home_ld


class HomePage(CachedLocalizedMixin, SeoPageMixin, Page):
    hero_heading = models.CharField(_("hero heading"), max_length=255, blank=True)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "catalogue.CatalogueImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    intro = models.TextField(_("about the programme"), blank=True)
    featured_count = models.PositiveSmallIntegerField(_("number of featured products"), default=8)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text"), FieldPanel("hero_image")], heading=_("Hero")
        ),
        FieldPanel("intro"),
        FieldPanel("featured_count"),
    ]
    promote_panels = SeoPageMixin.promote_panels
    translatable_fields = PAGE_FIELDS + [
        TranslatableField("hero_heading"),
        TranslatableField("hero_text"),
        TranslatableField("intro"),
        SynchronizedField("hero_image"),
        SynchronizedField("featured_count"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "catalogue.CatalogueIndexPage",
        "catalogue.ProducerIndexPage",
        "catalogue.FairIndexPage",
        "home.StandardPage",
        "home.FiguresPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def meta_description(self):
        return self.search_description or self.hero_text

    def sharing_image(self):
        return self.social_image or self.hero_image

    def tagline(self):
        return self.seo_title or str(TAGLINE)

    def document_title(self):
        """ "OCOP Quảng Ninh – <tagline>", never the page's own title ("Trang chủ", "Home")."""
        return f"{SITE_NAME} – {self.tagline()}"

    def structured_data(self, request):
        return home_ld(self, request, SITE_NAME, self.tagline())

    def _featured(self):
        """Four and five stars, the newest first. A product re-rated lower while its older
        certificate is still valid is left out: the card shows the current stars."""
        from catalogue.models import ProductPage
        from catalogue.queries import first_listed, rated_at_least

        candidates = (
            ProductPage.objects.live().public().filter(locale_id=self.locale_id, translation_key__in=rated_at_least(4))
        )
        featured = [p for p in first_listed(candidates, self.featured_count * 2) if (p.current_stars or 0) >= 4]
        return featured[: self.featured_count]

    def get_context(self, request, *args, **kwargs):
        from catalogue.models import ProducerPage
        from catalogue.queries import localities, top_level_groups

        from .templatetags.home_navigation import sections_for

        context = super().get_context(request, *args, **kwargs)
        # Kept per content version and day, as the product page's related products are.
        context["featured_products"] = cached_today(f"home:featured:{self.pk}:{self.featured_count}", self._featured)
        context["producers"] = cached(
            f"home:producers:{self.locale_id}",
            lambda: list(
                ProducerPage.objects.live()
                .public()
                .filter(locale_id=self.locale_id)
                .select_related("image", "region")
                .prefetch_related("image__renditions")
                .order_by("-first_published_at")[:3]
            ),
        )
        # The taxonomy changes rarely: read again only when the content version moves.
        context["localities"] = cached(
            f"home:localities:{self.locale_id}", lambda: localized_many(localities(), self.locale)
        )
        context["groups"] = cached(
            f"home:groups:{self.locale_id}", lambda: localized_many(top_level_groups(), self.locale)
        )
        # The header already looked the section pages up (one query, memoised on the request).
        sections = sections_for(request)
        context["catalogue_page"] = sections.get("catalogue_page")
        context["producer_index"] = sections.get("producers_page")
        return context

    def route(self, request, path_components):
        # Every catalogue, producer and content page is reached through here: the child (its
        # specific page) from the content-version cache, which every publish, unpublish and move
        # raises; Wagtail reads the base row, then the specific one, on every request.
        if path_components:
            slug = path_components[0]
            child = cached(f"child-page:{self.pk}:{slug_key(slug)}", lambda: self._specific_child(slug))
            if child is not None:
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def _specific_child(self, slug):
        found = self.get_children().filter(slug=slug).values_list("pk", "content_type_id").first()
        model = ContentType.objects.get_for_id(found[1]).model_class() if found else None
        return model.objects.filter(pk=found[0]).first() if model is not None else None

    @classmethod
    def for_locale(cls, locale=None):
        locale = locale or Locale.get_active()
        return cls.objects.filter(locale=locale).live().first()


class StandardPage(SeoPageMixin, Page):
    """A plain content page: about OCOP, delivery and returns, terms, the demo-data notice."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(StoryBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    promote_panels = SeoPageMixin.promote_panels
    translatable_fields = PAGE_FIELDS + [TranslatableField("intro"), TranslatableField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.FiguresPage"]

    class Meta:
        verbose_name = _("content page")


class FiguresPage(RoutablePageMixin, SeoPageMixin, Page):
    """The programme's figures, computed live from the catalogue (catalogue.figures), as tables,
    server-drawn charts and CSV files; with the 2017–2020 report's figures alongside when an
    editor asks for them or the catalogue was built in the report's shape."""

    intro = models.TextField(_("introduction"), blank=True)
    show_report_comparison = models.BooleanField(
        _("compare with the 2017–2020 report"),
        default=False,
        help_text=_(
            "Show the province's 2017–2020 report figures next to the live ones. Shown anyway when the "
            "catalogue was generated in the report's shape."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("show_report_comparison")]
    promote_panels = SeoPageMixin.promote_panels
    translatable_fields = PAGE_FIELDS + [
        TranslatableField("intro"),
        SynchronizedField("show_report_comparison"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("programme figures page")

    def figure_tables(self):
        """(the tables, the comparison table or None), labelled in this page's language."""
        from catalogue.figures import REPORT_2020, built_as, programme_figures

        from .figures import comparison_table, figure_tables

        figures = programme_figures()
        tables = figure_tables(figures, self.locale)
        comparison = None
        if self.show_report_comparison or built_as(REPORT_2020):
            comparison = comparison_table(figures, self.locale)
        return figures, tables, comparison

    @path("")
    def index_route(self, request):
        figures, tables, comparison = self.figure_tables()
        return self.render(request, context_overrides={"figures": figures, "tables": tables, "comparison": comparison})

    @path("csv/<slug:key>/", name="csv")
    def csv_route(self, request, key):
        from .figures import table_csv

        _figures, tables, comparison = self.figure_tables()
        found = {table.key: table for table in [*tables, *([comparison] if comparison else [])]}
        if key not in found:
            raise Http404
        response = HttpResponse(table_csv(found[key]), content_type="text/csv; charset=utf-8")
        filename = f"ocop-{found[key].key}-{self.locale.language_code}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
