"""The enquiry page of a product or producer: ``/<lang>/wholesale-enquiry/<page id>/``.

A page of its own rather than a form inside the product page: product pages are served from the
page cache, which would freeze the form's signed timestamp; this page is rendered per visitor.
Works without JavaScript. A refused submission (invalid field, spam check) answers 400 with the
form as it was sent and a message; a stored one redirects (303) to the same address with
``?sent=1``, so reloading never sends it twice.
"""

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from wagtail.models import Page

from ..models import ProducerPage, ProductPage
from .forms import SPAM_MESSAGES, EnquiryForm, SpamCheck, issue_token, spam_check
from .services import enquiry_target, submit_enquiry


def _enquiry_page(page_id):
    page = get_object_or_404(Page.objects.live().public().type(ProductPage, ProducerPage), pk=page_id).specific
    _product, producer = enquiry_target(page)
    if not producer.accepts_wholesale:
        raise Http404("This producer takes no wholesale enquiries.")
    return page, producer


def wholesale_enquiry(request, page_id):
    page, producer = _enquiry_page(page_id)
    language = get_language()
    context = {"page": page, "target": page, "producer": producer, "sent": False, "problem": ""}
    status = 200
    if request.method == "POST":
        form = EnquiryForm(request.POST, language=language)
        problem = spam_check(request.POST)
        if form.is_valid() and problem == SpamCheck.OK:
            submit_enquiry(page, form.cleaned_data, language)
            return HttpResponseRedirect(f"{request.path}?sent=1", status=303)
        context["problem"] = SPAM_MESSAGES.get(problem, "")
        status = 400
    else:
        form = EnquiryForm(language=language)
        context["sent"] = request.GET.get("sent") == "1"
    context.update(form=form, issued=issue_token())
    response = render(request, "catalogue/wholesale_enquiry.html", context, status=status)
    response["Cache-Control"] = "no-store"
    return response
