"""POST /stripe/webhook/: the only CSRF-exempt view. Verifies, records once, applies.

Refused with a 400 (and a log line), never applied, never a 500: a missing or wrong signature;
a signature timestamp outside the tolerance in either direction (Stripe's own check only looks
at the past, so an event signed "a year from now" would stay replayable for a year); a signed
body whose shape is not an event's (``data: null``, a string ``metadata``, an amount that is not
a whole number…): a leaked secret or a bug on the sender's side must not reach the order code.
"""

import logging
import time

from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .payments.stripe_gateway import SIGNATURE_TOLERANCE_SECONDS, SignatureError, parse_webhook
from .services.payments import handle_stripe_event

logger = logging.getLogger(__name__)

# Fields of the event's object that the handlers read, and the JSON types each may have.
OBJECT_FIELD_TYPES = {
    "id": (str,),
    "metadata": (dict,),
    "client_reference_id": (str,),
    "currency": (str,),
    "amount_total": (int,),
    "amount": (int,),
    "amount_refunded": (int,),
    "payment_intent": (str, dict),
    "payment_status": (str,),
    "status": (str,),
}


def _signed_in_the_future(signature_header: str) -> bool:
    stamps = [part[2:] for part in signature_header.split(",") if part.strip().startswith("t=")]
    try:
        timestamp = int(stamps[0].strip())
    except (IndexError, ValueError):
        return True
    return timestamp > time.time() + SIGNATURE_TOLERANCE_SECONDS


def event_shape_problem(event: dict) -> str:
    """'' when ``event`` has the shape the handlers expect; otherwise what is wrong."""
    if not isinstance(event.get("id"), str) or not isinstance(event.get("type"), str):
        return "id and type must be strings"
    data = event.get("data")
    if not isinstance(data, dict) or not isinstance(data.get("object"), dict):
        return "data.object must be an object"
    obj = data["object"]
    for name, types in OBJECT_FIELD_TYPES.items():
        value = obj.get(name)
        if value is not None and (not isinstance(value, types) or isinstance(value, bool)):
            return f"data.object.{name} has the wrong type"
    metadata = obj.get("metadata") or {}
    if any(not isinstance(value, str) for value in metadata.values()):
        return "data.object.metadata values must be strings"
    return ""


def _rejected(reason):
    logger.warning("Rejected a Stripe webhook: %s", reason)
    return HttpResponse(f"rejected: {reason}", status=400, content_type="text/plain")


@csrf_exempt  # Stripe cannot send a CSRF token; the signature on the raw body replaces it.
@require_POST
def stripe_webhook(request):
    signature = request.headers.get("Stripe-Signature")
    try:
        event = parse_webhook(request.body, signature)
    except SignatureError as exc:
        logger.warning("Rejected a Stripe webhook: %s", exc)
        return HttpResponse("invalid signature", status=400, content_type="text/plain")
    if _signed_in_the_future(signature):
        return _rejected("signature timestamp in the future")
    problem = event_shape_problem(event)
    if problem:
        return _rejected(f"malformed event {str(event.get('id'))[:80]}: {problem}")
    try:
        outcome = handle_stripe_event(event)
    except (TypeError, ValueError, KeyError, AttributeError):
        # A shape we did not foresee: the event's transaction rolled back; say so, don't 500.
        logger.exception("Rejected a Stripe webhook: event %s could not be applied", str(event.get("id"))[:80])
        return HttpResponse("rejected: malformed event", status=400, content_type="text/plain")
    return JsonResponse({"received": True, "outcome": outcome})
