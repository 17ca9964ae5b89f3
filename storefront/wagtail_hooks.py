"""The shop in the Wagtail admin: orders (``order_admin``), prices and stock with their log
(``stock_admin``)."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .models import Order
from .order_admin import OrderPermissionPolicy, OrderViewSet

register_permission_policy(Order, OrderPermissionPolicy(Order))
order_viewset = OrderViewSet("orders")


@hooks.register("register_admin_viewset")
def register_order_viewset():
    return order_viewset
