"""Admin screens of the producers' corner (catalogue side): a producer's own pages, and the
programme editors' "Producer staff" screen on a producer's page (invite an account)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from site_config.text import fold

from .models import ProducerMembership, ProducerPage
from .producer_access import is_producer_staff, producers_for, products_for
from .producer_accounts import InvitationRefused, invite_producer_staff, remove_producer_staff, source_producer

INVITE_PERMISSION = "catalogue.add_producermembership"


def can_invite(user) -> bool:
    return user.is_superuser or (user.has_perm(INVITE_PERMISSION) and not is_producer_staff(user))


def corner_index(request):
    """A producer's home in the admin: their stories and products, each with its state."""
    if not is_producer_staff(request.user):
        raise PermissionDenied
    producers, products = producers_for(request.user), products_for(request.user)
    query = request.GET.get("q", "").strip()[:100]
    if query:  # the sidebar's search box: their own pages' titles, with or without tone marks
        words = fold(query).split()
        producers, products = (
            [page for page in pages if all(word in fold(page.title) for word in words)]
            for pages in (producers, products)
        )
    return TemplateResponse(
        request,
        "catalogue/admin/producer_corner.html",
        {
            "producers": _with_workflow_states(producers),
            "products": _with_workflow_states(products),
            "query": query,
            "page_title": _("My producer corner"),
        },
    )


def _with_workflow_states(pages):
    ids = [page.pk for page in pages]
    if not ids:
        return []
    model = type(pages[0]) if isinstance(pages, list) else pages.model
    return list(model.objects.filter(pk__in=ids).order_by("title").prefetch_workflow_states())


class InviteForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Full name"), max_length=150)
    email = forms.EmailField(label=gettext_lazy("E-mail"))


def producer_staff(request, page_id):
    """Who works for this producer, and the form that invites one more."""
    if not can_invite(request.user):
        raise PermissionDenied
    producer = source_producer(get_object_or_404(ProducerPage, pk=page_id))
    if request.method == "POST" and "remove" in request.POST:
        value = request.POST["remove"]
        membership = (
            ProducerMembership.objects.filter(producer=producer, pk=value).first()
            if value.isascii() and value.isdigit()
            else None
        )
        if membership is not None:
            remove_producer_staff(producer, membership.user)
            messages.success(
                request, _("%(email)s no longer works for this producer.") % {"email": membership.user.email}
            )
        return redirect("catalogue_producer_staff:staff", page_id=producer.pk)
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = invite_producer_staff(
                producer, email=form.cleaned_data["email"], name=form.cleaned_data["name"], invited_by=request.user
            )
        except InvitationRefused as refused:
            form.add_error("email", str(refused))
        else:
            messages.success(
                request,
                _("Invitation sent to %(email)s: they choose their password from the e-mail.") % {"email": user.email},
            )
            return redirect("catalogue_producer_staff:staff", page_id=producer.pk)
    status = 400 if request.method == "POST" else 200
    memberships = ProducerMembership.objects.filter(producer=producer).select_related("user").order_by("created_at")
    return TemplateResponse(
        request,
        "catalogue/admin/producer_staff.html",
        {
            "producer": producer,
            "form": form,
            "memberships": memberships,
            "page_title": _("Staff of %(producer)s") % {"producer": producer.title},
        },
        status=status,
    )
