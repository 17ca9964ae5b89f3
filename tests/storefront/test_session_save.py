"""The cart lives in the session: an existing session is saved by one UPDATE in autocommit
(site_config.sessions), not Django's BEGIN, UPDATE, COMMIT (three round trips for every cart change
and every order), and a session deleted meanwhile is still a clear refusal."""

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client

from storefront.services.cart import Cart


def _session_statements(sql_log):
    def record(execute, sql, params, many, context):
        if "django_session" in sql:
            sql_log.append((sql.split()[0].upper(), connection.get_autocommit()))
        return execute(sql, params, many, context)

    return record


@pytest.mark.django_db(transaction=True)
def test_a_cart_change_saves_the_session_in_one_statement_outside_a_transaction(variant):
    client = Client()
    assert client.post("/vi/cart/add/", {"variant": variant.pk, "quantity": "1"}).status_code == 302
    statements = []
    with connection.execute_wrapper(_session_statements(statements)):
        assert client.post("/vi/cart/add/", {"variant": variant.pk, "quantity": "1"}).status_code == 302
    writes = [statement for statement in statements if statement[0] != "SELECT"]  # the session's read
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


@pytest.mark.django_db(transaction=True)
def test_a_buyers_first_cart_change_creates_the_session_in_one_insert(variant):
    """No SELECT to see whether the random key is taken (the INSERT's unique key refuses it) and
    no BEGIN and COMMIT around the INSERT: a first cart change was four round trips for its session."""
    client = Client()
    statements = []
    with connection.execute_wrapper(_session_statements(statements)):
        assert client.post("/vi/cart/add/", {"variant": variant.pk, "quantity": "1"}).status_code == 302
    assert statements == [("INSERT", True)]
    assert Cart.count_in(client.session) == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("in_transaction", [False, True], ids=["autocommit", "inside-atomic"])
def test_a_new_session_never_takes_over_a_key_already_in_use(variant, monkeypatch, in_transaction):
    """A drawn key that is someone's session is refused by the database and another is drawn:
    the other buyer's cart is untouched, and a surrounding transaction goes on."""
    from django.db import transaction

    from site_config import sessions
    from site_config.sessions import SessionStore

    theirs = SessionStore()
    theirs["cart"] = {"items": {str(variant.pk): 3}, "count": 3}
    theirs.save()
    draws = iter([theirs.session_key, "k" * 32])
    monkeypatch.setattr(sessions, "get_random_string", lambda *args: next(draws))

    mine = SessionStore()
    mine["cart"] = {"items": {str(variant.pk): 1}, "count": 1}
    if in_transaction:
        with transaction.atomic():
            mine.save()
            assert Session.objects.count() == 2  # the transaction is still usable after the refusal
    else:
        mine.save()

    assert mine.session_key == "k" * 32
    assert Cart.count_in(SessionStore(theirs.session_key)) == 3
    assert Cart.count_in(SessionStore(mine.session_key)) == 1
