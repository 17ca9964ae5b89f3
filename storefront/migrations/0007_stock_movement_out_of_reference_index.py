"""Stock movements are no longer recorded in Wagtail's reference index (they are ledger rows, not
content: ``StockMovement.wagtail_reference_index_ignore``); the rows recorded so far go too."""

from django.db import migrations


def forget_stock_movements(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    movement = ContentType.objects.filter(app_label="storefront", model="stockmovement").first()
    if movement is not None:
        ReferenceIndex.objects.filter(content_type=movement).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("storefront", "0006_order_line_shipment"),
        ("wagtailcore", "0078_referenceindex"),
    ]

    operations = [migrations.RunPython(forget_stock_movements, migrations.RunPython.noop)]
