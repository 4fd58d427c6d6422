"""``python -m generator changes OLD NEW`` or ``changes --base REV SPEC``: what a spec update
means for callers, as text, Markdown (for a pull request comment) or JSON, with the SDK version bump
the changes need and whether the new spec's ``sdk_version`` makes it (text: on stderr, after the
count; Markdown: under the summary; JSON: ``{"changes": [...], "version": {...}}``).

Exit 0, or 1 with ``--fail-on-breaking`` when a change is breaking or ``--fail-on-version`` when
the version does not make the bump; 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from generator.changes import Change, Level, VersionCheck, spec_changes, version_check
from generator.load import load_spec
from generator.pipeline import check_specs

ROOT = Path(__file__).resolve().parent.parent
EXIT_OK, EXIT_BREAKING, EXIT_BAD_INPUT = 0, 1, 2


def add_changes_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    changes = commands.add_parser("changes", help="the API-level changes between two specs")
    changes.add_argument("specs", nargs="+", help="OLD NEW, or one spec with --base")
    changes.add_argument("--base", help="compare the spec with its version at this git revision")
    changes.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 when a change can break callers"
    )
    changes.add_argument(
        "--fail-on-version",
        action="store_true",
        help="exit 1 when the new sdk_version does not make the bump the changes need",
    )
    changes.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    changes.set_defaults(run=run_changes)


def run_changes(args: argparse.Namespace) -> int:
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
    if problems or old is None or not specs:
        for problem in problems:
            print(problem, file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        changes = spec_changes(old.data, specs[0].data)
    except (KeyError, TypeError, AttributeError) as exc:
        print(
            f"changes: {paths[0]} is not a spec this version can compare: {exc!r}", file=sys.stderr
        )
        return EXIT_BAD_INPUT
    version = version_check(old.data, specs[0].data, changes)
    sys.stdout.write(render(changes, args.format, version))
    breaking = sum(change.breaking for change in changes)
    print(f"{len(changes)} change(s), {breaking} breaking; {version}", file=sys.stderr)
    if breaking and args.fail_on_breaking:
        return EXIT_BREAKING
    return EXIT_BREAKING if args.fail_on_version and version.reflected is False else EXIT_OK


def render(changes: Sequence[Change], style: str, version: VersionCheck | None = None) -> str:
    if style == "json":
        rows = [
            {"level": str(c.level), "path": c.path, "change": c.what, "hint": c.hint or None}
            for c in changes
        ]
        document: dict[str, object] = {"changes": rows}
        if version is not None:
            document["version"] = {
                "old": version.old,
                "new": version.new,
                "needed_bump": None if version.needed is None else str(version.needed),
                "made_bump": None if version.made is None else str(version.made),
                "reflected": version.reflected,
                "suggested": version.suggested,
            }
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if style == "markdown":
        return _markdown(changes, version)
    return "".join(f"{change}\n" for change in changes)


def _markdown(changes: Sequence[Change], version: VersionCheck | None) -> str:
    """Most severe first, one table per level, so a reviewer reads the breaking ones at once."""
    version_line = [f"**SDK version**: {version}", ""] if version is not None else []
    if not changes:
        return "\n".join(["No API changes.", "", *version_line])
    counts = {level: sum(c.level is level for c in changes) for level in Level}
    summary = ", ".join(f"{counts[level]} {level}" for level in sorted(Level, reverse=True))
    lines = [f"**API changes**: {summary}", "", *version_line]
    for level in sorted(Level, reverse=True):
        rows = [c for c in changes if c.level is level]
        if not rows:
            continue
        lines += [f"### {str(level).capitalize()}", "", "| where | change |", "| --- | --- |"]
        for change in rows:
            hint = f" _({change.hint})_" if change.hint else ""
            lines.append(f"| `{change.path}` | {_cell(change.what)}{hint} |")
        lines.append("")
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _spec_at_revision(revision: str, spec: Path, scratch: Path) -> Path | None:
    """The spec as git has it at ``revision``, copied into ``scratch``; None after reporting why."""
    if not spec.resolve().is_relative_to(ROOT):
        print(f"changes: {spec} is not inside the repository", file=sys.stderr)
        return None
    relative = spec.resolve().relative_to(ROOT).as_posix()
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
