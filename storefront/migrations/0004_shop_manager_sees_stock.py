"""The "Shop manager" group also sees prices and stock, reads the stock log and records deliveries
(goods received). It still cannot change prices, edit pages, settings or users."""

import importlib

from django.db import migrations

GROUP_NAME = "Shop manager"
PERMISSIONS = [
    ("catalogue", "productvariant", "view_productvariant"),
    ("storefront", "stockmovement", "view_stockmovement"),
    ("storefront", "stockmovement", "record_delivery"),
]


def grant_stock_permissions(apps, schema_editor):
    # The same group and permission set-up as 0002 (permissions exist before post_migrate).
    importlib.import_module("storefront.migrations.0002_shop_manager_group").create_group(apps, schema_editor)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.get(name=GROUP_NAME)
    for app_label, model, codename in PERMISSIONS:
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def revoke_stock_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP_NAME).first()
    if group is not None:
        for app_label, model, codename in PERMISSIONS:
            group.permissions.remove(*Permission.objects.filter(content_type__app_label=app_label, codename=codename))


class Migration(migrations.Migration):
    dependencies = [
        ("storefront", "0003_stock_log_and_order_search"),
        ("catalogue", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant_stock_permissions, revoke_stock_permissions)]
