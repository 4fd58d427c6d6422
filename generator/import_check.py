"""Imports every module of a staged output tree in a fresh interpreter, before it replaces the old.

The static check (``soundness.py``) sees what shows without running: names nobody binds, imports of
modules the tree lacks. What only running shows, this catches: a circular import, a module-level
statement that raises. Each package of the tree is imported, then every module below it in order,
in a child process of the generating interpreter with the staged tree first on its path, the
environment's own paths ignored (``-I``) and no bytecode written into the tree (``-B``). A module
that needs a third-party package the generating interpreter lacks (the emulator's pytest plugin
without pytest) is skipped: the generated package declares its dependencies, and this checks the
package's own code, not the environment. Modules named ``__main__`` are not imported: importing
one may run a program.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from generator.write import WriteFailure

__all__ = ["ImportProblem", "check_imports", "import_problems"]

# Seconds for the child; generation of the largest trees imports in a few seconds.
TIMEOUT = 300.0

# Runs in the child: argv[1] is a JSON list of [root folder, [module, ...]]; prints the problems.
_CHILD = """
import importlib, json, os, sys, traceback
plan = json.loads(sys.argv[1])
sys.path[:0] = [root for root, _ in plan]
ours = {name.split(".")[0] for _, names in plan for name in names}
problems = []
seen = set()
for root, names in plan:
    for name in names:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is not None and exc.name.split(".")[0] not in ours:
                continue
            problem = exc
        except BaseException as exc:
            problem = exc
        else:
            where = os.path.realpath(getattr(module, "__file__", "") or "")
            if not where.startswith(os.path.realpath(root) + os.sep):
                problems.append([name, "", 0, f"imported from {where}, not from the new tree"])
            continue
        frames = [
            frame for frame in traceback.extract_tb(problem.__traceback__)
            if os.path.realpath(frame.filename).startswith(os.path.realpath(root) + os.sep)
        ]
        filename, line = (frames[-1].filename, frames[-1].lineno or 0) if frames else ("", 0)
        if isinstance(problem, SyntaxError) and problem.filename:
            filename, line = problem.filename, problem.lineno or 0
        text = "".join(traceback.format_exception_only(type(problem), problem)).strip()
        text = text.replace(os.getcwd() + os.sep, "")  # paths as the tree names them
        where = os.path.relpath(filename) if filename else ""
        if (where, line, text) not in seen:  # once, not again for each module importing it
            seen.add((where, line, text))
            problems.append([name, where, line, text])
print(json.dumps(problems))
"""


class ImportProblem(WriteFailure):
    """Modules of the new tree that fail on import: the tree is not written."""


def import_problems(staging: Path, paths: list[str]) -> list[str]:
    """``<package root>/<file>:<line>: importing <module>: <error>`` for each module of ``paths``
    (relative to ``staging``, as the tree names them) that fails to import from ``staging``."""
    plan: dict[str, list[str]] = {}
    for relative in sorted(paths):
        root, *parts = Path(relative).with_suffix("").parts
        if not relative.endswith(".py") or not parts or parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts.pop()
        if parts:
            plan.setdefault(root, []).append(".".join(parts))
    if not plan:
        return []
    # Packages before their modules: what a user's first import does.
    ordered = [
        [str(staging / root), sorted(names, key=lambda name: (name.count("."), name))]
        for root, names in sorted(plan.items())
    ]
    try:
        child = subprocess.run(
            [sys.executable, "-I", "-B", "-c", _CHILD, json.dumps(ordered)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            cwd=staging,  # file names in the problems are relative to it: <package root>/<path>
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return [f"the new tree could not be imported: {exc}"]
    try:
        found = json.loads(child.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return [f"the new tree could not be imported: {child.stderr.strip()[-1000:]}"]
    return [f"{file or '?'}:{line}: importing {name}: {text}" for name, file, line, text in found]


def check_imports(staging: Path, paths: list[str]) -> None:
    """Raises ImportProblem naming every module of the staged tree that fails to import."""
    problems = import_problems(staging, paths)
    if problems:
        raise ImportProblem("\n".join([*problems, "the new tree fails on import"]))
