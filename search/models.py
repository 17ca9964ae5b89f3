"""Index updates that could not reach the search engine, kept until they are replayed."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class IndexBacklog(models.Model):
    """One object whose search document may be stale (its last index write failed).

    Written by ``search.backend`` when Elasticsearch is unreachable; replayed (the object is
    re-read from the database, so the newest state wins, or removed if it is gone) by
    ``manage.py search_catch_up`` and by ``update_index`` (which rebuilds everything).
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    failed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search index backlog entry")
        verbose_name_plural = _("search index backlog")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="unique_index_backlog_object"),
        ]

    def __str__(self) -> str:
        return f"{self.content_type.app_label}.{self.content_type.model} {self.object_id}"

    @classmethod
    def remember(cls, obj: models.Model) -> None:
        cls.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(obj, for_concrete_model=False),
            object_id=str(obj.pk),
        )
