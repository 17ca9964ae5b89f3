"""Values computed once per request: one memo, opened by ``RequestMemoMiddleware`` (outermost)
and dropped when the response is done, so nothing outlives the request, no invalidation to get
wrong, nothing leaks between visitors.

* ``memoized(key, compute)``: for code that has no request at hand (Wagtail's own look-ups below,
  the content version). Outside a request (commands, tasks) it computes every time.
* ``memoize(request, key, compute)``: for template tags; the same memo, or the request object's
  own when the middleware did not run (a template rendered with a bare RequestFactory request).
* ``request_locale(request)``: the active Locale, once per request and language.

Keys are tuples that start with the caller's name; include the active language when the value
depends on it.

``Locale.objects.get_for_language`` is wrapped here because Wagtail itself calls it through
``Locale.get_active()`` on routing, on every ``.localized`` and in wagtail-localize: five to eight
identical queries per page otherwise. ``PageQuerySet.private_q`` and ``Page.get_view_restrictions``
are wrapped so the view restrictions are read once per request (none apply on a site without a
private section). ``Site._find_for_request`` (Wagtail's routing, every site setting) is wrapped too.
These wrappers are installed in ``SiteConfig.ready`` and must be checked on every Wagtail upgrade
(tests/catalogue/test_page_query_counts.py and tests/site_config/test_request_lookups.py fail if
they stop working).

The locales, the view restrictions and the site of a host are also kept across requests in the
content-version cache (``site_config.content_version.cached``): every one of them raises the version
when saved or deleted (so does a page move, which changes a restricted page's path), and a request
then costs no query for them at all, only the content version it reads anyway.
"""

from contextvars import ContextVar

from django.utils.translation import get_language

_memo: ContextVar[dict | None] = ContextVar("ocop_request_memo", default=None)
_MEMO_ATTRIBUTE = "_ocop_memo"


def memoized(key, compute):
    """``compute()`` once per request for ``key`` (every time outside a request)."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def memoize(request, key, compute):
    """``compute()`` once per request and ``key``; without a request nothing is memoised."""
    if request is None:
        return compute()
    memo = _memo.get()
    if memo is None:
        memo = request.__dict__.setdefault(_MEMO_ATTRIBUTE, {})
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def request_locale(request):
    """``Locale.get_active()`` (a query each time) once per request and language."""
    from wagtail.models import Locale

    return memoize(request, ("locale", get_language() or ""), Locale.get_active)


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)


def install_locale_memo():
    """Make ``LocaleManager.get_for_language`` answer from the request's memo (called in ready())."""
    from wagtail.models.i18n import LocaleManager

    original = LocaleManager.get_for_language
    if getattr(original, "_ocop_memoized", False):
        return

    def get_for_language(self, language_code):
        from wagtail.coreutils import get_supported_content_language_variant

        code = get_supported_content_language_variant(language_code)  # LookupError as Wagtail's
        locale = locale_for_code(code)
        if locale is None:
            raise self.model.DoesNotExist(f"No Locale for {code!r}")
        return locale

    get_for_language._ocop_memoized = True
    LocaleManager.get_for_language = get_for_language


def install_view_restrictions_memo():
    """``PageQuerySet.public()`` reads every PageViewRestriction each time it is called (three or
    four times per page: listings, language links); read them once per request."""
    from django.db.models import Q
    from wagtail.query import PageQuerySet

    if getattr(PageQuerySet.private_q, "_ocop_memoized", False):
        return

    def private_q(self):
        restricted = restricted_pages()
        q = Q()
        for page in restricted:
            q |= self.descendant_of_q(page, inclusive=True)
        return q if q else Q(pk__in=[])  # no private section: match nothing, as Wagtail does

    private_q._ocop_memoized = True
    PageQuerySet.private_q = private_q

    # Wagtail's before-serve hook asks each served page for its restrictions (two queries: the
    # ancestors' aliases, then the restrictions). With no private section anywhere, none apply.
    from wagtail.models import Page, PageViewRestriction

    original = Page.get_view_restrictions

    def get_view_restrictions(self):
        if not restricted_pages():
            return PageViewRestriction.objects.none()
        return original(self)

    Page.get_view_restrictions = get_view_restrictions


def locales_by_code():
    """{language code: Locale} of every locale (once per request, kept per content version)."""
    from wagtail.models import Locale

    from .content_version import cached

    return memoized(
        ("locales",),
        lambda: cached("locales", lambda: {locale.language_code: locale for locale in Locale.objects.all()}),
    )


def locale_for_code(code):
    """The Locale of ``code`` (exactly), or None. From :func:`locales_by_code`; a code it lacks is
    asked of the database, so a locale created in this very transaction (the version moves only
    when it commits) is found, as it was before the cache."""
    from wagtail.models import Locale

    locale = locales_by_code().get(code)
    return locale if locale is not None else Locale.objects.filter(language_code=code).first()


def locale_by_id(pk):
    """The Locale whose primary key is ``pk`` (None if there is none), from :func:`locales_by_code`."""
    return next((locale for locale in locales_by_code().values() if locale.pk == pk), None)


def restricted_pages():
    """The pages that carry a view restriction (once per request, kept per content version)."""
    from wagtail.models import PageViewRestriction

    from .content_version import cached

    return memoized(
        ("view_restrictions",),
        lambda: cached(
            "view_restrictions", lambda: [r.page for r in PageViewRestriction.objects.select_related("page")]
        ),
    )


def install_site_memo():
    """``Site.find_for_request`` (routing, every site setting) answers from the content-version
    cache: one query per request otherwise, Wagtail caching it on the request object only."""
    from django.http.request import split_domain_port
    from wagtail.models import Site

    from .content_version import cached, slug_key

    original = Site._find_for_request
    if getattr(original, "_ocop_memoized", False):
        return

    def find(request):
        site = original(request)
        if site is not None:
            # Routing starts at ``site.root_page.localized.specific``: the root page kept with the
            # site in its specific form, so that is no query per request either.
            site.root_page = site.root_page.specific
        return site

    def _find_for_request(request):
        hostname = split_domain_port(request._get_raw_host())[0]
        # The Host header is the client's: hashed into the key.
        return cached(f"site:{slug_key(f'{hostname}|{request.get_port()}')}", lambda: find(request))

    _find_for_request._ocop_memoized = True
    Site._find_for_request = staticmethod(_find_for_request)
