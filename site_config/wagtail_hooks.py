"""Admin URLs of site_config: the second step of the admin login (TOTP code)."""

from django.urls import path
from wagtail import hooks

from .login_security import second_factor_view


@hooks.register("register_admin_urls")
def register_second_factor_url():
    return [path("second-factor/", second_factor_view, name="admin_second_factor")]
