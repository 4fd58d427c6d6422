"""``python -m generator drift [--docs DIR] [--format text|json|markdown] [SPEC...]``.

Exit 0 when the documents and the specs agree, 1 when drift is found, 2 on bad input (no
documents, a spec that does not load). Only tc3-api specs are compared: the documents describe
that protocol's actions, types and codes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.doc_reader import DOCS_DIR_VARIABLE, SIBLING_DOCS_DIR, find_docs_dir
from generator.drift import Drift, find_drift
from generator.load import load_spec

EXIT_OK, EXIT_DRIFT, EXIT_BAD_INPUT = 0, 1, 2
COMPARED_PROTOCOL = "tc3-api"


def add_drift_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    drift = commands.add_parser("drift", help="where the documents and the specs disagree")
    drift.add_argument("specs", nargs="*", help="spec files (default: every tc3-api spec/*.yaml)")
    drift.add_argument(
        "--docs",
        help=f"documents folder (default: ${DOCS_DIR_VARIABLE}, else {SIBLING_DOCS_DIR})",
    )
    drift.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    drift.set_defaults(run=run_drift)


def run_drift(args: argparse.Namespace) -> int:
    docs_dir = find_docs_dir(Path(args.docs) if args.docs else None)
    if docs_dir is None:
        print(
            f"drift: no documents found (--docs, ${DOCS_DIR_VARIABLE} or {SIBLING_DOCS_DIR})",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    spec_dir = Path(__file__).resolve().parent.parent / "spec"
    files = [Path(f) for f in args.specs] or sorted(spec_dir.glob("*.yaml"))
    found: list[Drift] = []
    for file in files:
        spec, problems = load_spec(file)
        if spec is None or problems:
            for problem in problems:
                print(problem, file=sys.stderr)
            return EXIT_BAD_INPUT
        protocol = spec.data.get("protocol") if isinstance(spec.data, dict) else None
        if protocol != COMPARED_PROTOCOL:
            print(f"drift: {file}: protocol {protocol!r} is not compared", file=sys.stderr)
            continue
        try:
            found += find_drift(spec, docs_dir, str(file))
        except ValueError as exc:  # a document whose layout the reader cannot follow
            print(f"drift: cannot read the documents in {docs_dir}: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
    sys.stdout.write(render(found, args.format))
    print(f"{len(found)} difference(s)", file=sys.stderr)
    return EXIT_DRIFT if found else EXIT_OK


def render(found: Sequence[Drift], style: str) -> str:
    if style == "json":
        rows = [
            {"path": d.path, "message": d.message, "doc": d.doc or None, "spec": d.spec or None}
            for d in found
        ]
        return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    if style == "markdown":
        if not found:
            return "The documents and the spec agree.\n"
        lines = ["| spec path | difference | document | spec |", "| --- | --- | --- | --- |"]
        lines += [
            f"| `{d.path}` | {_cell(d.message)} | {d.doc or '—'} | {d.spec or '—'} |" for d in found
        ]
        return "\n".join(lines) + "\n"
    return "".join(f"{d}\n" for d in found)


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")
