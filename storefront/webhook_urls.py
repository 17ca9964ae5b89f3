"""Webhook URLs, outside the language prefix (included at the root of site_config.urls)."""

from django.urls import path

from . import webhooks

urlpatterns = [
    path("stripe/webhook/", webhooks.stripe_webhook, name="stripe_webhook"),
]
