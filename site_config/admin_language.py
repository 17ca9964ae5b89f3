"""The admin speaks the site's language (Vietnamese), not the browser's.

Wagtail takes the admin language from the user's profile ("Preferred language") and, when that
is empty ("Use server language"), from the request, which LocaleMiddleware fills from the
browser's Accept-Language. The programme office works in Vietnamese whatever the browser says,
so under the admin prefix the request language is ``OCOP_ADMIN_LANGUAGE`` (the site's source
language by default). A user who picks English in Account → Preferences still gets English: the
profile is consulted after this, by Wagtail itself. The login and password-reset screens, shown
before anyone is known, follow the same rule.

Wagtail's and wagtail-localize's own Vietnamese catalogues are incomplete; the project's
overrides live in ``site_config/admin_locale`` (LOCALE_PATHS outranks app catalogues) and are
measured by ``bench/admin_i18n/coverage.py``.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class AdminLanguageMiddleware:
    """Activate OCOP_ADMIN_LANGUAGE for every request under the Wagtail admin's URL prefix."""

    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def admin_prefix(self):
        return reverse("wagtailadmin_home")

    def __call__(self, request):
        if request.path_info.startswith(self.admin_prefix):
            language = getattr(settings, "OCOP_ADMIN_LANGUAGE", settings.LANGUAGE_CODE)
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)


class LoginForm(WagtailLoginForm):
    """Wagtail's login form, whose password field has no label of its own: Django then shows the
    field name, "Password", untranslated."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
