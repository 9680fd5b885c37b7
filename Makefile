# The two commands a newcomer needs: `make serve` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: serve build check test test-deps chromium clean

$(VENV)/.deps: requirements.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.test-deps: requirements-test.txt $(VENV)/.deps
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-test.txt
	touch $@

## serve: preview on http://127.0.0.1:8000, rebuilding on every save in data/ or docs/
serve: $(VENV)/.deps
	$(VENV)/bin/mkdocs serve -a 127.0.0.1:8000

## build: strict build into site/ (the old site/ stays if anything fails)
build: $(VENV)/.deps
	$(PY) scripts/build.py

## check: validate every data file and list all problems, without building
check: $(VENV)/.deps
	$(PY) -m hipguide.check_command

# Debian's Chromium for the browser tests (Playwright's own download cannot work here).
chromium:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }

test-deps: $(VENV)/.test-deps chromium

## test: install what the tests need, then run every test
test: test-deps
	$(PY) -m pytest

clean:
	rm -rf site .site-* .pytest_cache
