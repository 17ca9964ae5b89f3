"""Django's database sessions, each save in one statement.

Django wraps every session save in a transaction (``BEGIN``, ``UPDATE``, ``COMMIT``: three round
trips to the database), and a new session costs four: a ``SELECT`` to see whether a random key is
taken, then ``BEGIN``, ``INSERT``, ``COMMIT``. A single statement is atomic on its own: an existing
session is saved by one ``UPDATE``, and a new one by one ``INSERT`` whose unique key refuses a key
already taken (Django's ``create()`` then draws another), so the ``SELECT`` is not needed either.
Inside a transaction (a test's, or a caller's ``atomic``) Django's savepoint is kept, so a refused
``INSERT`` does not break the transaction around it. The cart keeps its lines in the session, so
every cart change and every order saves it, and a buyer's first cart change creates it.
"""

from django.contrib.sessions.backends import db
from django.contrib.sessions.backends.base import VALID_KEY_CHARS, CreateError, UpdateError
from django.db import IntegrityError, connections, router
from django.utils.crypto import get_random_string


class SessionStore(db.SessionStore):
    def _get_new_session_key(self):
        # 32 characters of 36: the INSERT's unique key, not a SELECT before it, refuses the
        # (never yet seen) key that is taken.
        return get_random_string(32, VALID_KEY_CHARS)

    def save(self, must_create=False):
        if self.session_key is None:
            return self.create()  # draws a key and comes back with must_create
        using = router.db_for_write(self.model)
        if must_create:
            if connections[using].in_atomic_block:
                return super().save(must_create=True)  # in a savepoint: a refusal keeps the transaction
            obj = self.create_model_instance(self._get_session(no_load=True))
            try:
                obj.save(force_insert=True, using=using)
            except IntegrityError:
                raise CreateError from None  # the key is taken: create() draws another
            return None
        updated = (
            self.model.objects.using(using)
            .filter(session_key=self.session_key)
            .update(session_data=self.encode(self._get_session()), expire_date=self.get_expiry_date())
        )
        if not updated:
            raise UpdateError  # the session was deleted meanwhile (a logout elsewhere): as Django does
        return None
