"""The partner feeds, outside the language prefix (site_config/urls.py): /feeds/<lang>/products.<fmt>."""

from django.urls import path

from . import feed_views

urlpatterns = [
    path("feeds/<str:language_code>/products.<str:fmt>", feed_views.product_feed, name="product_feed"),
]
