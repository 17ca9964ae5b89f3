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
