"""POST /stripe/webhook/: the only CSRF-exempt view. Verifies, records once, applies."""

import logging

from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .payments.stripe_gateway import SignatureError, parse_webhook
from .services.payments import handle_stripe_event

logger = logging.getLogger(__name__)


@csrf_exempt  # Stripe cannot send a CSRF token; the signature on the raw body replaces it.
@require_POST
def stripe_webhook(request):
    try:
        event = parse_webhook(request.body, request.headers.get("Stripe-Signature"))
    except SignatureError as exc:
        logger.warning("Rejected a Stripe webhook: %s", exc)
        return HttpResponse("invalid signature", status=400, content_type="text/plain")
    outcome = handle_stripe_event(event)
    return JsonResponse({"received": True, "outcome": outcome})
