"""The Producers group keeps its own batches and stamps: add, change and view batches, view stamp
codes (catalogue.producer_access.GROUP_PERMISSIONS; never delete). Which batches is decided by
``Batch.objects.visible_to``: a producer's own products only."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PRODUCERS = "Producers"
CODENAMES = ("add_batch", "change_batch", "view_batch", "view_stampcode")


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        models_module = getattr(app_config, "models_module", None)  # AppConfigStub has none
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="catalogue", codename__in=CODENAMES)
    for group in Group.objects.filter(name=PRODUCERS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="catalogue", codename__in=CODENAMES)
    for group in Group.objects.filter(name=PRODUCERS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0009_generated_catalogue_record"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
