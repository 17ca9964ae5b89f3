"""The shop in the Wagtail admin: orders (``order_admin``), prices and stock with their log
(``stock_admin``)."""

from django.urls import include, path
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from . import (
    admin_holds,  # noqa: F401  (registers the stock holds view and menu item)
    stock_admin,
)
from .models import Order, StockMovement
from .order_admin import OrderPermissionPolicy, OrderViewSet

register_permission_policy(Order, OrderPermissionPolicy(Order))
order_viewset = OrderViewSet("orders")


@hooks.register("register_admin_viewset")
def register_order_viewset():
    return order_viewset


# --- Prices and stock ---------------------------------------------------------------------------
register_permission_policy(StockMovement, stock_admin.ReadOnlyPolicy(StockMovement))
register_snippet(stock_admin.ShopStockGroup)


@hooks.register("register_admin_viewset")
def register_product_chooser():
    return stock_admin.product_chooser_viewset


@hooks.register("register_admin_urls")
def register_stock_urls():
    return [path("shop/stock/", include((stock_admin.urlpatterns, "shop_stock")))]


# --- The producers' own corner: their prices, stock and order lines (catalogue.producer_access) ---
from django.urls import reverse  # noqa: E402
from django.utils.translation import gettext_lazy as _  # noqa: E402
from wagtail.admin.menu import MenuItem  # noqa: E402

from catalogue.producer_access import is_producer_staff  # noqa: E402

from . import producer_corner  # noqa: E402


@hooks.register("register_admin_urls")
def register_producer_corner_urls():
    return [path("producer-corner/shop/", include((producer_corner.urlpatterns, "producer_corner_shop")))]


class _ProducerMenuItem(MenuItem):
    def is_shown(self, request):
        return is_producer_staff(request.user)


@hooks.register("register_admin_menu_item")
def producer_prices_menu_item():
    return _ProducerMenuItem(
        _("Prices and stock"),
        reverse("producer_corner_shop:variants"),
        name="producer-corner-prices",
        icon_name="tag",
        order=2,
    )


@hooks.register("register_admin_menu_item")
def producer_lines_menu_item():
    return _ProducerMenuItem(
        _("My order lines"),
        reverse("producer_corner_shop:lines"),
        name="producer-corner-lines",
        icon_name="list-ul",
        order=3,
    )
