"""Admin login throttling and lockout (django-axes), answered like every other rate limit.

Five failed logins within 15 minutes lock out the account (whatever address tries it) and,
separately, the address (whatever account it tries): settings ``AXES_*``. The lockout answer is
a 429 with ``Retry-After`` in the visitor's language, the same page as site_config.ratelimit's.

Then an optional TOTP second factor (django-otp): ``OCOP_ADMIN_2FA`` "optional" (default) asks a
code of every admin user who has an authenticator enrolled (``manage.py totp_enrol USER``),
"required" of every admin user (those without one are told to have one enrolled), "off" never.
"""

import re

import django_otp
from axes.backends import AxesBackend
from django import forms
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp.plugins.otp_totp.models import TOTPDevice

from .ratelimit import too_many_requests


class LoginLockoutBackend(AxesBackend):
    """Axes' backend, for logins that come with a request (the admin's login form).

    It is the first backend, so sessions made without a named backend (``force_login``) name it:
    it must load users like the model backend (axes' ``AxesBackend`` is that model backend).

    Axes refuses ``authenticate()`` without a request; code that authenticates without one
    (Django's test client, management commands) has no client to throttle and goes straight to
    the model backend.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def lockout_response(request, original_response=None, credentials=None):
    seconds = int(settings.AXES_COOLOFF_TIME.total_seconds())
    return too_many_requests(request, seconds, as_json="application/json" in request.headers.get("Accept", ""))


def second_factor_needed(user) -> bool:
    """Whether ``user`` must give a TOTP code after the password (``OCOP_ADMIN_2FA``)."""
    mode = settings.OCOP_ADMIN_2FA
    if mode == "off" or not user.is_authenticated:
        return False
    return mode == "required" or django_otp.user_has_device(user, confirmed=True)


class AdminSecondFactorMiddleware:
    """Sends a logged-in admin user who owes a TOTP code to the code page, for every admin URL.

    Runs after django-otp's OTPMiddleware (which gives ``user.is_verified()``). The public site
    is not concerned: staff browsing the shop are customers there.
    """

    OPEN_URL_NAMES = {
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "admin_second_factor",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
    }

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith("/" + settings.OCOP_ADMIN_PATH):
            return None
        user = getattr(request, "user", None)
        if user is None or not second_factor_needed(user) or user.is_verified():
            return None
        if request.resolver_match and request.resolver_match.url_name in self.OPEN_URL_NAMES:
            return None
        return redirect_to_login(request.get_full_path(), login_url=reverse("admin_second_factor"))


class TokenForm(forms.Form):
    otp_token = forms.CharField(
        label=gettext_lazy("Code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device = None

    def clean_otp_token(self):
        token = self.cleaned_data["otp_token"].replace(" ", "")
        if not re.fullmatch(r"[0-9]{6,8}", token):
            raise forms.ValidationError(_("Enter the 6 digits your authenticator app shows."))
        for device in TOTPDevice.objects.devices_for_user(self.user, confirmed=True):
            if device.verify_token(token):  # throttled by django-otp after repeated failures
                self.device = device
                return token
        raise forms.ValidationError(_("This code is wrong or has expired. Try the current one."))


@never_cache
@sensitive_post_parameters("otp_token")
def second_factor_view(request):
    """The second step of the admin login: a TOTP code."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), login_url=reverse("wagtailadmin_login"))
    target = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = ""
    has_device = django_otp.user_has_device(request.user, confirmed=True)
    form = TokenForm(request.POST or None, user=request.user)
    if request.method == "POST" and has_device and form.is_valid():
        django_otp.login(request, form.device)
        return redirect(target or reverse("wagtailadmin_home"))
    return render(request, "wagtailadmin/second_factor.html", {"form": form, "next": target, "has_device": has_device})
