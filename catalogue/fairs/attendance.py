"""Who is at which fair, and when a fair is running.

A fair runs from its start (included) to its end (excluded): a fair from 08:00 to 21:00 runs at
08:00 and at 20:59, not at 21:00. Times are stored as instants and entered and shown in Vietnam
time (``TIME_ZONE = "Asia/Ho_Chi_Minh"``), so "08:00" means 08:00 in Quảng Ninh whatever the
server's or the visitor's clock. Only a live fair that takes place as planned shows a badge.

The badge costs no query on a warm cache: the booths of the fairs running now are cached under
the content version and the current *period* (the last fair start or end passed), and the page
cache keys whole pages on the same period (``clock_period``, registered in ``CatalogueConfig``),
so a cached product page gains its badge the minute a fair opens and loses it when it closes.
"""

import bisect
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.utils import timezone

from site_config import content_version

from ..models import EventStatus, FairBooth, FairPage, ProducerPage, ProductPage


@dataclass(frozen=True)
class FairBadge:
    """What a product or producer page says about a fair it is at."""

    title: str
    url: str
    booth: str
    end: datetime


def _now(now=None):
    return now or timezone.now()


def upcoming_and_past(fairs, now=None):
    """(running or to come, soonest first; over, latest first) of a queryset of fair pages."""
    now = _now(now)
    fairs = list(fairs)
    upcoming = sorted((f for f in fairs if f.end > now), key=lambda f: f.start)
    past = sorted((f for f in fairs if f.end <= now), key=lambda f: f.start, reverse=True)
    return upcoming, past


def exhibitors(fair):
    """The fair's booths grouped by producer, with pages in the fair's language where translated
    (and live): ``[{"producer": page, "booth": "A12", "products": [pages]}]``, in the editor's order."""
    booths = list(fair.booths.select_related("producer", "product"))
    keys = {b.producer.translation_key for b in booths} | {b.product.translation_key for b in booths if b.product}
    translated = {
        page.translation_key: page
        for model in (ProducerPage, ProductPage)
        for page in model.objects.live().filter(locale_id=fair.locale_id, translation_key__in=keys)
    }
    grouped: dict = {}
    for booth in booths:
        producer = translated.get(booth.producer.translation_key, booth.producer)
        entry = grouped.setdefault(
            (booth.producer.translation_key, booth.booth_number),
            {"producer": producer, "booth": booth.booth_number, "products": []},
        )
        if booth.product:
            product = translated.get(booth.product.translation_key)
            if product is not None:
                entry["products"].append(product)
    return list(grouped.values())


def _boundaries():
    """Every start and end of a live fair, as sorted POSIX seconds."""
    times = set()
    for start, end in FairPage.objects.live().values_list("start", "end"):
        times.update((int(start.timestamp()), int(end.timestamp())))
    return sorted(times)


def clock_period(now=None) -> str:
    """Names the stretch of time between two fair boundaries that ``now`` is in (the last start
    or end passed, or 0): the running fairs, hence every badge, are the same all through it."""
    boundaries = content_version.cached("fairs:boundaries", _boundaries)
    at = _now(now).timestamp()
    index = bisect.bisect_right(boundaries, at)
    return str(boundaries[index - 1] if index else 0)


def _running_rows(now):
    rows = []
    booths = FairBooth.objects.filter(
        fair__live=True,
        fair__event_status=EventStatus.SCHEDULED,
        fair__start__lte=now,
        fair__end__gt=now,
    ).select_related("fair", "producer", "product")
    for booth in booths:
        fair = booth.fair
        rows.append(
            {
                "fair": str(fair.translation_key),
                "locale_id": fair.locale_id,
                "title": fair.title,
                "url": fair.get_url(),
                "end": fair.end,
                "booth": booth.booth_number,
                "producer": str(booth.producer.translation_key),
                "product": str(booth.product.translation_key) if booth.product else None,
            }
        )
    return rows


def running_booths(now=None):
    """The booths of the fairs running at ``now`` (default: this moment), as plain rows."""
    if now is not None or not getattr(settings, "OCOP_CONTENT_CACHE_SECONDS", content_version.TIMEOUT):
        return _running_rows(_now(now))
    now = timezone.now()
    return content_version.cached(f"fairs:running:{clock_period(now)}", lambda: _running_rows(now))


def _badges(rows, locale_id):
    """One badge per fair, from the fair's translation in the page's language when it has one."""
    best: dict = {}
    for row in rows:
        current = best.get(row["fair"])
        if current is None or (row["locale_id"] == locale_id and current["locale_id"] != locale_id):
            best[row["fair"]] = row
    return [FairBadge(r["title"], r["url"], r["booth"], r["end"]) for r in best.values()]


def badges_for_product(product, now=None):
    """Fairs running now where ``product`` is shown: listed in a booth of its producer, or its
    producer's booth lists no products (the whole range)."""
    producer_key = str(product.producer.translation_key)
    product_key = str(product.translation_key)
    rows = [r for r in running_booths(now) if r["producer"] == producer_key and r["product"] in (None, product_key)]
    return _badges(rows, product.locale_id)


def badges_for_producer(producer, now=None):
    """Fairs running now where ``producer`` has a booth."""
    key = str(producer.translation_key)
    return _badges([r for r in running_booths(now) if r["producer"] == key], producer.locale_id)
