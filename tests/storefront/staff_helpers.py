"""Shop staff in the admin: a Shop manager (English or Vietnamese admin) and an editor."""

import importlib

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from wagtail.users.models import UserProfile


def ensure_shop_manager_group():
    """The group comes from data migrations; transactional tests elsewhere flush it, so re-run them."""
    importlib.import_module("storefront.migrations.0004_shop_manager_sees_stock").grant_stock_permissions(apps, None)
    return Group.objects.get(name="Shop manager")


def make_staff(django_user_model, username, *, language="en", group=None, permissions=()):
    user = django_user_model.objects.create_user(username, f"{username}@example.com", "pw")
    if group is not None:
        user.groups.add(group)
    for codename in permissions:
        app_label, codename = codename.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def body_of(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content
