# Every target sets up .venv from scratch when it is missing or pyproject.toml changed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
FIXTURES := $(wildcard tests/fixtures/*/spec.yaml)

.PHONY: generate check validate fixtures test lint typecheck bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

generate: $(STAMP)
	$(BIN)/python -m generator generate

check: $(STAMP)
	$(BIN)/python -m generator check

validate: $(STAMP)
	$(BIN)/python -m generator validate

# Rewrites the golden trees of the fixture specs; review the diff before committing it.
fixtures: $(STAMP)
	for spec in $(FIXTURES); do \
		$(BIN)/python -m generator generate $$spec --out $$(dirname $$spec)/expected || exit 1; \
	done

lint: $(STAMP)
	$(BIN)/ruff check generator tests generated bench
	$(BIN)/black --check --quiet generator tests generated bench

typecheck: $(STAMP)
	$(BIN)/mypy generator
	$(BIN)/mypy generated/tcsms
	$(BIN)/mypy $(foreach spec,$(FIXTURES),$(wildcard $(dir $(spec))expected/tc*))
	MYPYPATH=generated:tests $(BIN)/mypy --exclude tests/fixtures/ tests bench

test: $(STAMP) lint typecheck validate check
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV)
