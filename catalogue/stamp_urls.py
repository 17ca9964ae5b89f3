"""Verify a traceability stamp, inside the language prefix: /vi/verify/, /en/verify/<code>/."""

from django.urls import path

from . import stamp_views

app_name = "stamps"

urlpatterns = [
    path("verify/", stamp_views.verify_form, name="verify"),
    path("verify/<str:code>/", stamp_views.verify_code, name="verify_code"),
]
