"""Admin login throttling and lockout (django-axes), answered like every other rate limit.

Five failed logins within 15 minutes lock out the account (whatever address tries it) and,
separately, the address (whatever account it tries): settings ``AXES_*``. The lockout answer is
a 429 with ``Retry-After`` in the visitor's language, the same page as site_config.ratelimit's.
"""

from axes.backends import AxesBackend
from django.conf import settings

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
