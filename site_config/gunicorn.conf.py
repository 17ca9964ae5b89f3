"""gunicorn settings for `make serve` (scripts/serve.sh): the production web server.

Everything comes from the environment so that one file serves a laptop and a cluster:
PORT (8000) and BIND_ADDRESS (127.0.0.1: a reverse proxy or load balancer in front terminates
TLS and forwards X-Forwarded-Proto), WEB_CONCURRENCY (workers, default 2 × CPUs + 1, at most 8),
GUNICORN_THREADS (threads per worker, default 4: requests wait on PostgreSQL and Elasticsearch
more than on the CPU), GUNICORN_TIMEOUT (60 s), GUNICORN_MAX_REQUESTS (1000, with jitter: workers
are recycled so a slow leak never grows without bound), FORWARDED_ALLOW_IPS (127.0.0.1: the
proxy addresses whose X-Forwarded-* headers are trusted).
"""

import multiprocessing
import os

bind = f"{os.environ.get('BIND_ADDRESS', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY") or min(2 * multiprocessing.cpu_count() + 1, 8))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = max_requests // 10
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
wsgi_app = "site_config.wsgi:application"
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# Load the application in the master once: workers fork with the code already imported.
preload_app = True
