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

.PHONY: generate check validate fixtures test lint typecheck bench browser clean

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

test: $(STAMP) browser lint typecheck validate check
	$(BIN)/pytest

# The emulator's inbox page is tested in a real headless browser: Debian's Chromium and its
# ChromeDriver (a test tool's own browser download would need the open internet). Installed only
# when missing; the package lists are updated only when they lack the packages or are too old to
# install from. Where nothing can be installed (not root and no sudo, no apt-get, apt-get failing)
# it says so in one line and the browser tests skip with the same reason; in CI (CI set) that is a
# failure, so a CI run never passes without having run them.
BROWSER_BINARIES := /usr/bin/chromium /usr/bin/chromedriver
BROWSER_PACKAGES := chromium chromium-driver
browser:
	@missing=; for binary in $(BROWSER_BINARIES); do [ -x $$binary ] || missing=1; done; \
	[ -z "$$missing" ] && exit 0; \
	if ! command -v apt-get >/dev/null 2>&1; then reason="no apt-get"; \
	elif [ "$$(id -u)" != 0 ] && ! sudo -n true 2>/dev/null; then reason="not root, no sudo"; \
	else \
		[ "$$(id -u)" = 0 ] && sudo= || sudo="sudo -n"; \
		apt="$$sudo env DEBIAN_FRONTEND=noninteractive apt-get -qq"; \
		install="$$apt install -y --no-install-recommends $(BROWSER_PACKAGES)"; \
		echo "browser: installing $(BROWSER_PACKAGES) from Debian"; \
		{ apt-cache show $(BROWSER_PACKAGES) >/dev/null 2>&1 && $$install >/dev/null; } \
			|| { $$apt update && $$install >/dev/null; } && exit 0; \
		reason="apt-get failed"; \
	fi; \
	message="browser: cannot install $(BROWSER_PACKAGES) ($$reason)"; \
	if [ -n "$$CI" ]; then echo "$$message; CI is set, so this fails" >&2; exit 1; fi; \
	echo "$$message; the browser tests will be skipped"

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV)
