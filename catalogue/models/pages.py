"""Page types of the catalogue: product and producer indexes, products, producer stories."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from site_config.seo import SeoPageMixin, organization_ld, product_ld

from ..blocks import StoryBlock
from .taxonomy import ProducerType, ProductGroup, Region, default_locale_q

PAGE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
    SynchronizedField("social_image"),
]

PER_PAGE = 24


def paginate(request, items, per_page=PER_PAGE):
    """A page of ``items``; out-of-range or malformed page numbers fall back, never 500."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


class CatalogueIndexPage(RoutablePageMixin, SeoPageMixin, Page):
    """The product catalogue, with a page per locality and per product group."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = SeoPageMixin.promote_panels
    translatable_fields = PAGE_FIELDS + [TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["catalogue.ProductPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("product catalogue")

    def products(self):
        from ..queries import listing_products

        return listing_products(ProductPage.objects.child_of(self).live().public())

    def get_context(self, request, *args, **kwargs):
        # The catalogue and the search page share one query path (search.queries); a browsing
        # page ignores malformed filters instead of answering 400.
        from search.pagination import ResultPage
        from search.params import InvalidParameter, SearchRequest, parse_search_params
        from search.queries import search_catalogue

        context = super().get_context(request, *args, **kwargs)
        try:
            search = parse_search_params(request.GET)
        except InvalidParameter:
            search = SearchRequest()
        result = search_catalogue(search.text, self.locale, search.filters, search.sort, search.page)
        context.setdefault("products", ResultPage(result))
        context.setdefault("filters", result.filters)
        context.setdefault("search_result", result)
        return context

    @path("")
    def index_route(self, request):
        return self.render(request)

    @path("region/<slug:slug>/", name="region")
    def region_route(self, request, slug):
        region = get_object_or_404(Region, slug=slug, locale=Locale.get_default())
        products = self.products().filter(region_id__in=Region.descendant_ids(region))
        return self._render_term(request, "region", region, products)

    @path("group/<slug:slug>/", name="group")
    def group_route(self, request, slug):
        group = get_object_or_404(ProductGroup, slug=slug, locale=Locale.get_default())
        products = self.products().filter(group_id__in=ProductGroup.descendant_ids(group))
        return self._render_term(request, "group", group, products)

    def _render_term(self, request, kind, term, products):
        """A locality's or a group's page: one template, ``kind`` says which."""
        term = term.localized
        return self.render(
            request,
            context_overrides={kind: term, "term": term, "kind": kind, "products": paginate(request, products)},
            template="catalogue/taxonomy_page.html",
        )


class AbroadRestriction(models.TextChoices):
    """Why a product cannot be sent abroad (empty: it can)."""

    PERISHABLE = "perishable", _("perishable")
    FROZEN = "frozen", _("frozen (−18 °C)")
    ALCOHOL = "alcohol", _("alcohol")
    LIQUID = "liquid", _("liquid food in glass")


class ProductPage(SeoPageMixin, Page):
    """An OCOP product: the text is translated, everything sold or certified is shared."""

    producer = models.ForeignKey(
        "catalogue.ProducerPage", verbose_name=_("producer"), on_delete=models.PROTECT,
        related_name="products",
    )
    group = models.ForeignKey(
        ProductGroup, verbose_name=_("product group"), on_delete=models.PROTECT,
        related_name="products", limit_choices_to=default_locale_q,
    )
    region = models.ForeignKey(
        Region, verbose_name=_("origin"), on_delete=models.PROTECT, related_name="products",
        limit_choices_to=default_locale_q,
    )
    image = models.ForeignKey(
        "catalogue.CatalogueImage", verbose_name=_("main image"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    intro = models.TextField(_("short description"), max_length=500, blank=True)
    body = StreamField(StoryBlock(), verbose_name=_("description"), blank=True)
    gallery = StreamField(
        [("image", ImageBlock(label=_("image")))], verbose_name=_("gallery"), blank=True,
        help_text=_("More photos: the package, the product close up, the place it is made."),
    )
    packaging = models.CharField(_("packaging"), max_length=255, blank=True)
    ingredients = models.TextField(_("ingredients"), blank=True)
    shelf_life = models.CharField(_("shelf life"), max_length=255, blank=True)
    storage = models.CharField(_("storage"), max_length=255, blank=True)
    other_certifications = models.TextField(
        _("other certifications"), blank=True, help_text=_("VietGAP, HACCP, ISO 22000…; one per line."),
    )
    where_to_buy = models.TextField(
        _("where else to buy"), blank=True, help_text=_("Shops, markets and marketplaces; one per line."),
    )
    traceability_code = models.CharField(
        _("traceability code"), max_length=64, blank=True,
        help_text=_("Code of the electronic traceability stamp on each package."),
    )
    # Read by the storefront's shipping rules (storefront.services.rules): such products are sold
    # for delivery in Vietnam only, and the cart says why before checkout.
    abroad_restriction = models.CharField(
        _("not shipped abroad"), max_length=16, blank=True, choices=AbroadRestriction.choices,
        help_text=_("Perishable, frozen, alcoholic or bottled liquid products are sold for delivery in Vietnam "
                    "only."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("producer"), FieldRowPanel([FieldPanel("group"), FieldPanel("region")])],
            heading=_("Producer and origin"),
        ),
        FieldPanel("image"),
        FieldPanel("gallery"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("packaging"), FieldPanel("ingredients"),
             FieldRowPanel([FieldPanel("shelf_life"), FieldPanel("storage")]),
             FieldPanel("other_certifications"), FieldPanel("where_to_buy"), FieldPanel("traceability_code"),
             FieldPanel("abroad_restriction")],
            heading=_("Product details"),
        ),
        HelpPanel(template="catalogue/admin/product_commerce_panel.html", heading=_("Prices, stock and stars")),
    ]
    promote_panels = SeoPageMixin.promote_panels
    translatable_fields = PAGE_FIELDS + [
        TranslatableField("intro"),
        TranslatableField("body"),
        TranslatableField("gallery"),
        TranslatableField("packaging"),
        TranslatableField("ingredients"),
        TranslatableField("shelf_life"),
        TranslatableField("storage"),
        TranslatableField("other_certifications"),
        TranslatableField("where_to_buy"),
        SynchronizedField("producer"),
        SynchronizedField("group"),
        SynchronizedField("region"),
        SynchronizedField("image"),
        SynchronizedField("traceability_code"),
        SynchronizedField("abroad_restriction"),
    ]
    # search/backend.py adds the denormalised fields (prices, stars, facets) to Elasticsearch
    # documents; the folded copies make tone-insensitive search work on the database backend too.
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("search_folded_text"),
        index.AutocompleteField("search_folded_title"),
        index.FilterField("locale_id"),
        index.FilterField("group_id"),
        index.FilterField("region_id"),
        index.FilterField("producer_id"),
    ]

    parent_page_types = ["catalogue.CatalogueIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("product")
        verbose_name_plural = _("products")

    @cached_property
    def variants_list(self):
        from .variants import ProductVariant

        return list(ProductVariant.objects.for_product(self))

    @cached_property
    def current_certification(self):
        from .certification import Certification

        return (
            Certification.objects.valid_on()
            .filter(product__translation_key=self.translation_key)
            .order_by("-issued_on", "-pk")
            .first()
        )

    @property
    def stars(self):
        cert = self.current_certification
        return cert.stars if cert else None

    @property
    def price_min_vnd(self):
        """Lowest price of the variants on sale; listings annotate it in SQL (see queries.py)."""
        if "_price_min_vnd" in self.__dict__:
            return self.__dict__["_price_min_vnd"]
        prices = [v.price_vnd for v in self.variants_list]
        return min(prices) if prices else None

    @price_min_vnd.setter
    def price_min_vnd(self, value):
        self.__dict__["_price_min_vnd"] = value

    @property
    def in_stock(self):
        return any(v.stock > 0 for v in self.variants_list)

    def listing_image(self):
        return self.image

    def search_folded_text(self):
        """Title, description, producer, region and group names without tone marks ("đ" → "d")."""
        from search.documents import folded_search_text

        return folded_search_text(self)

    def search_folded_title(self):
        from search.text import fold

        return fold(self.title)

    def structured_data(self, request):
        return product_ld(self, request)

    def get_context(self, request, *args, **kwargs):
        from ..queries import listing_products

        context = super().get_context(request, *args, **kwargs)
        context["producer"] = self.producer.localized
        context["variants"] = self.variants_list
        context["certification"] = self.current_certification
        context["related_products"] = listing_products(
            ProductPage.objects.live().public().filter(locale=self.locale, group_id=self.group_id)
            .exclude(translation_key=self.translation_key)
        )[:4]
        return context


class ProducerIndexPage(SeoPageMixin, Page):
    """All producers ("chủ thể"), filterable by type and locality."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = SeoPageMixin.promote_panels
    translatable_fields = PAGE_FIELDS + [TranslatableField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["catalogue.ProducerPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("producer index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        producers = (
            ProducerPage.objects.child_of(self).live().public()
            .select_related("image", "region").order_by("title")
        )
        producer_type = request.GET.get("type", "")
        if producer_type in ProducerType.values:
            producers = producers.filter(producer_type=producer_type)
        else:
            producer_type = ""
        context["producer_type"] = producer_type
        context["producer_types"] = ProducerType.choices
        context["producers"] = paginate(request, producers)
        return context


class ProducerPage(SeoPageMixin, Page):
    """A producer's story: who they are, where, and how their products are made."""

    producer_type = models.CharField(_("producer type"), max_length=32, choices=ProducerType.choices)
    region = models.ForeignKey(
        Region, verbose_name=_("locality"), on_delete=models.PROTECT, related_name="producers",
        limit_choices_to=default_locale_q,
    )
    image = models.ForeignKey(
        "catalogue.CatalogueImage", verbose_name=_("main image"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(StoryBlock(), verbose_name=_("story"), blank=True)
    representative = models.CharField(_("representative"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    year_founded = models.PositiveSmallIntegerField(_("year founded"), null=True, blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    accepts_wholesale = models.BooleanField(_("open to wholesale and export enquiries"), default=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("producer_type"), FieldPanel("region"), FieldPanel("year_founded")]),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("representative"), FieldPanel("address"),
             FieldRowPanel([FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")]),
             FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
             FieldPanel("accepts_wholesale")],
            heading=_("Contact and location"),
        ),
    ]
    promote_panels = SeoPageMixin.promote_panels
    translatable_fields = PAGE_FIELDS + [
        TranslatableField("intro"),
        TranslatableField("body"),
        SynchronizedField("producer_type"),
        SynchronizedField("region"),
        SynchronizedField("image"),
        SynchronizedField("representative"),
        SynchronizedField("address"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("year_founded"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("accepts_wholesale"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("locale_id"),
        index.FilterField("region_id"),
        index.FilterField("producer_type"),
    ]

    parent_page_types = ["catalogue.ProducerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("producer story")
        verbose_name_plural = _("producer stories")

    def structured_data(self, request):
        return organization_ld(self, request)

    def get_context(self, request, *args, **kwargs):
        from ..queries import listing_products

        context = super().get_context(request, *args, **kwargs)
        # Products link to the default-language producer page; show them in this page's language.
        context["products"] = listing_products(
            ProductPage.objects.live().public().filter(
                locale=self.locale, producer__translation_key=self.translation_key)
        )
        return context

