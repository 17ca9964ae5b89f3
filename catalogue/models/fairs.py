"""Fairs and promotion events: an index of fairs, a page per fair with its booths.

A booth row says which producer attends (and, optionally, which of its products it shows) and
where to find it. The rows are synchronised across translations (they name pages, not text):
they point at the pages the editor chose, matched by translation key wherever they are read.
The rules (which fair is running now, in Vietnam time; the badge) are in ``catalogue.fairs``.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from site_config.seo import SeoPageMixin

from ..panels import TranslationStatusPanel
from .pages import PAGE_FIELDS, AsciiSlugMixin


class EventStatus(models.TextChoices):
    """schema.org's EventStatusType values an editor can choose."""

    SCHEDULED = "scheduled", _("takes place as planned")
    POSTPONED = "postponed", _("postponed (new dates not yet known)")
    CANCELLED = "cancelled", _("cancelled")


class AttendanceMode(models.TextChoices):
    OFFLINE = "offline", _("in person")
    MIXED = "mixed", _("in person and online")
    ONLINE = "online", _("online only")


class FairIndexPage(SeoPageMixin, Page):
    """Fairs and promotion events: the ones running or to come first, then the past ones."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = SeoPageMixin.promote_panels
    translatable_fields = PAGE_FIELDS + [TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["catalogue.FairPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("fairs index")

    def get_context(self, request, *args, **kwargs):
        from ..fairs.attendance import upcoming_and_past

        context = super().get_context(request, *args, **kwargs)
        context["upcoming_fairs"], context["past_fairs"] = upcoming_and_past(
            FairPage.objects.child_of(self).live().public().select_related("image")
        )
        return context


class FairPage(RoutablePageMixin, AsciiSlugMixin, SeoPageMixin, Page):
    """One fair: when (start and end, Vietnam time), where, who organises it, who exhibits."""

    start = models.DateTimeField(_("starts"), help_text=_("Vietnam time."))
    end = models.DateTimeField(_("ends"), help_text=_("Vietnam time. The fair is over at this moment."))
    venue = models.CharField(_("place"), max_length=255, help_text=_("The venue's name, e.g. the exhibition centre."))
    address = models.CharField(_("address"), max_length=255, blank=True)
    organiser = models.CharField(_("organiser"), max_length=255)
    organiser_url = models.URLField(_("organiser's website"), blank=True)
    intro = models.TextField(_("short description"), max_length=500, blank=True)
    body = RichTextField(_("description"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])
    image = models.ForeignKey(
        "catalogue.CatalogueImage",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    event_status = models.CharField(
        _("status"), max_length=16, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    attendance_mode = models.CharField(
        _("attendance"), max_length=16, choices=AttendanceMode.choices, default=AttendanceMode.OFFLINE
    )
    online_url = models.URLField(_("online address"), blank=True, help_text=_("For fairs held online too."))

    content_panels = (
        [TranslationStatusPanel()]
        + Page.content_panels
        + [
            FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
            MultiFieldPanel(
                [
                    FieldPanel("venue"),
                    FieldPanel("address"),
                    FieldRowPanel([FieldPanel("attendance_mode"), FieldPanel("online_url")]),
                ],
                heading=_("Where"),
            ),
            FieldRowPanel([FieldPanel("organiser"), FieldPanel("organiser_url")]),
            FieldPanel("event_status"),
            FieldPanel("intro"),
            FieldPanel("image"),
            FieldPanel("body"),
            InlinePanel("booths", heading=_("Booths"), label=_("booth")),
        ]
    )
    promote_panels = SeoPageMixin.promote_panels
    translatable_fields = PAGE_FIELDS + [
        TranslatableField("venue"),
        TranslatableField("organiser"),
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("address"),
        SynchronizedField("organiser_url"),
        SynchronizedField("image"),
        SynchronizedField("event_status"),
        SynchronizedField("attendance_mode"),
        SynchronizedField("online_url"),
        SynchronizedField("booths"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.FilterField("locale_id")]

    parent_page_types = ["catalogue.FairIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("fair")
        verbose_name_plural = _("fairs")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("A fair ends after it starts.")})

    def is_running(self, now=None):
        now = now or timezone.now()
        return self.event_status == EventStatus.SCHEDULED and self.start <= now < self.end

    def is_over(self, now=None):
        return (now or timezone.now()) >= self.end

    def structured_data(self, request):
        from ..fairs.markup import event_ld

        return event_ld(self, request)

    def get_context(self, request, *args, **kwargs):
        from ..fairs.attendance import exhibitors

        context = super().get_context(request, *args, **kwargs)
        context["exhibitors"] = exhibitors(self)
        return context

    @path("")
    def index_route(self, request):
        return self.render(request)

    @path("ics/", name="ics")
    def calendar_route(self, request):
        from ..fairs.calendar import fair_calendar

        response = HttpResponse(fair_calendar(self), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response


class FairBooth(Orderable):
    """A producer at a fair, with the products it shows (none listed: its whole range)."""

    fair = ParentalKey(FairPage, on_delete=models.CASCADE, related_name="booths")
    producer = models.ForeignKey(
        "catalogue.ProducerPage", verbose_name=_("producer"), on_delete=models.CASCADE, related_name="+"
    )
    product = models.ForeignKey(
        "catalogue.ProductPage",
        verbose_name=_("product"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Optional: add one row per product shown. A producer without products listed shows its range."),
    )
    booth_number = models.CharField(_("booth number"), max_length=16, blank=True)

    panels = [FieldPanel("producer"), FieldPanel("product"), FieldPanel("booth_number")]

    class Meta(Orderable.Meta):
        verbose_name = _("booth")
        verbose_name_plural = _("booths")

    def clean(self):
        super().clean()
        if (
            self.product_id
            and self.producer_id
            and self.product.producer.translation_key != self.producer.translation_key
        ):
            raise ValidationError({"product": _("This product is not made by the producer of this booth.")})
