"""The "Shop manager" group: admin access and the order permissions, nothing else."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Shop manager"
PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("storefront", "order", "view_order"),
    ("storefront", "order", "change_order"),
]


def create_group(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure ours exist now.
    for app_config in apps.get_app_configs():
        models_module = getattr(app_config, "models_module", None)  # AppConfigStub has none
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    for app_label, model, codename in PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        group.permissions.add(permission)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("storefront", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        # After Wagtail's migrations that hand chooser permissions to every admin group.
        ("wagtailimages", "0024_index_image_file_hash"),
        ("wagtaildocs", "0012_uploadeddocument"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
