# Every target sets up .venv from scratch when it is missing or pyproject.toml changed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: generate check validate test lint typecheck clean

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

lint: $(STAMP)
	$(BIN)/ruff check generator tests generated
	$(BIN)/black --check --quiet generator tests generated

typecheck: $(STAMP)
	$(BIN)/mypy generator
	$(BIN)/mypy generated/tcsms

test: $(STAMP) lint typecheck validate check
	$(BIN)/pytest

clean:
	rm -rf $(VENV)
