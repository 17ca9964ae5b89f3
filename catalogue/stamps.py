"""Traceability stamps: the rules. Views (public and admin) call these and nothing else.

* ``generate_codes``: one code per package, made in bulk for a batch, never more than the
  batch's quantity, unique even against a concurrent run (the unique column decides).
* ``register_external_codes``: a provider's codes linked to a batch, all or none.
* ``find_stamp``: what a buyer typed or scanned → genuine, unknown (a counterfeit warning) or
  malformed (a typo); see catalogue/stamp_codes.py for the format.
* ``record_scan``: one atomic UPDATE per scan (count, first and last scan).
* ``verify_url``: the absolute address a stamp's QR code opens (``SITE_URL``, Vietnamese page).
"""

from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import F
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from site_config import content_version
from site_config.site_url import absolute_url

from . import stamp_codes
from .models import Batch, Certification, StampCode

MAX_CODES_AT_ONCE = 10_000
_CHUNK = 1000
_ATTEMPTS = 5


class StampError(Exception):
    """A request the rules refuse; ``str()`` is the message for the editor."""


# --- Making and registering codes ----------------------------------------------------------------


def codes_left(batch: Batch) -> int:
    """How many more codes the batch may get (one per package)."""
    return max(0, batch.quantity - batch.codes.count())


def _lock(batch: Batch) -> Batch:
    # Two editors generating for one batch at once are serialised: the quantity check holds.
    return Batch.objects.select_for_update().get(pk=batch.pk)


def _check_room(batch: Batch, count: int) -> None:
    left = codes_left(batch)
    if count > left:
        raise StampError(
            ngettext(
                "The batch has %(quantity)s packages and %(issued)s codes: %(left)s more code at most.",
                "The batch has %(quantity)s packages and %(issued)s codes: %(left)s more codes at most.",
                left,
            )
            % {"quantity": batch.quantity, "issued": batch.quantity - left, "left": left}
        )


def _create_unique(batch: Batch, rows: list[dict]) -> list[StampCode]:
    """StampCode rows for ``rows`` (extra field values), each with a fresh code of its own.

    A code already in the table (or taken by a concurrent run between the check and the insert,
    which the unique index refuses) is simply drawn again; at 85 random bits this never happens
    in practice, but the guarantee does not rest on luck."""
    created: list[StampCode] = []
    pending = list(rows)
    for _attempt in range(_ATTEMPTS):
        if not pending:
            break
        objs = {}
        while len(objs) < len(pending):
            objs.setdefault(stamp_codes.new_code(), None)
        codes = list(objs)
        taken = set()
        for start in range(0, len(codes), _CHUNK):
            taken.update(
                StampCode.objects.filter(code__in=codes[start : start + _CHUNK]).values_list("code", flat=True)
            )
        fresh = [code for code in codes if code not in taken]
        batch_rows = [StampCode(batch=batch, code=code, **extra) for code, extra in zip(fresh, pending, strict=False)]
        try:
            with transaction.atomic():
                StampCode.objects.bulk_create(batch_rows, batch_size=_CHUNK)
        except IntegrityError:
            if any(row.get("external_code") for row in pending):
                # The provider's code was registered by someone else meanwhile: not a code clash.
                existing = set(
                    StampCode.objects.filter(
                        external_code__in=[r["external_code"] for r in pending if r.get("external_code")]
                    ).values_list("external_code", flat=True)
                )
                if existing:
                    raise StampError(
                        _("Already registered: %(codes)s.") % {"codes": ", ".join(sorted(existing))}
                    ) from None
            continue
        created.extend(batch_rows)
        pending = pending[len(batch_rows) :]
    if pending:
        raise StampError(_("Could not make unique codes; please try again."))
    return created


def generate_codes(batch: Batch, count: int) -> list[StampCode]:
    """Make ``count`` new codes for ``batch``. Refused (StampError) below 1, above
    MAX_CODES_AT_ONCE, or beyond the batch's quantity (one code per package)."""
    if count < 1:
        raise StampError(_("Enter a number of codes of at least 1."))
    if count > MAX_CODES_AT_ONCE:
        raise StampError(_("At most %(max)s codes at once.") % {"max": MAX_CODES_AT_ONCE})
    with transaction.atomic():
        batch = _lock(batch)
        _check_room(batch, count)
        created = _create_unique(batch, [{}] * count)
    content_version.bump()  # product pages say whether the product carries stamps
    return created


@dataclass
class LineError:
    line: int
    text: str
    message: str


@dataclass
class Registration:
    created: list = field(default_factory=list)
    errors: list = field(default_factory=list)


def register_external_codes(batch: Batch, provider: str, text: str) -> Registration:
    """Link a provider's codes (``text``: one a line, blank lines ignored) to ``batch``.

    All or none: when a line is not a code, repeats another, is already registered, or the
    batch has no room for them all, nothing is registered and ``errors`` says which lines."""
    provider = (provider or "").strip()
    result = Registration()
    if not provider:
        result.errors.append(LineError(0, "", _("Enter the name of the stamp provider.")))
        return result
    keys: dict[str, int] = {}
    for number, raw in enumerate((text or "").splitlines(), start=1):
        if not raw.strip():
            continue
        key = stamp_codes.external_key(raw)
        if key is None:
            result.errors.append(
                LineError(
                    number,
                    raw.strip()[:80],
                    _("Not a code: %(min)s to %(max)s letters and digits.")
                    % {"min": stamp_codes.EXTERNAL_MIN, "max": stamp_codes.EXTERNAL_MAX},
                )
            )
        elif key in keys:
            result.errors.append(LineError(number, raw.strip(), _("Repeats line %(line)s.") % {"line": keys[key]}))
        else:
            keys[key] = number
    if not keys and not result.errors:
        result.errors.append(LineError(0, "", _("Enter the provider's codes, one per line.")))
    existing = dict(
        StampCode.objects.filter(external_code__in=list(keys)).values_list("external_code", "batch__batch_code")
    )
    for key, batch_code in existing.items():
        result.errors.append(
            LineError(keys[key], key, _("Already registered (batch %(batch)s).") % {"batch": batch_code})
        )
    if result.errors:
        result.errors.sort(key=lambda e: e.line)
        return result
    with transaction.atomic():
        batch = _lock(batch)
        try:
            _check_room(batch, len(keys))
        except StampError as exc:
            result.errors.append(LineError(0, "", str(exc)))
            return result
        try:
            result.created = _create_unique(
                batch, [{"external_provider": provider[:100], "external_code": key} for key in keys]
            )
        except StampError as exc:
            result.errors.append(LineError(0, "", str(exc)))
            return result
    content_version.bump()
    return result


# --- Verifying -----------------------------------------------------------------------------------

GENUINE, UNKNOWN, MALFORMED = "genuine", "unknown", "malformed"


@dataclass
class Lookup:
    """What a typed or scanned code turned out to be.

    ``status``: GENUINE (``stamp`` is set), UNKNOWN (well formed, not ours: a counterfeit
    warning) or MALFORMED (``reason`` from stamp_codes.MalformedCode: not a code at all, or a
    typo caught by the check symbol). ``canonical``: how the code is written in its address."""

    status: str
    stamp: StampCode | None = None
    reason: str = ""
    canonical: str = ""


def find_stamp(text: str) -> Lookup:
    """Find the stamp a buyer typed or scanned: our code (any case, with or without dashes,
    O/I/L read as 0/1/1) or a registered provider's code."""
    related = StampCode.objects.select_related("batch__product")
    try:
        code = stamp_codes.parse(text)
    except stamp_codes.MalformedCode as exc:
        error = exc
    else:
        stamp = related.filter(code=code).first()
        if stamp is not None:
            return Lookup(GENUINE, stamp, canonical=stamp_codes.display(code))
        key = stamp_codes.external_key(text)
        stamp = related.filter(external_code=key).first() if key else None
        if stamp is not None:
            return Lookup(GENUINE, stamp, canonical=key)
        return Lookup(UNKNOWN, canonical=stamp_codes.display(code))
    if error.reason in ("empty", "too_long"):
        return Lookup(MALFORMED, reason=error.reason)
    key = stamp_codes.external_key(text)
    if key is not None:
        stamp = related.filter(external_code=key).first()
        if stamp is not None:
            return Lookup(GENUINE, stamp, canonical=key)
        if error.reason != "check":
            return Lookup(UNKNOWN, canonical=key)
    return Lookup(MALFORMED, reason=error.reason)


def record_scan(stamp: StampCode, now=None) -> StampCode:
    """Count one scan of ``stamp``: one UPDATE (concurrent scans all count), the first scan's
    time set once. Returns ``stamp`` with the new figures."""
    now = now or timezone.now()
    StampCode.objects.filter(pk=stamp.pk).update(
        scan_count=F("scan_count") + 1,
        last_scanned_at=now,
        first_scanned_at=Coalesce(F("first_scanned_at"), now),
    )
    stamp.refresh_from_db(fields=["scan_count", "first_scanned_at", "last_scanned_at"])
    return stamp


def verify_path(code: str = "", language: str | None = None) -> str:
    """``/vi/verify/<code>/`` (or the form, ``/vi/verify/``) in ``language`` (default: Vietnamese)."""
    from django.conf import settings

    with translation.override(language or settings.LANGUAGE_CODE):
        if code:
            return reverse("stamps:verify_code", kwargs={"code": code})
        return reverse("stamps:verify")


def verify_url(stamp: StampCode) -> str:
    """The absolute address printed in a stamp's QR code (on ``SITE_URL``, the Vietnamese page)."""
    return absolute_url(verify_path(stamp.public_code))


# --- What the verify page and the product page show ----------------------------------------------


def certificates_for(product):
    """(current certificate or None, the last expired one when there is no current one)."""
    current = product.current_certification
    if current is not None:
        return current, None
    last = Certification.objects.filter(product__translation_key=product.translation_key).order_by("-expires_on")
    return None, last.first()


def product_carries_stamps(product) -> bool:
    """True when any batch of ``product`` (any language version) has stamp codes."""
    return StampCode.objects.filter(batch__product__translation_key=product.translation_key).exists()
