"""Admin views of the catalogue: the out-of-date translations list and its one action."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail_localize.models import TranslationSource

from .translation_status import stale_sources, update_translations


def stale_translations(request):
    return TemplateResponse(request, "catalogue/admin/stale_translations.html", {"stale": stale_sources()})


@require_POST
def update(request):
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        raise PermissionDenied
    # The list posts its sources; the page editor's button (w-action#post) puts them in the URL.
    values = request.POST.getlist("source") or request.GET.getlist("source")
    ids = [value for value in values if value.isascii() and value.isdigit()]
    sources = list(TranslationSource.objects.filter(pk__in=ids))
    update_translations(sources, user=request.user)
    messages.success(request, _("Translations updated: the changed text is ready to translate."))
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = reverse("catalogue_translations:stale")
    return redirect(next_url)
