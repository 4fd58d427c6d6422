"""Command line: ``python -m generator validate|...``.

Exit 0 ok, 1 drift found, 2 bad input or an output that cannot be written.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from generator.changes import spec_changes
from generator.errors import SpecError, SpecInvalid
from generator.load import load_spec
from generator.pipeline import check_specs, render_tree
from generator.render import TEMPLATE_ROOT, TemplateFailure
from generator.write import WriteFailure, diff_trees, read_tree, write_tree

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
GENERATED_DIR = ROOT / "generated"

EXIT_OK = 0
EXIT_DRIFT = 1
EXIT_BAD_INPUT = 2


def default_spec_files() -> list[Path]:
    """Every spec under spec/ (the schema folder holds no specs)."""
    return sorted(SPEC_DIR.glob("*.yaml"))


def _display_path(file: Path) -> Path:
    try:
        return file.resolve().relative_to(Path.cwd())
    except ValueError:
        return file


def _report(problems: Sequence[SpecError]) -> None:
    for problem in problems:
        shown = SpecError(_display_path(problem.file), problem.line, problem.path, problem.message)
        print(shown, file=sys.stderr)
    print(f"{len(problems)} problem(s) found", file=sys.stderr)


def _cmd_validate(args: argparse.Namespace) -> int:
    files = [Path(f) for f in args.files] or default_spec_files()
    if not files:
        print(f"no spec files under {SPEC_DIR}", file=sys.stderr)
        return EXIT_BAD_INPUT
    _, problems = check_specs(files)
    if problems:
        _report(problems)
        return EXIT_BAD_INPUT
    print(f"{len(files)} spec file(s) valid")
    return EXIT_OK


def _render(args: argparse.Namespace) -> dict[str, str] | None:
    """The rendered tree, or None after reporting why it cannot be rendered."""
    files = [Path(f) for f in args.files] or default_spec_files()
    try:
        return render_tree(files, Path(args.templates))
    except SpecInvalid as exc:
        _report(exc.problems)
    except TemplateFailure as exc:
        print(f"template error: {exc}", file=sys.stderr)
    return None


def _cmd_generate(args: argparse.Namespace) -> int:
    tree = _render(args)
    if tree is None:
        return EXIT_BAD_INPUT
    try:
        write_tree(tree, Path(args.out))
    except WriteFailure as exc:
        print(f"generate: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"wrote {len(tree)} files to {_display_path(Path(args.out))}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    tree = _render(args)
    if tree is None:
        return EXIT_BAD_INPUT
    out = Path(args.out)
    diff = diff_trees(tree, read_tree(out), str(_display_path(out)))
    if diff:
        sys.stdout.write(diff)
        print(f"{_display_path(out)} is out of date: run 'make generate'", file=sys.stderr)
        return EXIT_DRIFT
    print(f"{_display_path(out)} is up to date ({len(tree)} files)")
    return EXIT_OK


def _cmd_changes(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.specs]
    if (args.base is None) != (len(paths) == 2):
        print("changes: give OLD NEW, or --base REV and one spec", file=sys.stderr)
        return EXIT_BAD_INPUT
    with tempfile.TemporaryDirectory() as scratch:
        if args.base is not None:
            before = _spec_at_revision(args.base, paths[0], Path(scratch))
            if before is None:
                return EXIT_BAD_INPUT
            paths.insert(0, before)
        # The old spec only needs to load: it was written for the spec format of its own time,
        # which may lack what today's schema requires (a new required field, say).
        old, problems = load_spec(paths[0])
        specs, new_problems = check_specs(paths[1:])
        problems += new_problems
    if problems or old is None:
        _report(problems)
        return EXIT_BAD_INPUT
    try:
        changes = spec_changes(old.data, specs[0].data)
    except (KeyError, TypeError, AttributeError) as exc:
        print(
            f"changes: {paths[0]} is not a spec this version can compare: {exc!r}", file=sys.stderr
        )
        return EXIT_BAD_INPUT
    for change in changes:
        print(change)
    breaking = sum(change.breaking for change in changes)
    print(f"{len(changes)} change(s), {breaking} breaking", file=sys.stderr)
    return EXIT_DRIFT if breaking and args.fail_on_breaking else EXIT_OK


def _spec_at_revision(revision: str, spec: Path, scratch: Path) -> Path | None:
    """The spec as git has it at ``revision``, copied into ``scratch``; None after reporting why."""
    relative = (
        spec.resolve().relative_to(ROOT).as_posix() if spec.resolve().is_relative_to(ROOT) else None
    )
    if relative is None:
        print(f"changes: {spec} is not inside the repository", file=sys.stderr)
        return None
    shown = subprocess.run(
        ["git", "show", f"{revision}:{relative}"], cwd=ROOT, capture_output=True, check=False
    )
    if shown.returncode != 0:
        print(
            f"changes: git show {revision}:{relative}: {shown.stderr.decode().strip()}",
            file=sys.stderr,
        )
        return None
    copy = scratch / f"{revision.replace('/', '_')}.{spec.name}"
    copy.write_bytes(shown.stdout)
    return copy


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check specs against the schema and rules")
    validate.set_defaults(run=_cmd_validate)
    generate = commands.add_parser("generate", help="regenerate the output tree from the specs")
    generate.set_defaults(run=_cmd_generate)
    check = commands.add_parser("check", help="exit 1 with a diff when the output tree is stale")
    check.set_defaults(run=_cmd_check)
    changes = commands.add_parser("changes", help="the API-level changes between two specs")
    changes.add_argument("specs", nargs="+", help="OLD NEW, or one spec with --base")
    changes.add_argument("--base", help="compare the spec with its version at this git revision")
    changes.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 when a change can break callers"
    )
    changes.set_defaults(run=_cmd_changes)
    for command in (validate, generate, check):
        command.add_argument("files", nargs="*", help="spec files (default: every spec/*.yaml)")
    for command in (generate, check):
        command.add_argument(
            "--out", default=str(GENERATED_DIR), help="output tree (default: generated/)"
        )
        command.add_argument(
            "--templates", default=str(TEMPLATE_ROOT), help="template tree (default: templates/)"
        )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    code: int = args.run(args)
    return code
