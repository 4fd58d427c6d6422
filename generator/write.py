"""Writes a rendered tree to disk atomically, or compares it with what is there.

``write_tree`` builds the complete new tree in a temporary sibling directory and swaps it in with
two renames, so an error at any point leaves the old tree as it was. Files the tree no longer
contains disappear with the swap.
"""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from pathlib import Path


def read_tree(root: Path) -> dict[str, str]:
    """Every file under ``root`` as ``{relative posix path: text}``; caches are skipped."""
    if not root.is_dir():
        return {}
    return {
        path.relative_to(root).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def write_tree(tree: dict[str, str], root: Path) -> None:
    """Replaces ``root`` with exactly ``tree``."""
    root = root.resolve()
    root.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{root.name}.new-", dir=root.parent))
    try:
        for relative, text in tree.items():
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
        _swap(staging, root)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _swap(staging: Path, root: Path) -> None:
    if not root.exists():
        os.rename(staging, root)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{root.name}.old-", dir=root.parent))
    os.rmdir(retired)
    os.rename(root, retired)
    try:
        os.rename(staging, root)
    except OSError:
        os.rename(retired, root)
        raise
    shutil.rmtree(retired, ignore_errors=True)


def diff_trees(expected: dict[str, str], actual: dict[str, str], label: str) -> str:
    """A unified diff from ``actual`` (on disk) to ``expected`` (rendered); empty when equal."""
    chunks: list[str] = []
    for relative in sorted(expected.keys() | actual.keys()):
        old, new = actual.get(relative), expected.get(relative)
        if old == new:
            continue
        chunks.extend(
            difflib.unified_diff(
                (old or "").splitlines(keepends=True),
                (new or "").splitlines(keepends=True),
                fromfile=f"{label}/{relative}" if old is not None else "/dev/null",
                tofile=f"{label}/{relative}" if new is not None else "/dev/null",
            )
        )
    return "".join(chunks)
