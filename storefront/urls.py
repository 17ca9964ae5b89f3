"""Shop URLs, inside the language prefix: /vi/cart/, /en/checkout/, /vi/orders/<token>/."""

from django.conf import settings
from django.urls import path

from . import views

app_name = "storefront"

urlpatterns = [
    path("cart/", views.cart_detail, name="cart"),
    path("cart/add/", views.cart_add, name="cart_add"),
    path("cart/update/", views.cart_update, name="cart_update"),
    path("cart/remove/", views.cart_remove, name="cart_remove"),
    path("checkout/", views.checkout, name="checkout"),
    path("orders/<str:token>/", views.order_detail, name="order_detail"),
    path("orders/<str:token>/paid/", views.order_paid, name="order_paid"),
    path("orders/<str:token>/pay/", views.order_pay, name="order_pay"),
    path("orders/<str:token>/vietqr.png", views.order_vietqr_png, name="order_vietqr_png"),
    path("orders/<str:token>/payment-method/", views.order_switch_method, name="order_switch_method"),
]

if settings.STRIPE_TEST_PAYMENT_PAGE:
    # Development only (Stripe is a local stripe-mock): the stand-in for Stripe Checkout.
    from . import test_payment

    urlpatterns.append(path("test-payment/<str:token>/", test_payment.test_payment, name="test_payment"))
