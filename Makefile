# The two commands a newcomer needs: `make serve` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

# make prints "make: *** [Makefile:N: check] Error 1" after any failing command,
# below the one line per problem staff must read. Ending make with SIGPIPE
# (which shells do not report) leaves our words last; the exit status stays
# non-zero (141), so CI still fails. Use: `@command $(QUIET_FAIL)`.
QUIET_FAIL = || kill -PIPE $$PPID

.DEFAULT_GOAL := help
.PHONY: help serve build check lint test test-fast test-deps chromium clean
.PHONY: review-report schemas diagrams share-picture
.PHONY: node bench-checker
.PHONY: java check-external bench-pages bench-build
.PHONY: bench-programme bench-search
.PHONY: edit format-data cms-config release-check

# $(call apt_install,COMMAND,PACKAGE): install Debian's PACKAGE unless COMMAND is already on PATH.
apt_install = command -v $(1) >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(2) >/dev/null; }

# The Python that creates .venv; its supported range is requires-python in pyproject.toml.
PYTHON ?= python3
# Every file pip installs must match a hash in the requirements files.
PIP_INSTALL := $(PY) -m pip install -q --disable-pip-version-check --require-hashes

# Installs go only into this project's own .venv. A .venv passed in with VENV= (the tests run
# make in copies of the project with this one) is used as it is: its own project keeps it current.
OWN_VENV := $(filter $(CURDIR)/%,$(abspath $(VENV)))

ifneq ($(OWN_VENV),)
# Remade when pyproject.toml changes too: the editable install reads it at install time
# (the MkDocs plugin's entry point); after that it follows the package's files without a reinstall.
$(VENV)/.deps: requirements.txt pyproject.toml
	@$(PYTHON) scripts/check_python.py
	$(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) -r requirements.txt
	@# The project itself, editable: MkDocs finds the plugin, scripts and tests import hipguide from here.
	@# No build isolation and no dependencies: setuptools comes pinned from requirements.txt.
	$(PY) -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@
else
$(VENV)/.deps:
	@test -f $@ || { echo "$(VENV) is not set up: run make in the project it belongs to first." >&2; exit 1; }
endif

$(VENV)/.test-deps: requirements-test.txt $(VENV)/.deps
	$(PIP_INSTALL) -r requirements-test.txt
	touch $@

## serve: preview on http://127.0.0.1:8000, rebuilding on every save in data/ or docs/
serve: $(VENV)/.deps
	$(VENV)/bin/mkdocs serve -a 127.0.0.1:8000

## build: strict build into site/ (the old site/ stays if anything fails)
build: $(VENV)/.deps
	@$(PY) -m hipguide.cli build $(QUIET_FAIL)

## edit: the browser editor on this machine (decap-server + mkdocs serve); saving writes into data/ here
edit: $(VENV)/.deps node_modules/.npm-ci
	@$(PY) scripts/edit.py

## format-data: write data/ exactly as the browser editor writes it (run after editing by hand)
format-data: $(VENV)/.deps node_modules/.npm-ci
	@$(PY) -m hipguide.cli format-data $(QUIET_FAIL)

## cms-config: rewrite admin/config.yml (the browser editor's forms) from the models
cms-config: $(VENV)/.deps
	@$(PY) -m hipguide.cli cms-config $(QUIET_FAIL)

## release-check: fail while any clinic detail is still made up (the publish workflow runs it)
release-check: $(VENV)/.deps
	@$(PY) -m hipguide.cli release-check $(QUIET_FAIL)

## retire-exercise / retire-condition / retire-faq ID=...: list every link to a page, delete it when none is left (FIX=1: remove them from lists)
# Pattern rules (not .PHONY: make skips pattern rules for those): one per collection in hipguide/data/collections.py.
retire-%: $(VENV)/.deps
	@$(PY) -m hipguide.cli retire $* "$(ID)" $(if $(FIX),--fix) $(QUIET_FAIL)

## check: validate every data file and list all problems, without building
check: $(VENV)/.deps
	@$(PY) -m hipguide.cli check $(QUIET_FAIL)

## new-condition / new-exercise / new-faq ID=...: start a page from its commented template (never overwrites)
new-%: $(VENV)/.deps
	@$(PY) -m hipguide.cli new $* -- "$(ID)"

## review-report: every page with its last and next review dates, soonest first
review-report: $(VENV)/.deps
	@$(PY) -m hipguide.cli review-report

## diagrams: redraw the exercise diagrams (docs/assets/exercise-diagrams/*.svg) from their poses
diagrams: $(VENV)/.deps
	$(PY) -m hipguide.drawings.exercise_diagrams

## share-picture: redraw the link-preview picture (docs/assets/brand/og-image.png) after the site or clinic name changes
share-picture: $(VENV)/.test-deps
	$(PY) -m hipguide.drawings.share_picture

## schemas: rewrite schemas/*.schema.json (editor autocompletion) from the models
schemas: $(VENV)/.deps
	$(PY) -m hipguide.cli schemas

# Debian's Chromium for the browser tests (Playwright's own download cannot work here).
chromium:
	@$(call apt_install,chromium,chromium)

# Node (20 here; Debian's own package also works) runs the symptom checker's engine tests.
node:
	@$(call apt_install,node,nodejs)

# Java runs the Nu HTML Checker of the HTML gate (vnu.jar, from npm).
java:
	@$(call apt_install,java,default-jre-headless)

# package.json's exact versions: Lighthouse (bench-pages) and the Nu HTML Checker (tests/gates/).
node_modules/.npm-ci: package.json package-lock.json | node
	@$(call apt_install,npm,npm)
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

test-deps: $(VENV)/.test-deps chromium node java node_modules/.npm-ci

## bench-checker: the symptom checker's gzipped sizes and time per assess() call
bench-checker: $(VENV)/.deps node
	$(PY) scripts/bench-checker

## check-external: build, then check every link to other sites as well (needs internet; not in CI)
check-external: build
	$(PY) -m hipguide.measure.link_check site --external

## bench-pages: Lighthouse (mobile) scores, LCP/TBT/CLS and bytes of each kind of page, served with gzip
bench-pages: test-deps
	$(PY) scripts/bench-pages

## bench-search: hit@1, hit@3 and MRR of the runner queries in tests/search/, typed into the real search box
bench-search: test-deps
	$(PY) -m hipguide.measure.search_quality --show-misses

## bench-build: build time, memory and sizes for 50, 500 and 2000 synthetic conditions
bench-build: $(VENV)/.deps
	$(PY) scripts/bench-build

## bench-programme: gzipped size of My programme's scripts; how many exercises print on one A4 page
bench-programme: test-deps
	$(PY) scripts/bench_programme.py

## lint: ruff on the Python, ESLint on the JavaScript (eslint.config.js); zero findings allowed
lint: $(VENV)/.test-deps node_modules/.npm-ci
	$(VENV)/bin/ruff check .
	node_modules/.bin/eslint .

## test: install what the tests need, lint, then run every test, one line per test as it runs (and the 15 slowest at the end)
test: test-deps lint
	$(PY) -m pytest -v -o console_output_style=count --durations=15

## test-fast: the unit and build tests only (no browser, no release gates, no slow ones): under a minute, for editing
test-fast: $(VENV)/.test-deps node_modules/.npm-ci
	$(PY) -m pytest -q -m "(unit or build) and not slow"

## help: this list (each target's `##` line in the Makefile)
help:
	@sed -n 's/^## \([^:]*\): /\1\n/p' $(MAKEFILE_LIST) | paste -d '\t' - - | \
	  awk -F '\t' '{ printf "make %s\n      %s\n", $$1, $$2 }'

clean:
	rm -rf site .site-* .site.lock .pytest_cache

## screenshots: every page kind, checker result and programme state, phone and desktop, light and dark, into screenshots/ (contact sheet: screenshots/index.html)
.PHONY: screenshots
screenshots: test-deps
	$(PY) scripts/screenshots.py
