"""Django's database sessions, saved in one statement.

Django wraps every session save in a transaction (``BEGIN``, ``UPDATE``, ``COMMIT``: three round
trips to the database). Updating the one row of an existing session is a single statement, atomic
on its own; only creating a session (which must not take over an existing key) needs Django's
transaction and its IntegrityError handling. The cart keeps its lines in the session, so every
cart change and every order saves it.
"""

from django.contrib.sessions.backends import db
from django.contrib.sessions.backends.base import UpdateError


class SessionStore(db.SessionStore):
    def save(self, must_create=False):
        if must_create or self.session_key is None:
            return super().save(must_create=must_create)
        updated = self.model.objects.filter(session_key=self.session_key).update(
            session_data=self.encode(self._get_session()), expire_date=self.get_expiry_date()
        )
        if not updated:
            raise UpdateError  # the session was deleted meanwhile (a logout elsewhere): as Django does
