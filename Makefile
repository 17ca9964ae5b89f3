# The two commands: `make run` (embedded defaults) and `make test` (real services).
# Both are idempotent: the virtualenv is rebuilt only when requirements change, services are
# started only when they do not already answer, downloads are cached under ~/.cache/ocop.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
MANAGE := $(BIN)/python manage.py

# Services for `make test`: used as they are when already pointed at, started otherwise.
POSTGRES_PORT ?= 5433
ELASTICSEARCH_PORT ?= 9200
STRIPE_MOCK_PORT ?= 12111
export POSTGRES_PORT ELASTICSEARCH_PORT STRIPE_MOCK_PORT

.PHONY: run test lint messages services services-stop demo serve clean e2e-browser

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check "pip==25.3"
	$(BIN)/pip install -q --disable-pip-version-check -r requirements.txt
	touch $@

$(TEST_STAMP): $(STAMP) pyproject.toml
	$(BIN)/pip install -q --disable-pip-version-check --group test
	touch $@

## Compile every app's message catalogues (Babel: no GNU gettext needed on the machine).
messages: $(STAMP)
	@for dir in $(wildcard */locale); do $(BIN)/pybabel -q compile -d $$dir -D django || exit 1; done
	@# Vietnamese overrides of Wagtail's and wagtail-localize's admin strings (server and JavaScript).
	@for domain in django djangojs; do $(BIN)/pybabel -q compile -d site_config/admin_locale -D $$domain || exit 1; done

## make run: set up and serve the site on SQLite with the database search backend.
run: $(STAMP) messages
	DJANGO_SETTINGS_MODULE=site_config.settings.dev $(MANAGE) migrate --noinput -v 0
	DJANGO_SETTINGS_MODULE=site_config.settings.dev PORT=$(PORT) $(MANAGE) bootstrap_site
	DJANGO_SETTINGS_MODULE=site_config.settings.dev $(MANAGE) load_demo --if-empty
	DJANGO_SETTINGS_MODULE=site_config.settings.dev $(MANAGE) ensure_admin
	@# Card payment in test mode when a stripe-mock is running (scripts/stripe-mock.sh start); hidden otherwise.
	@set -e; if [ -z "$${STRIPE_API_BASE:-}" ] && scripts/stripe-mock.sh status >/dev/null 2>&1; then \
		export STRIPE_API_BASE=http://127.0.0.1:$(STRIPE_MOCK_PORT) STRIPE_SECRET_KEY=sk_test_ocopdev \
			STRIPE_PUBLISHABLE_KEY=pk_test_ocopdev STRIPE_WEBHOOK_SECRET=whsec_stripe_mock; \
		echo "Card payment: stripe-mock at $$STRIPE_API_BASE"; \
	else echo "Card payment hidden (no Stripe keys; start stripe-mock with scripts/stripe-mock.sh start)"; fi; \
	DJANGO_SETTINGS_MODULE=site_config.settings.dev $(MANAGE) runserver 127.0.0.1:$(PORT)

## make serve: the production start (scripts/serve.sh): migrate, bootstrap_site, collectstatic, gunicorn
## (site_config/gunicorn.conf.py) and the task worker, production settings, 127.0.0.1:$(PORT).
serve: $(STAMP) messages
	PORT=$(PORT) scripts/serve.sh

## make test: PostgreSQL, Elasticsearch and stripe-mock (started unless already pointed at), then pytest.
test: $(TEST_STAMP) messages e2e-browser
	@set -euo pipefail; \
	if [ -z "$${DATABASE_URL:-}" ]; then eval "$$(scripts/postgres.sh start | grep '^DATABASE_URL=')"; export DATABASE_URL; fi; \
	if [ -z "$${ELASTICSEARCH_URL:-}" ]; then eval "$$(scripts/elasticsearch.sh start | grep '^ELASTICSEARCH_URL=')"; export ELASTICSEARCH_URL; fi; \
	if [ -z "$${STRIPE_API_BASE:-}" ]; then eval "$$(scripts/stripe-mock.sh start | grep '^STRIPE_API_BASE=')"; export STRIPE_API_BASE; fi; \
	echo "Using DATABASE_URL=$$DATABASE_URL ELASTICSEARCH_URL=$$ELASTICSEARCH_URL STRIPE_API_BASE=$$STRIPE_API_BASE"; \
	$(BIN)/ruff check . ; \
	$(BIN)/ruff format --check . ; \
	$(BIN)/lint-imports --no-cache ; \
	$(BIN)/mypy ; \
	DJANGO_SETTINGS_MODULE=site_config.settings.test $(MANAGE) makemigrations --check --dry-run >/dev/null; \
	$(BIN)/pytest --create-db -p no:cacheprovider $(PYTEST_ARGS)

## Debian's chromium for the browser tests (Playwright cannot download its own here).
e2e-browser:
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && (apt-get install -y -qq chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)); } || { echo "Install chromium (apt-get install chromium)"; exit 1; }

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy
	DJANGO_SETTINGS_MODULE=site_config.settings.dev $(MANAGE) makemigrations --check --dry-run

services-stop:
	-scripts/stripe-mock.sh stop
	-scripts/elasticsearch.sh stop
	-scripts/postgres.sh stop

clean:
	rm -rf $(VENV) .state
