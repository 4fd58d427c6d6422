"""Golden tests: each fixture spec renders, in memory, to its committed expected tree.

The expected trees hold the spec-driven files only; the runtime copies are checked here against
their sources in ``templates/runtime/``. To update the expected trees after an intended change:
    make fixtures        (python tests/fixture_trees.py)
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

import pytest
from fixture_trees import fixture_names, fixture_spec, rendered, runtime_source, spec_driven

from generator.pipeline import render_tree
from generator.render import TEMPLATE_ROOT, runtime_header, runtime_names
from generator.write import read_tree

FIXTURE_NAMES = fixture_names()


@cache
def _rendered(name: str) -> dict[str, str]:
    return rendered(name)


def test_there_are_at_least_two_golden_fixtures() -> None:
    assert len(FIXTURE_NAMES) >= 2


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_fixture_renders_to_expected_tree(name: str) -> None:
    rendered_files = spec_driven(_rendered(name))
    expected = read_tree(fixture_spec(name).parent / "expected")
    assert sorted(rendered_files) == sorted(expected), "the set of files differs: make fixtures?"
    for path, text in expected.items():
        assert rendered_files[path] == text, f"{name}/expected/{path} differs from the rendering"


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_every_generated_file_starts_with_the_header(name: str) -> None:
    spec = f"tests/fixtures/{name}/spec.yaml"
    header = f"Generated from {spec} by tcgen; do not edit."
    for path, text in _rendered(name).items():
        first_line = text.split("\n", 1)[0]
        expected = f"<!-- {header} -->" if path.endswith(".md") else f"# {header}"
        assert first_line == expected, path


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_runtime_copies_are_their_sources_under_the_header(name: str) -> None:
    spec = f"tests/fixtures/{name}/spec.yaml"
    copied: dict[str, set[str]] = defaultdict(set)
    for path, text in _rendered(name).items():
        source = runtime_source(text)
        if source is None:
            continue
        source_text = (TEMPLATE_ROOT / source).read_text(encoding="utf-8")
        assert text == runtime_header(spec, source) + source_text, path
        # runtime/x/y.py lands at <package>/x/y.py
        in_package = "/" + source.removeprefix("runtime/")
        assert path.endswith(in_package), f"{path} is not where {source} goes in its package"
        copied[path.removesuffix(in_package)].add(source)
    assert copied, "a tc3-api fixture package carries the runtime"
    for package, sources in copied.items():
        assert sorted(sources) == runtime_names(), f"{package} lacks part of the runtime"


def test_expected_trees_hold_no_runtime_copy() -> None:
    for name in FIXTURE_NAMES:
        expected = read_tree(fixture_spec(name).parent / "expected")
        assert [path for path, text in expected.items() if runtime_source(text)] == [], name


def test_rendering_is_deterministic() -> None:
    spec = fixture_spec("notes")
    assert render_tree([spec]) == render_tree([spec])
