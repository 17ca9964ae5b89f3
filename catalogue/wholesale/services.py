"""Storing an enquiry and telling the people concerned.

``submit_enquiry`` stores the enquiry, then (through a django-tasks task queued with its transaction,
like the shop's order e-mails) sends three e-mails:

* to the programme office (``OCOP_WHOLESALE_OFFICE_EMAIL``, else the e-mail of Settings → Site
  settings), in Vietnamese, with a link to the enquiry in the admin;
* to the producer, when its page has an e-mail address, in Vietnamese;
* to the enquirer, an acknowledgement in the language of the page they wrote from. It repeats
  none of the free text they typed but their name (quantity, unit and country are choices): the
  form cannot be used to send someone else a message of one's own.

The first two have the enquirer as Reply-To, so answering is one click. A failed e-mail is
logged and never loses the enquiry: it is stored first and listed in the admin as "new".
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from site_config.countries import country_name
from site_config.site_url import absolute_url
from site_config.tasks import enqueue_with_transaction

from ..models import ProductPage, WholesaleEnquiry

logger = logging.getLogger(__name__)

STAFF_LANGUAGE = "vi"  # the programme office and the producers work in Vietnamese


def enquiry_target(page):
    """(product, producer) an enquiry from ``page`` (a product or producer page) is about."""
    if isinstance(page, ProductPage):
        return page, page.localized_producer
    return None, page


def submit_enquiry(page, data: dict, language: str) -> WholesaleEnquiry:
    """Store the enquiry sent from ``page`` (validated ``data`` of the form) and queue its e-mails."""
    product, producer = enquiry_target(page)
    enquiry = WholesaleEnquiry.objects.create(
        product=product,
        producer=producer,
        subject=page.title,
        language=language,
        quantity=data["quantity"],
        unit=data["unit"],
        country=data["country"],
        company=data["company"].strip(),
        contact_name=data["contact_name"].strip(),
        email=data["email"],
        phone=data.get("phone", ""),
        message=data["message"].strip(),
    )
    pk = enquiry.pk
    enqueue_with_transaction(send_enquiry_emails_task, pk)
    return enquiry


def office_email() -> str:
    configured = getattr(settings, "OCOP_WHOLESALE_OFFICE_EMAIL", "")
    if configured:
        return configured
    from wagtail.models import Site

    from site_config.models import SiteSettings

    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).email if site else ""


def _page_url(page, language):
    """The page's address in ``language`` (its translation there when live), on SITE_URL."""
    if page is None:
        return ""
    translated = page.get_translations(inclusive=True).live().filter(locale__language_code=language).first()
    return absolute_url((translated or page).get_url())


def _render(enquiry, template, language, **extra):
    with translation.override(language):
        context = {
            "enquiry": enquiry,
            "country": country_name(enquiry.country, language),
            "unit": enquiry.get_unit_display(),
            "page_url": _page_url(enquiry.product or enquiry.producer, language),
            **extra,
        }
        subject = render_to_string(f"emails/{template}_subject.txt", context).strip()
        body = render_to_string(f"emails/{template}.txt", context)
    return subject, body


def send_enquiry_emails(enquiry: WholesaleEnquiry) -> int:
    """Send the office's, the producer's and the enquirer's e-mails; returns how many were sent."""
    sent = 0
    admin_url = absolute_url(reverse("wholesale_enquiries:edit", args=[enquiry.pk]))
    staff = [("office", office_email())]
    if enquiry.producer and enquiry.producer.email:
        staff.append(("producer", enquiry.producer.email))
    for audience, address in staff:
        if not address:
            logger.warning("Wholesale enquiry %s: no e-mail address for the %s", enquiry.pk, audience)
            continue
        subject, body = _render(enquiry, "wholesale_enquiry", STAFF_LANGUAGE, audience=audience, admin_url=admin_url)
        EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [address], reply_to=[enquiry.email]).send()
        sent += 1
    subject, body = _render(enquiry, "wholesale_acknowledgement", enquiry.language)
    EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [enquiry.email]).send()
    return sent + 1


@task()
def send_enquiry_emails_task(enquiry_pk: int) -> None:
    """The enquiry's e-mails, sent by the task worker (the immediate backend sends them at once)."""
    try:
        send_enquiry_emails(WholesaleEnquiry.objects.select_related("product", "producer").get(pk=enquiry_pk))
    except Exception:  # an e-mail must never lose an enquiry: it is stored and listed in the admin
        logger.exception("Could not send the e-mails of wholesale enquiry %s", enquiry_pk)
