"""The JSON search API; included at the site root, outside the language prefix."""

from django.urls import path

from . import figures_api, views

urlpatterns = [
    path("api/v1/search/", views.search_api, name="search_api"),
    path("api/v1/search/suggest/", views.suggest_api, name="search_suggest"),
    path("api/v1/figures/", figures_api.figures_api, name="figures_api"),
]
