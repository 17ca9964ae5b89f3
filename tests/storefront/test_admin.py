"""Orders in the Wagtail admin, as a shop manager sees them."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from storefront_helpers import order_for

from catalogue.models import ProductVariant
from storefront.models import Order, Payment, PaymentMethod
from storefront.services.orders import set_status
from storefront.status import OrderStatus


@pytest.fixture(autouse=True)
def shop_manager_group(db):
    """The group comes from a data migration; transactional tests elsewhere flush it, so re-run it."""
    import importlib

    from django.apps import apps

    importlib.import_module("storefront.migrations.0004_shop_manager_sees_stock").grant_stock_permissions(apps, None)


@pytest.fixture
def manager(django_user_model, client):
    user = django_user_model.objects.create_user("manager", "m@example.com", "pw")
    user.groups.add(Group.objects.get(name="Shop manager"))
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the admin speaks English to this user
    profile.save()
    client.force_login(user)
    return user


def action(client, order, name, **data):
    return client.post(f"/admin/orders/action/{order.pk}/{name}/", data)


@pytest.mark.django_db
def test_shop_manager_group_has_only_the_order_permissions():
    perms = {
        f"{p.content_type.app_label}.{p.codename}" for p in Group.objects.get(name="Shop manager").permissions.all()
    }
    assert perms == {
        "wagtailadmin.access_admin",
        "storefront.view_order",
        "storefront.change_order",
        "catalogue.view_productvariant",
        "storefront.view_stockmovement",
        "storefront.record_delivery",
    }


@pytest.mark.django_db
def test_list_filter_and_search(client, manager, variant):
    cod = order_for(variant, method=PaymentMethod.COD)
    bank = order_for(variant, method=PaymentMethod.BANK_TRANSFER)
    set_status(bank, OrderStatus.PAID)
    response = client.get("/admin/orders/")
    assert response.status_code == 200
    assert cod.number in response.content.decode() and bank.number in response.content.decode()
    paid = client.get("/admin/orders/", {"status": "paid"}).content.decode()
    assert bank.number in paid and cod.number not in paid
    by_method = client.get("/admin/orders/", {"payment_method": "cod"}).content.decode()
    assert cod.number in by_method and bank.number not in by_method
    by_producer = client.get("/admin/orders/", {"producer": variant.product.producer_id}).content.decode()
    assert cod.number in by_producer
    found = client.get("/admin/orders/", {"q": bank.number}).content.decode()
    assert bank.number in found and cod.number not in found
    assert cod.number in client.get("/admin/orders/", {"q": "an@example.com"}).content.decode()


@pytest.mark.django_db
def test_csv_export(client, manager, variant):
    order = order_for(variant, method=PaymentMethod.COD)
    response = client.get("/admin/orders/", {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    assert order.number in body and ",145000," in body


@pytest.mark.django_db
def test_cod_order_through_its_life_with_history_and_emails(
    client, manager, variant, django_capture_on_commit_callbacks
):
    order = order_for(variant, quantity=2, method=PaymentMethod.COD, language="en")
    page = client.get(f"/admin/orders/inspect/{order.pk}/")
    assert page.status_code == 200 and "Start processing" in page.content.decode()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        action(client, order, "processing", reason="packed")
        assert action(client, order, "shipped").status_code == 302  # refused: no tracking number
        action(client, order, "shipped", carrier="VNPost", tracking_number="EB9VN")
        action(client, order, "delivered")
        action(client, order, "cash_collected")
    order.refresh_from_db()
    assert order.status == OrderStatus.DELIVERED and order.tracking_number == "EB9VN" and order.paid_at
    history = list(order.status_changes.values_list("to_status", "changed_by__username", "reason"))
    assert history == [
        ("processing", "manager", "packed"),
        ("shipped", "manager", ""),
        ("delivered", "manager", ""),
        ("delivered", "manager", "Cash collected: ₫265,000"),
    ]
    assert [m.subject for m in mail.outbox] == [f"Order {order.number} is on its way"]
    page = client.get(f"/admin/orders/inspect/{order.pk}/").content.decode()
    assert "Status history" in page and "packed" in page


@pytest.mark.django_db
def test_inspect_view_of_an_unpaid_order_says_not_yet_rather_than_none(client, manager, variant):
    order = order_for(variant, method=PaymentMethod.COD)  # no payment time, no tracking number yet
    page = client.get(f"/admin/orders/inspect/{order.pk}/").content.decode()
    assert order.number in page
    assert not re.search(r"<dd>\s*None\s*</dd>", page)
    assert re.search(r"<dd>\s*—\s*</dd>", page)


@pytest.mark.django_db
def test_paid_transfer_is_refunded_not_cancelled_and_unpaid_cancel_puts_stock_back(client, manager, variant):
    order = order_for(variant, quantity=3, method=PaymentMethod.BANK_TRANSFER)
    action(client, order, "mark_paid")
    assert Order.objects.get(pk=order.pk).status == OrderStatus.PAID
    response = action(client, order, "cancel", reason="customer asked")
    assert Order.objects.get(pk=order.pk).status == OrderStatus.PAID  # the money must go back: refund
    assert any("not possible" in str(m) for m in response.wsgi_request._messages)
    action(client, order, "refund", reason="customer asked")
    assert Order.objects.get(pk=order.pk).status == OrderStatus.REFUNDED
    assert ProductVariant.objects.get(pk=variant.pk).stock == 10
    unpaid = order_for(variant, quantity=2, method=PaymentMethod.BANK_TRANSFER)
    action(client, unpaid, "cancel")
    assert Order.objects.get(pk=unpaid.pk).status == OrderStatus.CANCELLED
    assert ProductVariant.objects.get(pk=variant.pk).stock == 10
    response = action(client, unpaid, "mark_paid")
    assert Order.objects.get(pk=unpaid.pk).status == OrderStatus.CANCELLED
    assert any("not possible" in str(m) for m in response.wsgi_request._messages)


@pytest.mark.django_db
def test_refund_card_order_through_stripe_is_idempotent(client, manager, card_order):
    Payment.objects.create(
        order=card_order,
        session_id="cs_test_1",
        payment_intent_id="pi_test_1",
        idempotency_key="k-1",
        amount_vnd=card_order.total_vnd,
    )
    set_status(card_order, OrderStatus.PAID)
    action(client, card_order, "refund")
    action(client, card_order, "refund")
    assert Order.objects.get(pk=card_order.pk).status == OrderStatus.REFUNDED
    assert card_order.status_changes.filter(to_status=OrderStatus.REFUNDED).count() == 1
    assert Payment.objects.get(order=card_order).refund_id.startswith("re_")


@pytest.mark.django_db
def test_orders_cannot_be_added_or_deleted_in_the_admin(client, manager, variant):
    order = order_for(variant)
    assert client.get("/admin/orders/new/").status_code in (302, 403)
    assert client.post(f"/admin/orders/delete/{order.pk}/").status_code in (302, 403)
    assert Order.objects.filter(pk=order.pk).exists()


@pytest.mark.django_db
def test_staff_without_the_group_cannot_act(client, django_user_model, variant):
    user = django_user_model.objects.create_user("editor", "e@example.com", "pw")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    order = order_for(variant, method=PaymentMethod.BANK_TRANSFER)
    # Wagtail turns a refusal into a redirect to the dashboard with a message.
    assert action(client, order, "mark_paid").status_code in (302, 403)
    assert client.get("/admin/orders/").status_code in (302, 403)
    assert Order.objects.get(pk=order.pk).status == OrderStatus.AWAITING_PAYMENT
