"""Staff search by name without tone marks (a folded copy of the name), and the stock log."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def fold_existing_names(apps, schema_editor):
    from site_config.text import fold

    Order = apps.get_model("storefront", "Order")
    for order in Order.objects.only("pk", "customer_name").iterator():
        Order.objects.filter(pk=order.pk).update(search_name=fold(order.customer_name)[:255])


class Migration(migrations.Migration):

    dependencies = [
        ('catalogue', '0001_initial'),
        ('storefront', '0002_shop_manager_group'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='order',
            name='search_name',
            field=models.CharField(blank=True, db_index=True, editable=False, max_length=255),
        ),
        migrations.CreateModel(
            name='StockMovement',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('sku', models.CharField(max_length=64, verbose_name='SKU')),
                ('change', models.IntegerField(verbose_name='change')),
                ('stock_after', models.PositiveIntegerField(verbose_name='stock after')),
                ('reason', models.CharField(choices=[('sale', 'Sale'), ('cancellation', 'Order cancelled'), ('hold_expired', 'Unpaid order expired'), ('payment_failed', 'Payment failed'), ('refund', 'Order refunded'), ('manual', 'Correction by staff'), ('import', 'Import'), ('delivery', 'Goods received')], db_index=True, max_length=20, verbose_name='reason')),
                ('note', models.CharField(blank=True, max_length=255, verbose_name='note')),
                ('created_at', models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='when')),
                ('changed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='by')),
                ('order', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='stock_movements', to='storefront.order', verbose_name='order')),
                ('variant', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='stock_movements', to='catalogue.productvariant', verbose_name='variant')),
            ],
            options={
                'verbose_name': 'stock movement',
                'verbose_name_plural': 'stock log',
                'ordering': ['-created_at', '-pk'],
                'permissions': [('record_delivery', 'Can record goods received')],
            },
        ),
        migrations.RunPython(fold_existing_names, migrations.RunPython.noop),
    ]
