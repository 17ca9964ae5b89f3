"""The public verify pages of traceability stamps: thin views over ``catalogue.stamps``.

``/<lang>/verify/``: a form to type a code (GET ``?code=``, redirected to the code's address).
``/<lang>/verify/<code>/``: what the stamp's QR code opens. Genuine: the product, producer,
batch, certificate, where to buy, and the scan counted. Unknown: a counterfeit warning with the
programme office's contact, HTTP 404. Not a code (or a typo caught by the check symbol): a
clear message, HTTP 400. None of these pages is indexed or cached; the rate limit is the
site's (scope "stamp_verify", site_config/ratelimit.py).
"""

from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from . import stamps
from .models.stamps import suspicious_scans
from .stamp_codes import CODE_LENGTH, EXTERNAL_MAX, MAX_INPUT

NO_INDEX = "noindex, nofollow"


def _malformed_message(reason):
    return {
        "empty": _("Enter the code printed under the QR code on the stamp."),
        "too_long": _("That is too long to be a stamp code. Enter only the code printed under the QR code."),
        "check": _(
            "This code has a typo: one of its letters or digits does not match the others. "
            "Compare it with the stamp and try again."
        ),
    }.get(
        reason,
        _(
            "This is not a stamp code. Our codes have %(length)s letters and digits, "
            "for example 7KQ2M9-XD4HRT-B3WPZ9; dashes and upper or lower case do not matter."
        )
        % {"length": CODE_LENGTH},
    )


def _render(request, template, context, status=200):
    context.setdefault("max_input", MAX_INPUT)
    context.setdefault("external_max", EXTERNAL_MAX)
    response = render(request, template, context, status=status)
    response["X-Robots-Tag"] = NO_INDEX
    response["Referrer-Policy"] = "no-referrer"  # the code stays out of other sites' logs
    return response


@never_cache
@require_safe
def verify_form(request):
    """The form; with ``?code=`` the code is looked up and the visitor sent to its address."""
    if "code" not in request.GET:
        return _render(request, "catalogue/stamps/verify_form.html", {})
    typed = request.GET.get("code", "")
    found = stamps.find_stamp(typed)
    if found.status == stamps.MALFORMED:
        context = {"typed": typed[:MAX_INPUT], "error": _malformed_message(found.reason)}
        return _render(request, "catalogue/stamps/verify_form.html", context, status=400)
    return HttpResponseRedirect(stamps.verify_path(found.canonical, request.LANGUAGE_CODE))


@never_cache
@require_safe
def verify_code(request, code):
    """A stamp's page: genuine (200, scan counted on GET), unknown (404) or malformed (400)."""
    found = stamps.find_stamp(code)
    if found.status == stamps.MALFORMED:
        context = {"typed": code[:MAX_INPUT], "error": _malformed_message(found.reason)}
        return _render(request, "catalogue/stamps/verify_form.html", context, status=400)
    if found.canonical != code:  # lower case, without dashes, O for 0…: one address per code
        return HttpResponseRedirect(stamps.verify_path(found.canonical, request.LANGUAGE_CODE))
    if found.status == stamps.UNKNOWN:
        return _render(request, "catalogue/stamps/counterfeit.html", {"code": found.canonical}, status=404)
    stamp = found.stamp
    if request.method == "GET":
        stamp = stamps.record_scan(stamp)
    batch = stamp.batch
    product = batch.product.localized
    certification, expired_certificate = stamps.certificates_for(product)
    vietnam = timezone.get_default_timezone()  # dates as on the package: Vietnam's
    first_scan = timezone.localtime(stamp.first_scanned_at, vietnam) if stamp.first_scanned_at else None
    context = {
        "stamp": stamp,
        "code": found.canonical,
        "batch": batch,
        "batch_expired": batch.expiry_date < timezone.localdate(timezone=vietnam),
        "product": product,
        "producer": product.localized_producer,
        "certification": certification,
        "expired_certificate": expired_certificate,
        "first_scan": first_scan,
        "first_time": stamp.scan_count <= 1,
        "suspicious": stamp.scan_count > suspicious_scans(),
    }
    return _render(request, "catalogue/stamps/verify_code.html", context)
