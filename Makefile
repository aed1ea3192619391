# Two commands matter: `make serve` (build and serve at http://127.0.0.1:8000) and `make test`.
# Both set everything up on a fresh machine with Python 3.11+, Node 18+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export NO_MKDOCS_2_WARNING := 1

LOCALE ?=

.PHONY: deps build serve test translations bench clean

deps: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	touch $@

node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# MkDocs runs as a module from the repository's root, so the hooks import `scripts` and `screener`.
build: deps
	$(BIN)/python -m mkdocs build
	$(BIN)/python -m scripts.check_links site

# LOCALE=ja (or another complete language of screener/languages.json) previews one language alone.
serve: deps
	SITE_URL=http://127.0.0.1:$(PORT)/ BUILD_ONLY_LOCALE=$(LOCALE) $(BIN)/python -m mkdocs serve --dev-addr 127.0.0.1:$(PORT)

test: build
	$(BIN)/python -m scripts.translations status
	$(BIN)/python -m pytest

# Which pages and messages each language has, current or out of date (also printed by make test).
translations: deps
	$(BIN)/python -m scripts.translations status

bench: build
	$(BIN)/python -m scripts.bench

clean:
	rm -rf site $(VENV) node_modules
