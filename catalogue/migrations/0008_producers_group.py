"""The "Producers" group (admin access, nothing else: each producer's team group carries its page
permissions) and the programme's Moderators may invite producer staff."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PRODUCERS = "Producers"
MODERATORS = "Moderators"


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        models_module = getattr(app_config, "models_module", None)  # AppConfigStub has none
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    producers, _ = Group.objects.get_or_create(name=PRODUCERS)
    producers.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    invite = Permission.objects.get(content_type__app_label="catalogue", codename="add_producermembership")
    for group in Group.objects.filter(name=MODERATORS):
        group.permissions.add(invite)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=PRODUCERS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0007_producer_staff_and_teams"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0048_add_default_workflows"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        # After Wagtail's migrations that hand chooser permissions to every admin group: producers
        # choose images of their own team's collection only (catalogue.producer_access).
        ("wagtailimages", "0024_index_image_file_hash"),
        ("wagtaildocs", "0012_uploadeddocument"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
