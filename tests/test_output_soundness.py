"""A package whose Python would fail on import is never written: ``generate`` and ``check`` exit 2,
name the rendered file, the line and the template, and leave the output as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.pipeline import render_tree
from generator.soundness import UnsoundOutput, check_tree

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "tests" / "fixtures" / "notes" / "spec.yaml"
ERRORS_TEMPLATE = "tc3-api/__package__/errors.py.jinja"


def _snapshot(root: Path) -> dict[str, bytes | None]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes() if path.is_file() else None
        for path in root.rglob("*")
    }


def _problems(tree: dict[str, str]) -> list[str]:
    try:
        check_tree(tree, {})
    except UnsoundOutput as exc:
        return [f"{p.path}:{p.line}: {p.message}" for p in exc.problems]
    return []


@pytest.fixture
def out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    target = tmp_path / "generated"
    assert main(["generate", str(NOTES), "--out", str(target)]) == 0
    capsys.readouterr()
    return target


def _with_template_tail(tmp_path: Path, relative: str, tail: str) -> Path:
    """A copy of the templates whose file ``relative`` ends with ``tail``."""
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    template = templates / relative
    template.write_text(template.read_text() + tail)
    return templates


def _with_errors_template_tail(tmp_path: Path, tail: str) -> Path:
    """A copy of the templates whose errors module ends with ``tail``."""
    return _with_template_tail(tmp_path, ERRORS_TEMPLATE, tail)


@pytest.mark.parametrize("command", ["generate", "check"])
@pytest.mark.parametrize(
    ("tail", "message"),
    [
        ("\nreturn None\n", "does not compile: 'return' outside function"),
        ('\nHANDLERS = {"AddNote": handle_add_note}\n', "undefined name 'handle_add_note'"),
        ("\n\ndef _probe() -> object:\n    return no_such_helper\n", "name 'no_such_helper'"),
        ("\nfrom ._service import NoSuchTable\n", "'NoSuchTable' from tcnotes._service"),
        ("\nfrom ._no_such_module import thing\n", "from tcnotes._no_such_module, which"),
    ],
    ids=["invalid", "handler-table", "in-function", "missing-sibling-name", "missing-module"],
)
def test_unsound_output_exits_2_naming_file_line_and_template(
    command: str,
    tail: str,
    message: str,
    out: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = _snapshot(out)
    templates = _with_errors_template_tail(tmp_path, tail)
    errors_text = (out / "tcnotes" / "tcnotes" / "errors.py").read_text()
    args = [command, str(NOTES), "--out", str(out), "--templates", str(templates)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and f"(template {ERRORS_TEMPLATE})" in err
    assert f"{out.name}/tcnotes/tcnotes/errors.py:" in err
    # The tail comes after everything the intact template renders.
    reported = int(err.split("errors.py:", 1)[1].split(":", 1)[0])
    assert reported > len(errors_text.splitlines())
    assert _snapshot(out) == before


@pytest.mark.parametrize("spec", ["sms", "minimal", "notes", "second_service"])
def test_the_real_and_fixture_trees_are_sound(spec: str) -> None:
    fixture = ROOT / "tests" / "fixtures" / spec / "spec.yaml"
    specs = [fixture] if fixture.is_file() else sorted((ROOT / "spec").glob("*.yaml"))
    check_tree(render_tree(specs), {})  # raises on any problem, with no false positive here


def test_names_bound_every_way_python_binds_them_are_not_reported() -> None:
    tree = {
        "pkg/pkg/__init__.py": "from .a import A\nfrom . import b\n__all__ = ['A', 'b']\n",
        "pkg/pkg/a.py": (
            "import os\nfrom typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from .b import B\n"
            "class A:\n    x = 1\n    y = x + 1\n"
            "    def m(self) -> B:\n        return super().m(__class__, __name__, os.sep)\n"
            "def setter() -> None:\n    global LATER\n    LATER = [i for i in range(3)]\n"
            "def reader() -> object:\n    return LATER\n"
            "def outer() -> object:\n    free = 1\n    def inner() -> int:\n        return free\n"
            "    return inner\n"
        ),
        "pkg/pkg/b.py": "from os.path import *\nB = join\nunknown_but_starred = sep\n",
        "pkg/pkg/lazy.py": "def __getattr__(name: str) -> object:\n    return name\n",
        "pkg/pkg/c.py": "from .lazy import Anything\nfrom pkg.a import A, setter\nimport pkg.b\n",
    }
    assert _problems(tree) == []


def test_undefined_names_and_bad_imports_are_each_reported_with_their_line() -> None:
    tree = {
        "pkg/pkg/__init__.py": "__all__ = ['missing_export']\n",
        "pkg/pkg/a.py": (
            "HANDLERS = {'x': handle_x}\n"
            "class C:\n    y = unknown_in_class\n"
            "def f() -> object:\n    local = 1\n    return local + unknown_in_function\n"
        ),
        "pkg/pkg/b.py": "from .a import HANDLERS, nope\nfrom pkg.gone import x\nimport pkg.gone\n",
        "pkg/pkg/c.py": "from ... import too_far\n",
        "pkg/pkg/d.py": "def f(a, a):\n    pass\n",
        "pkg/pkg/lazy.py": "def __getattr__(name: str) -> object:\n    return unknown_in_lazy\n",
    }
    assert _problems(tree) == [
        "pkg/pkg/__init__.py:1: __all__ names 'missing_export', which is not defined",
        "pkg/pkg/a.py:1: undefined name 'handle_x'",
        "pkg/pkg/a.py:3: undefined name 'unknown_in_class'",
        "pkg/pkg/a.py:6: undefined name 'unknown_in_function'",
        "pkg/pkg/b.py:1: imports 'nope' from pkg.a, which does not define it",
        "pkg/pkg/b.py:2: imports from pkg.gone, which the output does not have",
        "pkg/pkg/b.py:3: imports pkg.gone, which the output does not have",
        "pkg/pkg/c.py:1: relative import beyond the top-level package",
        "pkg/pkg/d.py:1: does not compile: duplicate argument 'a' in function definition",
        "pkg/pkg/lazy.py:2: undefined name 'unknown_in_lazy'",
    ]


# What only importing shows: generate imports the new tree before it replaces the old one.


def _generate_with(templates: Path, out: Path) -> int:
    return main(["generate", str(NOTES), "--out", str(out), "--templates", str(templates)])


def test_a_module_that_raises_on_import_is_never_written(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(out)
    errors_lines = len((out / "tcnotes" / "tcnotes" / "errors.py").read_text().splitlines())
    templates = _with_errors_template_tail(tmp_path, '\n_PROBE = int("not a number")\n')
    assert _generate_with(templates, out) == 2
    err = capsys.readouterr().err
    assert "tcnotes/tcnotes/errors.py:" in err and "importing tcnotes.errors: ValueError" in err
    reported = int(err.split("errors.py:", 1)[1].split(":", 1)[0])
    assert reported > errors_lines  # the line of the tail, after the intact module
    assert f"{out} is unchanged" in err
    assert _snapshot(out) == before
    assert not list(tmp_path.glob(".generated.*"))  # no temporary tree left behind


def test_a_circular_import_is_never_written(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The static check cannot see it: every name exists, only the order of imports breaks."""
    before = _snapshot(out)
    cycle = "\nfrom .client import NotesClient  # noqa\n"
    templates = _with_template_tail(tmp_path, "runtime/_exceptions.py", cycle)
    assert _generate_with(templates, out) == 2
    err = capsys.readouterr().err
    assert "circular import" in err and "importing tcnotes:" in err
    assert err.count("circular import") == 1  # reported once, not for every module after it
    assert str(tmp_path) not in err.split(f"{out} is unchanged")[0]  # paths as the tree names them
    assert _snapshot(out) == before


def test_a_module_needing_a_package_not_installed_here_is_not_the_trees_fault(
    out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    templates = _with_errors_template_tail(tmp_path, "\nimport tcgen_no_such_dependency  # noqa\n")
    assert _generate_with(templates, out) == 0
    errors = (out / "tcnotes" / "tcnotes" / "errors.py").read_text()
    assert "import tcgen_no_such_dependency" in errors
