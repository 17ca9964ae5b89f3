"""The search page; included inside i18n_patterns at "search/" (/vi/search/, /en/search/)."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.search_page, name="search"),
]
