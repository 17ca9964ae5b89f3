"""The catalogue's own views outside the page tree (inside the language prefix)."""

from django.urls import path

from .wholesale.views import wholesale_enquiry

app_name = "catalogue"

urlpatterns = [
    path("wholesale-enquiry/<int:page_id>/", wholesale_enquiry, name="wholesale_enquiry"),
]
