import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_config.settings.production")

application = get_wsgi_application()

if os.environ.get("OCOP_WARM_UP", "1") != "0":
    from site_config.warmup import warm_up

    warm_up()  # before gunicorn forks (preload_app): every worker starts warm
