"""The programme's figures, computed live from the catalogue: the one place that counts them.

What counts (the rules the figures page, its CSV files and ``/api/v1/figures/`` share):

* a *product* is a live, public product page in the source language (Vietnamese): a product
  counts once whatever its translations, and an unpublished or view-restricted one not at all;
* its *rating* is its current certificate (``Certification.objects.current()``, the one rule of
  ``catalogue.models.certification``) when that certificate carries 3 stars or more: an expired
  certificate rates nothing, and 1–2 star evaluations are not OCOP ratings;
* a *producer* is a live, public producer page with at least one counted product (the
  programme's "chủ thể" are those with a product in it);
* groups and localities are the top of their trees: a product in "Trà" counts for "Đồ uống",
  one from a ward of Hạ Long counts for Hạ Long;
* *sold online*: at least one variant on sale in this shop; *expiring*: the current certificate
  ends within the next 6 months.

A handful of grouped SQL queries (never a row per product in Python), cached under the content
version (``site_config.content_version``), which moves on every publish, unpublish, certificate,
variant and taxonomy change, and keyed on the day (expiry and currency depend on it).
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, DateField, Exists, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import ExtractYear
from django.utils import timezone
from wagtail.models import Locale

from site_config.content_version import cached

from .models import (
    Certification,
    ProducerPage,
    ProducerType,
    ProductGroup,
    ProductPage,
    ProductVariant,
    Region,
    RegionKind,
)
from .models.certification import add_months
from .models.generated import GeneratedCatalogue
from .taxonomy_tree import tree

RATED_STARS = (3, 4, 5)
EXPIRING_MONTHS = 6
REPORT_2020 = "report-2020"


@dataclass(frozen=True)
class ProgrammeFigures:
    """The figures on ``day``. Dict keys are language-independent: group and locality slugs,
    producer type values, star counts, years; every known key is present, with 0 if need be."""

    day: datetime.date
    products: int
    producers: int
    rated: int
    sold_online: int
    expiring_6_months: int
    by_group: dict = field(default_factory=dict)
    by_stars: dict = field(default_factory=dict)
    by_producer_type: dict = field(default_factory=dict)
    by_locality: dict = field(default_factory=dict)
    by_certification_year: dict = field(default_factory=dict)

    @property
    def localities_covered(self):
        return sum(1 for n in self.by_locality.values() if n)

    def as_json(self):
        """The shape of ``/api/v1/figures/`` (documented in the README)."""
        return {
            "products": self.products,
            "producers": self.producers,
            "by_group": dict(self.by_group),
            "by_stars": {str(stars): n for stars, n in self.by_stars.items()},
            "by_producer_type": dict(self.by_producer_type),
            "by_locality": dict(self.by_locality),
            "expiring_6_months": self.expiring_6_months,
        }


def counted_products(day=None):
    """The products the figures count, annotated with their current certificate's ``fig_stars``,
    ``fig_issued_on`` and ``fig_expires_on`` (None when unrated)."""
    # Certificates belong to the source-language page (their product field allows no other), so
    # the product's own id finds them: the same rows as ``ProductPage.current_certification``.
    current = Certification.objects.filter(product_id=OuterRef("pk")).current(day)
    return (
        ProductPage.objects.live()
        .public()
        .filter(locale=Locale.get_default())
        .order_by()
        .annotate(
            fig_stars=Subquery(current.values("stars")[:1], output_field=IntegerField()),
            fig_issued_on=Subquery(current.values("issued_on")[:1], output_field=DateField()),
            fig_expires_on=Subquery(current.values("expires_on")[:1], output_field=DateField()),
        )
    )


def _roots(model, source_locale_id):
    """{pk of every source-language node: slug of its top-level ancestor}, and the top-level
    slugs in tree order."""
    snapshot = tree(model)
    order = snapshot.in_tree_order(source_locale_id)
    top = {}
    for node in order:
        ancestors = snapshot.ancestor_ids(node.pk)
        top[node.pk] = snapshot.nodes[ancestors[0]].slug if ancestors else node.slug
    return top, [node.slug for node in order if node.parent_id is None]


def _locality_of(source_locale_id):
    """{pk of a region: slug of the locality it is in (or is)}, and the locality slugs in order."""
    localities = dict(
        Region.objects.filter(locale_id=source_locale_id, kind=RegionKind.LOCALITY).values_list("pk", "slug")
    )
    snapshot = tree(Region)
    found = {}
    for node in snapshot.in_tree_order(source_locale_id):
        for pk in (node.pk, *reversed(snapshot.ancestor_ids(node.pk))):
            if pk in localities:
                found[node.pk] = localities[pk]
                break
    ordered = [node.slug for node in snapshot.in_tree_order(source_locale_id) if node.pk in localities]
    return found, ordered


def compute_figures(day=None):
    """The figures on ``day`` (default today, in the site's time zone), straight from the database."""
    day = day or timezone.localdate()
    source = Locale.get_default().pk
    products = counted_products(day)
    expiring_by = add_months(day, EXPIRING_MONTHS)

    group_root, group_order = _roots(ProductGroup, source)
    locality_of, locality_order = _locality_of(source)
    by_group = dict.fromkeys(group_order, 0)
    by_locality = dict.fromkeys(locality_order, 0)
    total = 0
    for group_id, region_id, n in products.values_list("group_id", "region_id").annotate(n=Count("pk")):
        total += n
        if group_id in group_root:
            by_group[group_root[group_id]] = by_group.get(group_root[group_id], 0) + n
        if region_id in locality_of:
            by_locality[locality_of[region_id]] += n

    by_stars = dict.fromkeys(RATED_STARS, 0)
    by_year = {}
    expiring = 0
    rated_rows = (
        products.filter(fig_stars__in=RATED_STARS)
        .values_list("fig_stars", ExtractYear("fig_issued_on"))
        .annotate(n=Count("pk"), expiring=Count("pk", filter=Q(fig_expires_on__lte=expiring_by)))
    )
    for stars, year, n, soon in rated_rows:
        by_stars[stars] += n
        by_year[year] = by_year.get(year, 0) + n
        expiring += soon

    on_sale = ProductVariant.objects.filter(product_id=OuterRef("pk"), is_active=True)
    sold_online = products.filter(Exists(on_sale)).count()

    producer_types = dict.fromkeys(ProducerType.values, 0)
    producers = (
        ProducerPage.objects.live()
        .public()
        .filter(locale_id=source, pk__in=products.values("producer_id"))
        .order_by()
        .values_list("producer_type")
        .annotate(n=Count("pk"))
    )
    for producer_type, n in producers:
        producer_types[producer_type] = producer_types.get(producer_type, 0) + n

    return ProgrammeFigures(
        day=day,
        products=total,
        producers=sum(producer_types.values()),
        rated=sum(by_stars.values()),
        sold_online=sold_online,
        expiring_6_months=expiring,
        by_group=by_group,
        by_stars=by_stars,
        by_producer_type=producer_types,
        by_locality=by_locality,
        by_certification_year=dict(sorted(by_year.items())),
    )


def programme_figures(day=None):
    """:func:`compute_figures`, cached until the content version moves or the day changes."""
    day = day or timezone.localdate()
    return cached(f"figures:{day.isoformat()}", lambda: compute_figures(day))


def group_names(locale):
    """{top-level group slug: its name in ``locale``}."""
    snapshot = tree(ProductGroup)
    source = Locale.get_default().pk
    return {
        node.slug: snapshot.name(node.pk, locale.pk)
        for node in snapshot.in_tree_order(source)
        if node.parent_id is None
    }


def locality_names(locale):
    """{locality slug: its name in ``locale``}."""
    snapshot = tree(Region)
    source = Locale.get_default().pk
    return {
        slug: snapshot.name(pk, locale.pk)
        for pk, slug in Region.objects.filter(locale_id=source, kind=RegionKind.LOCALITY)
        .order_by("sort_order", "name")
        .values_list("pk", "slug")
    }


def built_as(shape):
    """Whether the catalogue was built by ``generate_catalogue --shape <shape>``."""
    return cached(f"figures:built-as:{shape}", lambda: GeneratedCatalogue.objects.filter(shape=shape).exists())


# The province's report on 2017–2020 (domain.md): the figures a report-2020 catalogue reproduces.
# Keys as in ProgrammeFigures: group slugs, star counts, producer type values.
REPORT_2020_FIGURES = {
    "products": 449,
    "by_group": {
        "thuc-pham": 307,
        "do-uong": 90,
        "thao-duoc": 41,
        "vai-may-mac": 0,
        "luu-niem-noi-that-trang-tri": 8,
        "dich-vu-du-lich-nong-thon": 3,
    },
    "rated": 236,
    "by_stars": {5: 7, 4: 67, 3: 162},
    "producers": 175,
    "by_producer_type": {"enterprise": 46, "cooperative": 65, "cooperative_group": 0, "household": 64},
    "localities_covered": 13,
    "sold_online": 128,  # the report: 128 products on the provincial trade portals
}
