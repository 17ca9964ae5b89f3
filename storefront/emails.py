"""Emails to the customer, in the language the order was placed in (HTML and text).

Enqueued as a background task (django-tasks) with the transaction that changed the order
(site_config.tasks), so a rolled-back change never mails anyone, a committed one always has its
e-mail queued, and the buyer's request does not wait for the rendering and the mail server; once per status change, because ``set_status`` makes each
change once.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from site_config.tasks import enqueue_with_transaction

from .models import Order
from .services.limits import confirmation_email_allowed
from .signals import order_placed, order_status_changed
from .status import OrderStatus

logger = logging.getLogger(__name__)

# Status → email template; other statuses (processing, delivered…) send nothing.
STATUS_EMAILS = {
    OrderStatus.PAID: "payment_received",
    OrderStatus.SHIPPED: "shipped",
    OrderStatus.CANCELLED: "cancelled",
    OrderStatus.EXPIRED: "cancelled",
    OrderStatus.PAYMENT_FAILED: "cancelled",
    OrderStatus.REFUNDED: "refunded",
}


def _subject(kind, order):
    subjects = {
        "confirmation": _("Your order %(number)s"),
        "payment_received": _("Payment received for order %(number)s"),
        "shipped": _("Order %(number)s is on its way"),
        "cancelled": _("Order %(number)s is cancelled"),
        "refunded": _("Order %(number)s is refunded"),
        "line_shipped": _("Part of your order %(number)s is on its way"),
    }
    return subjects[kind] % {"number": order.number}


def send_order_email(order: Order, kind: str) -> None:
    """Render ``templates/emails/<kind>.{txt,html}`` in the order's language and send it."""
    from .services.presentation import order_context

    with translation.override(order.language):
        context = order_context(order, absolute=True)
        subject = _subject(kind, order)
        text = render_to_string(f"emails/{kind}.txt", context)
        html = render_to_string(f"emails/{kind}.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [order.email])
    message.attach_alternative(html, "text/html")
    message.send()


@task()
def send_order_email_task(order_pk: int, kind: str) -> None:
    """The e-mail, rendered and sent by the task worker (production's database queue), off the
    buyer's request; the immediate backend (development, tests) sends it at enqueue time."""
    try:
        order = Order.objects.get(pk=order_pk)
        if kind == "confirmation" and not confirmation_email_allowed(order):
            logger.warning("Order %s: no confirmation e-mail, its address had the hour's allowance", order.number)
            return
        send_order_email(order, kind)
    except Exception:  # an email must never undo an order or a payment
        logger.exception("Could not send the %s email of order %s", kind, order_pk)


def _send_later(order_pk, kind):
    # Queued with the order's transaction: a worker never looks for an order that is not there
    # yet, a rolled-back change mails no one, and a committed one is never left without its e-mail.
    enqueue_with_transaction(send_order_email_task, order_pk, kind)


@receiver(order_placed, dispatch_uid="storefront_email_on_placed")
def email_on_placed(sender, order, **kwargs):
    # Whether the address still has the hour's allowance is counted by the task, off the request.
    _send_later(order.pk, "confirmation")


@receiver(order_status_changed, dispatch_uid="storefront_email_on_status")
def email_on_status(sender, order, from_status, to_status, **kwargs):
    kind = STATUS_EMAILS.get(to_status)
    if kind:
        _send_later(order.pk, kind)


def email_line_shipped(order_pk: int) -> None:
    """A producer shipped their part of the order (storefront.services.shipments): tell the buyer."""
    _send_later(order_pk, "line_shipped")
