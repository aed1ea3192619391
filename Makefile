# Two commands matter: `make serve` (build and serve at http://127.0.0.1:8000) and `make test`.
# Both set everything up on a fresh machine with Python 3.11+, Node 18+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
export NO_MKDOCS_2_WARNING := 1

LOCALE ?=

.PHONY: deps build serve test bench clean

deps: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	touch $@

node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund
	touch $@

build: deps
	$(BIN)/mkdocs build
	$(BIN)/python scripts/check_links.py site

# LOCALE=ja (or vi, en) previews one language alone, much faster, for writers.
serve: deps
	SITE_URL=http://127.0.0.1:$(PORT)/ BUILD_ONLY_LOCALE=$(LOCALE) $(BIN)/mkdocs serve --dev-addr 127.0.0.1:$(PORT)

test: build
	$(BIN)/python -m pytest

bench: build
	$(BIN)/python scripts/bench.py

clean:
	rm -rf site $(VENV) node_modules
