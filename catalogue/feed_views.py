"""``/feeds/<lang>/products.json`` and ``.csv``: the partner feeds (rows: catalogue.feeds).

Streamed, so a feed of 100,000 products never sits in memory; answered with 304 Not Modified
when the partner's copy is current: the ETag is the content version (site_config.content_version,
raised by every publish, price, stock or certificate change) and the day (a certificate expires
at midnight without any change), Last-Modified the later of the version's last change and the
day's start. ``X-Feed-Generated-At`` says when this copy was made.
"""

from datetime import datetime, time

from django.http import Http404, StreamingHttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from site_config.content_version import current_with_time

from .feeds import csv_chunks, feed_rows, json_chunks

CONTENT_TYPES = {"json": "application/json; charset=utf-8", "csv": "text/csv; charset=utf-8"}


@require_GET
def product_feed(request, language_code, fmt):
    if fmt not in CONTENT_TYPES:
        raise Http404("Unknown feed format.")
    locale = Locale.objects.filter(language_code=language_code).first()
    if locale is None:
        raise Http404("No feed in this language.")
    version, changed_at = current_with_time()
    today = timezone.localdate()
    day_start = timezone.make_aware(datetime.combine(today, time.min))
    last_modified = int(max(changed_at or day_start, day_start).timestamp())
    etag = f'"products-{language_code}-{fmt}-{version}-{today.isoformat()}"'
    not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if not_modified is not None:
        return not_modified
    generated_at = timezone.now()
    rows = feed_rows(locale, request, day=today)
    chunks = json_chunks(rows, language_code, generated_at) if fmt == "json" else csv_chunks(rows)
    response = StreamingHttpResponse(chunks, content_type=CONTENT_TYPES[fmt])
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    response["X-Feed-Generated-At"] = generated_at.isoformat(timespec="seconds")
    response["Cache-Control"] = "public, max-age=300"
    if fmt == "csv":
        response["Content-Disposition"] = f'inline; filename="products-{language_code}.csv"'
    return response
