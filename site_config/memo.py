"""Values computed once per request: the template tags of every app memoise their queries here.

A page asks for the same things many times while it renders (the active locale, the names of
regions on every product card, the language links in the head and in the switcher). The memo
lives on the request object, so it never outlives the request and never leaks between visitors.
"""

from django.utils.translation import get_language
from wagtail.models import Locale

_MEMO_ATTRIBUTE = "_ocop_memo"


def memoize(request, key, compute):
    """``compute()`` once per request and ``key``; the same value for every later call.

    Keys are tuples that start with the caller's name; include the active language when the value
    depends on it. Without a request (an e-mail, a test rendering a template) nothing is memoised.
    """
    if request is None:
        return compute()
    memo = request.__dict__.setdefault(_MEMO_ATTRIBUTE, {})
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def request_locale(request):
    """``Locale.get_active()`` (a query each time) once per request and language."""
    return memoize(request, ("locale", get_language() or ""), Locale.get_active)
