"""Replay index updates that failed while the search engine was down (see IndexBacklog)."""

from typing import Any

from django.core.management.base import BaseCommand

from search.indexing import catch_up


class Command(BaseCommand):
    help = "Re-index the objects whose last search index update failed (engine was unreachable)."

    def handle(self, *args: Any, **options: Any) -> None:
        done, left = catch_up()
        self.stdout.write(f"Re-indexed {done} objects; {left} still pending.")
