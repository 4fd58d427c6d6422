"""The runtime in ``templates/runtime/`` is copied verbatim into every tc3-api package."""

from __future__ import annotations

import ast
import shutil
import sys
from pathlib import Path

import black
import pytest
from fixture_trees import fixture_spec

from generator.format import BLACK_MODE
from generator.pipeline import build_models, load_valid_specs, render_tree
from generator.render import (
    TEMPLATE_ROOT,
    TemplateFailure,
    runtime_files,
    runtime_header,
    runtime_names,
    template_sources,
)

PYTHON_SOURCES = [name for name in runtime_names() if name.endswith(".py")]


def test_the_runtime_is_there() -> None:
    assert "runtime/_http.py" in runtime_names() and "runtime/py.typed" in runtime_names()


@pytest.mark.parametrize("name", PYTHON_SOURCES)
def test_a_copy_is_already_formatted(name: str) -> None:
    # Copies skip black, so the header lines on top must leave black nothing to change.
    copy = runtime_header("spec/any.yaml", name) + (TEMPLATE_ROOT / name).read_text("utf-8")
    assert black.format_str(copy, mode=BLACK_MODE) == copy


@pytest.mark.parametrize("name", PYTHON_SOURCES)
def test_the_runtime_imports_only_itself_and_the_standard_library(name: str) -> None:
    # Sibling modules by relative import: the same file works in a package of any name.
    tree = ast.parse((TEMPLATE_ROOT / name).read_text("utf-8"))
    absolute = {
        alias.name.partition(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {
        node.module.partition(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module
    }
    assert absolute <= sys.stdlib_module_names | {"__future__"}


def test_copies_land_in_the_package_and_name_their_source() -> None:
    (service,) = build_models(load_valid_specs([fixture_spec("minimal")]))
    copies = runtime_files(service)
    assert copies["tcping/_http.py"].startswith(
        "# Generated from tests/fixtures/minimal/spec.yaml by tcgen; do not edit.\n"
        "# Copied from templates/runtime/_http.py; edit it there.\n"
    )
    assert len(copies) == len(runtime_names())
    assert template_sources(service)["tcping/_http.py"] == "runtime/_http.py"


def test_a_template_and_a_runtime_file_for_one_path_is_refused(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATE_ROOT, templates)
    (templates / "tc3-api" / "__package__" / "_http.py.jinja").write_text("{{ header }}\n")
    with pytest.raises(TemplateFailure) as caught:
        render_tree([fixture_spec("minimal")], templates)
    assert caught.value.template == "tc3-api/__package__/_http.py.jinja"
    assert "runtime/" in str(caught.value)


def test_the_logger_is_named_after_the_package() -> None:
    from tcsms import _base

    assert _base.LOGGER_NAME == "tcsms"
