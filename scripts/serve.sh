#!/usr/bin/env bash
# The production start (`make serve`): migrate, bootstrap_site, collectstatic, then gunicorn with
# site_config/gunicorn.conf.py and production settings, plus the django-tasks worker.
#
# Listens on 127.0.0.1:$PORT (default 8000) like `make run`; put a TLS-terminating reverse proxy or
# load balancer in front (see README, "Production"). Uses whatever DATABASE_URL says (SQLite under
# .state/ when unset). Needs SECRET_KEY and SITE_URL (production settings refuse to start without).
#
# Environment (besides the application's): SERVE_MIGRATE=0 skips migrate and bootstrap_site (extra
# app servers of a cluster, where one server or a release job runs them); SERVE_WORKER=0 starts no
# task worker here (run `manage.py db_worker` elsewhere); PYTHON (default .venv/bin/python).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-site_config.settings.production}
PY=${PYTHON:-.venv/bin/python}
mkdir -p "${OCOP_STATE_DIR:-.state}"

if [ "${SERVE_MIGRATE:-1}" != 0 ]; then
    "$PY" manage.py migrate --noinput -v 0
    "$PY" manage.py bootstrap_site
fi
"$PY" manage.py collectstatic --noinput -v 0

pids=()
stop_all() { kill -TERM "${pids[@]}" 2>/dev/null || true; wait "${pids[@]}" 2>/dev/null || true; }
trap 'stop_all; exit 0' TERM INT

backend=$("$PY" -c 'from django.conf import settings; import django; django.setup(); print(settings.TASKS["default"]["BACKEND"])')
if [ "${SERVE_WORKER:-1}" != 0 ] && [[ $backend == django_tasks_db.* ]]; then
    # Background work (search indexing, hold expiry) runs in the database queue's worker.
    "$PY" manage.py db_worker --interval 2 &
    pids+=($!)
fi

"$(dirname "$PY")/gunicorn" -c site_config/gunicorn.conf.py &
pids+=($!)
echo "Serving ${SITE_URL:-?} on http://${BIND_ADDRESS:-127.0.0.1}:${PORT:-8000}/ (gunicorn pid ${pids[-1]})"
# When either process ends, stop the other: a supervisor (systemd, a container runtime) restarts both.
status=0
wait -n "${pids[@]}" || status=$?
stop_all
exit "$status"
