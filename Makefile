# Newsroom: `make run` sets everything up and serves the site; `make test` runs the whole suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000
# Plain-HTTP local development: debug on, HTTPS-only protections off. Production sets none of these.
LOCAL_ENV := DJANGO_DEBUG=true DJANGO_SECURE_SSL_REDIRECT=false

.PHONY: run setup test fixtures import check-deploy clean

run: setup
	$(LOCAL_ENV) $(BIN)/python manage.py runserver $(HOST)

setup: $(VENV)/.installed
	$(LOCAL_ENV) $(BIN)/python manage.py migrate --noinput
	$(LOCAL_ENV) $(BIN)/python manage.py loaddata seeds
	$(LOCAL_ENV) $(BIN)/python manage.py create_editor --url http://$(HOST)/admin/

test: $(VENV)/.installed
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Regenerate the committed fixture from the seed texts.
fixtures: $(VENV)/.installed
	$(LOCAL_ENV) $(BIN)/python manage.py convert_seed seeds/ --output fixtures/seeds.json

check-deploy: $(VENV)/.installed
	DJANGO_SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))') \
	DJANGO_ALLOWED_HOSTS=news.example.com \
	$(BIN)/python manage.py check --deploy --fail-level WARNING

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

clean:
	rm -rf $(VENV) var .pytest_cache
