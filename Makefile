# Every target sets up .venv from scratch when it is missing or pyproject.toml changed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
FIXTURES := $(wildcard tests/fixtures/*/spec.yaml)
# One distribution per package the specs name: generated/<package>/{pyproject.toml,<package>/}.
PACKAGE_ROOTS = $(patsubst %/pyproject.toml,%,$(wildcard generated/*/pyproject.toml))
PACKAGES = $(foreach root,$(PACKAGE_ROOTS),$(root)/$(notdir $(root)))
empty :=
space := $(empty) $(empty)

# Installs every generated package root editable, again when its pyproject.toml changed (the stamp
# is a copy: generate rewrites every file, so times say nothing). The roots are listed when the
# recipe runs, so one that generate has just added is installed too.
define install_packages
	for root in generated/*/; do \
		root=$${root%/}; stamp=$(VENV)/.installed-$$(basename $$root); \
		if [ -f $$root/pyproject.toml ] && ! cmp -s $$root/pyproject.toml $$stamp; then \
			$(BIN)/pip install --quiet --no-deps -e $$root && cp $$root/pyproject.toml $$stamp \
				|| exit 1; \
		fi; \
	done
endef

.PHONY: generate check validate fixtures test lint typecheck bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	$(install_packages)
	touch $(STAMP)

generate: $(STAMP)
	$(BIN)/python -m generator generate
	$(install_packages)

check: $(STAMP)
	$(BIN)/python -m generator check

validate: $(STAMP)
	$(BIN)/python -m generator validate

# Rewrites the golden trees of the fixture specs (their spec-driven files; the runtime copies are
# checked against templates/runtime/ instead); review the diff before committing it.
fixtures: $(STAMP)
	$(BIN)/python tests/fixture_trees.py

lint: $(STAMP)
	$(BIN)/ruff check generator templates/runtime tests generated bench
	$(BIN)/black --check --quiet generator templates/runtime tests generated bench

# The golden trees hold only spec-driven files: the fixture packages are type-checked complete,
# as tests/fixture_trees.py renders them into .cache/fixtures/ (git-ignored).
typecheck: $(STAMP)
	$(BIN)/mypy generator
	$(BIN)/mypy $(PACKAGES)
	packages=$$($(BIN)/python tests/fixture_trees.py --complete-only) && $(BIN)/mypy $$packages
	MYPYPATH=$(subst $(space),:,$(PACKAGE_ROOTS)):tests $(BIN)/mypy --exclude tests/fixtures/ tests bench

test: $(STAMP) lint typecheck validate check
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV)
