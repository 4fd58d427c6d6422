"""The golden fixtures' trees: what each fixture spec renders to, spec-driven files apart.

``tests/fixtures/NAME/expected`` holds only the files the spec drives. The runtime copies
(``templates/runtime/``) are the same in every package, so ``test_golden`` checks them once against
their sources instead, and a runtime edit shows once in a diff (in ``generated/``), not once per
fixture. The complete packages, runtime included, go to ``.cache/fixtures/NAME`` (git-ignored),
where mypy checks them.

    python tests/fixture_trees.py                  # rewrites the expected trees (make fixtures)
    python tests/fixture_trees.py --complete-only  # the complete packages only; prints them
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from generator.pipeline import render_tree
from generator.write import write_tree

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
COMPLETE_ROOT = ROOT / ".cache" / "fixtures"
# The second line of every runtime copy, as ``generator.render.runtime_header`` writes it.
_COPY_NOTE = re.compile(r"# Copied from templates/(runtime/\S+); edit it there\.")


def fixture_names() -> list[str]:
    return sorted(path.name for path in FIXTURES.iterdir() if (path / "spec.yaml").is_file())


def fixture_spec(name: str) -> Path:
    return FIXTURES / name / "spec.yaml"


def rendered(name: str) -> dict[str, str]:
    """The complete tree the fixture's spec renders to."""
    return render_tree([fixture_spec(name)])


def runtime_source(text: str) -> str | None:
    """The ``runtime/...`` file a runtime copy was copied from; None for a spec-driven file."""
    lines = text.split("\n", 2)
    match = _COPY_NOTE.fullmatch(lines[1]) if len(lines) > 1 else None
    return match.group(1) if match else None


def spec_driven(tree: dict[str, str]) -> dict[str, str]:
    return {path: text for path, text in tree.items() if runtime_source(text) is None}


def package_folders(tree: dict[str, str]) -> list[str]:
    """The top-level packages in ``tree``: folders with an ``__init__.py`` whose parent has none."""
    packages = {PurePosixPath(path).parent for path in tree if path.endswith("__init__.py")}
    return sorted(str(folder) for folder in packages if folder.parent not in packages)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--complete-only",
        action="store_true",
        help="write only the complete packages to .cache/fixtures/ and print their folders",
    )
    args = parser.parse_args(argv)
    for name in fixture_names():
        tree = rendered(name)
        complete = COMPLETE_ROOT / name
        write_tree(tree, complete)
        if args.complete_only:
            for folder in package_folders(tree):
                print(os.path.relpath(complete / folder))
        else:
            write_tree(spec_driven(tree), FIXTURES / name / "expected")
            print(f"wrote tests/fixtures/{name}/expected and {os.path.relpath(complete)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
