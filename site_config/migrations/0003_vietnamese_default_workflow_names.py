"""Wagtail's initial data names its moderation workflow and task "Moderators approval", and editors
read it on the publish menu ("Gửi duyệt (Moderators approval)"). Give both the name of the group that
approves, in Vietnamese; names someone has already changed are left alone."""

from django.db import migrations

ENGLISH = "Moderators approval"
VIETNAMESE = "Nhóm kiểm duyệt"


def rename(apps, old, new):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=old).update(name=new)
    apps.get_model("wagtailcore", "Task").objects.filter(name=old).update(name=new)


class Migration(migrations.Migration):
    dependencies = [
        ("site_config", "0002_shop_abroad_and_terms"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [
        migrations.RunPython(lambda apps, schema_editor: rename(apps, ENGLISH, VIETNAMESE),
                             lambda apps, schema_editor: rename(apps, VIETNAMESE, ENGLISH)),
    ]
