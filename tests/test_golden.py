"""Golden tests: each fixture spec renders, in memory, to exactly its committed expected tree.

To update the expected trees after an intended change:
    python -m generator generate tests/fixtures/NAME/spec.yaml --out tests/fixtures/NAME/expected
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import render_tree
from generator.write import read_tree

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_NAMES = sorted(p.name for p in FIXTURES.iterdir() if (p / "expected").is_dir())


def test_there_are_at_least_two_golden_fixtures() -> None:
    assert len(FIXTURE_NAMES) >= 2


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_fixture_renders_to_expected_tree(name: str) -> None:
    rendered = render_tree([FIXTURES / name / "spec.yaml"])
    expected = read_tree(FIXTURES / name / "expected")
    assert sorted(rendered) == sorted(expected), "the set of generated files differs"
    for path, text in expected.items():
        assert rendered[path] == text, f"{name}/expected/{path} differs from the rendered file"


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_every_generated_file_starts_with_the_header(name: str) -> None:
    spec = f"tests/fixtures/{name}/spec.yaml"
    header = f"Generated from {spec} by tcgen; do not edit."
    for path, text in render_tree([FIXTURES / name / "spec.yaml"]).items():
        first_line = text.split("\n", 1)[0]
        expected = f"<!-- {header} -->" if path.endswith(".md") else f"# {header}"
        assert first_line == expected, path


def test_rendering_is_deterministic() -> None:
    spec = FIXTURES / "notes" / "spec.yaml"
    assert render_tree([spec]) == render_tree([spec])
