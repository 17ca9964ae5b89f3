"""Admin hooks of the producers' corner (imported by catalogue.wagtail_hooks)."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.search import SearchArea
from wagtail.admin.widgets import Button

from . import producer_admin, stamp_admin
from .models import ProducerPage
from .producer_access import is_producer_staff, page_ids_for

CORNER_MENU_PREFIX = "producer-corner"
# Other menu items a producer's staff keep: their batches and stamp codes (views scoped to their own).
CORNER_MENU_NAMES = {stamp_admin.StampsGroup.menu_name}


@hooks.register("register_admin_urls")
def producer_corner_urls():
    return [
        path(
            "producer-corner/",
            include(([path("", producer_admin.corner_index, name="index")], "producer_corner")),
        ),
        path(
            "producer-staff/",
            include(
                ([path("<int:page_id>/", producer_admin.producer_staff, name="staff")], "catalogue_producer_staff")
            ),
        ),
    ]


class ProducerCornerMenuItem(MenuItem):
    def is_shown(self, request):
        return is_producer_staff(request.user)


@hooks.register("register_admin_menu_item")
def producer_corner_menu_item():
    return ProducerCornerMenuItem(
        _("My producer corner"), reverse("producer_corner:index"), name=CORNER_MENU_PREFIX, icon_name="user", order=1
    )


@hooks.register("construct_main_menu")
def producers_see_only_their_corner(request, menu_items):
    if is_producer_staff(request.user):
        menu_items[:] = [
            item for item in menu_items if item.name.startswith(CORNER_MENU_PREFIX) or item.name in CORNER_MENU_NAMES
        ]


@hooks.register("register_page_header_buttons")
def producer_staff_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, ProducerPage) and producer_admin.can_invite(user):
        yield Button(
            _("Producer staff"),
            reverse("catalogue_producer_staff:staff", args=[page.pk]),
            icon_name="group",
            priority=80,
        )


def _only_own_pages(pages, request):
    if is_producer_staff(request.user):
        return pages.filter(pk__in=page_ids_for(request.user))
    return pages


@hooks.register("construct_page_chooser_queryset")
def producers_choose_only_their_pages(pages, request):
    # Belt and braces: the middleware already closes the page chooser to producers.
    return _only_own_pages(pages, request)


@hooks.register("construct_explorer_page_queryset")
def producers_explore_only_their_pages(parent_page, pages, request):
    # Belt and braces: the middleware already sends producers from the explorer to their corner.
    return _only_own_pages(pages, request)


class ProducerCornerSearchArea(SearchArea):
    """The sidebar's search box of a producer's staff searches their own pages (the corner), not
    Wagtail's page search, which lists every page."""

    def is_shown(self, request):
        return is_producer_staff(request.user)


@hooks.register("register_admin_search_area")
def producer_corner_search_area():
    return ProducerCornerSearchArea(
        _("My producer corner"), reverse("producer_corner:index"), name=CORNER_MENU_PREFIX, icon_name="user", order=0
    )
