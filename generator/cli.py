"""Command line: ``python -m generator validate|...``.

Exit 0 ok, 1 drift found, 2 bad input or an output that cannot be written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.changes_command import add_changes_command
from generator.drift_command import add_drift_command
from generator.errors import SpecError, SpecInvalid
from generator.import_check import check_imports
from generator.pipeline import check_specs, render_tree
from generator.render import TEMPLATE_ROOT, TemplateFailure
from generator.soundness import UnsoundOutput
from generator.write import (
    WriteFailure,
    diff_trees,
    not_generated,
    not_generated_message,
    read_tree,
    write_tree,
)

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
    if not files:  # an empty tree would remove every file generate wrote before
        print(f"no spec files under {SPEC_DIR}", file=sys.stderr)
        return None
    try:
        return render_tree(files, Path(args.templates))
    except SpecInvalid as exc:
        _report(exc.problems)
    except UnsoundOutput as exc:
        out = _display_path(Path(args.out))
        for problem in exc.problems:
            print(f"{out}/{problem}", file=sys.stderr)
        print(
            f"{len(exc.problems)} problem(s) in the rendered Python; {out} is unchanged",
            file=sys.stderr,
        )
    except TemplateFailure as exc:
        print(f"template error: {exc}", file=sys.stderr)
    return None


def _cmd_generate(args: argparse.Namespace) -> int:
    tree = _render(args)
    if tree is None:
        return EXIT_BAD_INPUT
    try:
        written = write_tree(
            tree,
            Path(args.out),
            force=args.force,
            verify=lambda staging: check_imports(staging, list(tree)),
        )
    except WriteFailure as exc:
        print(f"generate: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    roots = sorted({path.split("/", 1)[0] for path in tree})
    out = _display_path(Path(args.out))
    if written:
        print(f"wrote {len(tree)} files to {out} ({', '.join(roots)})")
    else:
        print(f"{out} already holds these {len(tree)} files ({', '.join(roots)}); nothing written")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    tree = _render(args)
    if tree is None:
        return EXIT_BAD_INPUT
    out = Path(args.out)
    if not_generated(out):
        print(f"check: {not_generated_message(_display_path(out))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    diff = diff_trees(tree, read_tree(out), str(_display_path(out)))
    if diff:
        sys.stdout.write(diff)
        print(f"{_display_path(out)} is out of date: run 'make generate'", file=sys.stderr)
        return EXIT_DRIFT
    print(f"{_display_path(out)} is up to date ({len(tree)} files)")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check specs against the schema and rules")
    validate.set_defaults(run=_cmd_validate)
    generate = commands.add_parser("generate", help="regenerate the output tree from the specs")
    generate.set_defaults(run=_cmd_generate)
    check = commands.add_parser("check", help="exit 1 with a diff when the output tree is stale")
    check.set_defaults(run=_cmd_check)
    add_changes_command(commands)
    add_drift_command(commands)
    for command in (validate, generate, check):
        command.add_argument("files", nargs="*", help="spec files (default: every spec/*.yaml)")
    for command in (generate, check):
        command.add_argument(
            "--out", default=str(GENERATED_DIR), help="output tree (default: generated/)"
        )
        command.add_argument(
            "--templates", default=str(TEMPLATE_ROOT), help="template tree (default: templates/)"
        )
    generate.add_argument(
        "--force",
        action="store_true",
        help="write into a non-empty --out folder generate did not write (keeps its other files)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    code: int = args.run(args)
    return code
