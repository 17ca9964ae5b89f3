"""Background tasks (django-tasks): schedule ``release_expired_holds_task`` every few minutes."""

from django_tasks import task

from .services.orders import release_expired_holds


@task()
def release_expired_holds_task():
    return release_expired_holds()
