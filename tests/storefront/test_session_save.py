"""The cart lives in the session: an existing session is saved by one UPDATE in autocommit
(site_config.sessions), not Django's BEGIN, UPDATE, COMMIT (three round trips for every cart change
and every order), and a session deleted meanwhile is still a clear refusal."""

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client

from storefront.services.cart import Cart


@pytest.mark.django_db(transaction=True)
def test_a_cart_change_saves_the_session_in_one_statement_outside_a_transaction(variant):
    client = Client()
    assert client.post("/vi/cart/add/", {"variant": variant.pk, "quantity": "1"}).status_code == 302
    writes = []

    def record(execute, sql, params, many, context):
        if "django_session" in sql and not sql.lstrip().upper().startswith("SELECT"):
            writes.append((sql.split()[0].upper(), connection.get_autocommit()))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        assert client.post("/vi/cart/add/", {"variant": variant.pk, "quantity": "1"}).status_code == 302
    assert writes == [("UPDATE", True)]
    assert Cart.count_in(client.session) == 2


@pytest.mark.django_db
def test_a_session_deleted_during_the_request_is_not_brought_back(variant):
    """As Django's own store: the save refuses (SessionMiddleware answers 400), the row stays gone."""
    from django.contrib.sessions.backends.base import UpdateError

    from site_config.sessions import SessionStore

    session = SessionStore()
    session["cart"] = {"items": {str(variant.pk): 1}, "count": 1}
    session.save()
    loaded = SessionStore(session.session_key)
    loaded["cart"] = {"items": {str(variant.pk): 2}, "count": 2}
    Session.objects.all().delete()  # a logout in another tab while this request runs
    with pytest.raises(UpdateError):
        loaded.save()
    assert not Session.objects.exists()
