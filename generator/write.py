"""Writes a rendered tree to disk atomically, or compares it with what is there.

``write_tree`` builds the complete new tree in a temporary sibling directory and swaps it in with
two renames, so an error at any point leaves the old tree as it was, and no temporary folder
behind (unless putting the old tree back fails too: the error then says where it is).

The generator never deletes or overwrites what it did not write. ``MANIFEST`` in the output lists
every file it wrote: a listed file the tree no longer contains disappears with the swap; any other
file (notes put there by hand, ``__pycache__``) is carried over into the new tree, and a tree that
would overwrite one is refused. A non-empty folder without a manifest is someone else's: it is
refused too, unless ``force`` says to write into it (its files are then kept, or overwritten where
the tree has a file of the same name). ``check`` reads only the files the manifest lists, so tool
caches and builds inside the output are not its concern.
"""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path, PurePosixPath

MANIFEST = ".tcgen-manifest"
_MANIFEST_HEADER = "# Files written by generate; no other file here is ever deleted or overwritten."


class WriteFailure(Exception):
    """The tree could not be written; the message names the output and where the old tree is."""


def read_tree(root: Path) -> dict[str, str]:
    """The files the generator wrote under ``root``, as ``{relative posix path: text}``.

    A listed file that is no longer UTF-8 text (or no longer readable) reads as a line saying so,
    which differs from anything rendered: drift, shown in the diff.
    """
    if not root.is_dir():
        return {}
    tree: dict[str, str] = {}
    for relative in sorted(_written(root)):
        path = root / relative
        if path.is_file() or path.is_symlink():
            try:
                tree[relative] = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                tree[relative] = f"<not UTF-8 text: {path.stat().st_size} bytes>\n"
            except OSError as exc:
                tree[relative] = f"<cannot be read: {exc.strerror or exc}>\n"
    return tree


def not_generated(root: Path) -> bool:
    """Whether ``root`` is a non-empty folder that holds no manifest: one generate did not write."""
    if not root.is_dir() or (root / MANIFEST).is_file():
        return False
    return any(root.iterdir())


def not_generated_message(root: Path) -> str:
    return (
        f"{root} is not empty and holds no {MANIFEST}, so generate did not write it; choose a new"
        " or empty folder, or pass --force to write into it (its other files are kept)"
    )


def _written(root: Path) -> set[str]:
    """What the manifest lists (nothing without one); never a path outside ``root``."""
    try:
        lines = (root / MANIFEST).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return set()
    return {line for line in lines if line and not line.startswith("#") and _inside(line)}


def _inside(relative: str) -> bool:
    """A manifest line is a relative path below the root; anything else is not the tree's."""
    parts = PurePosixPath(relative).parts
    return bool(parts) and not PurePosixPath(relative).is_absolute() and ".." not in parts


def _not_written(root: Path) -> list[str]:
    """Files under ``root`` the generator did not write: they are carried over, never deleted."""
    if not root.is_dir():
        return []
    ours = _written(root) | {MANIFEST}
    return sorted(
        relative
        for path in root.rglob("*")
        if path.is_file() and (relative := path.relative_to(root).as_posix()) not in ours
    )


def write_tree(
    tree: dict[str, str],
    root: Path,
    force: bool = False,
    verify: Callable[[Path], None] | None = None,
) -> bool:
    """Replaces what the generator wrote under ``root`` with exactly ``tree``; False when ``root``
    already holds exactly that (then nothing is written, nor verified).

    Raises ``WriteFailure`` when that fails, with ``root`` left as it was; also when ``root`` is a
    folder generate did not write, unless ``force``, and when ``verify``, given the complete new
    tree in its temporary folder, refuses it (by raising ``WriteFailure``).
    """
    root = root.resolve()
    try:
        foreign = not_generated(root)
        kept = _not_written(root)
    except (OSError, UnicodeDecodeError) as exc:
        raise WriteFailure(f"cannot read {root / MANIFEST}: {exc}; {root} is unchanged") from exc
    if foreign and not force:
        raise WriteFailure(f"{not_generated_message(root)}. {root} is unchanged")
    if foreign:
        kept = [relative for relative in kept if relative not in tree]
    clashes = sorted(tree.keys() & set(kept))
    if clashes:
        raise WriteFailure(
            f"cannot write {root}: it would overwrite {', '.join(clashes)}, which generate did not"
            f" write; move it away. {root} is unchanged"
        )
    manifest = "\n".join([_MANIFEST_HEADER, *sorted(tree)]) + "\n"
    if _holds(root, {**tree, MANIFEST: manifest}):
        return False
    try:
        root.parent.mkdir(parents=True, exist_ok=True)
        holder = Path(tempfile.mkdtemp(prefix=f".{root.name}.new-", dir=root.parent))
    except OSError as exc:
        raise WriteFailure(f"cannot write {root}: {exc}") from exc
    try:
        # mkdtemp makes its folder private (0700); the tree itself gets the usual umask mode.
        staging = holder / root.name
        staging.mkdir()
        for relative, text in tree.items():
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
        (staging / MANIFEST).write_text(manifest, encoding="utf-8", newline="\n")
        for relative in kept:
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(root / relative, target)
        if verify is not None:
            try:
                verify(staging)
            except WriteFailure as exc:
                raise WriteFailure(f"{exc}\n{root} is unchanged") from exc
        _swap(staging, root)
    except OSError as exc:
        raise WriteFailure(f"cannot write {root}: {exc}; {root} is unchanged") from exc
    finally:
        shutil.rmtree(holder, ignore_errors=True)
    return True


def _holds(root: Path, files: dict[str, str]) -> bool:
    """Whether every file of ``files`` is under ``root`` with that text (the manifest included,
    so no file the generator wrote before is missing from ``files``)."""
    try:
        return all(
            (root / relative).read_text(encoding="utf-8") == text
            for relative, text in files.items()
        )
    except (OSError, UnicodeDecodeError):
        return False


def _swap(staging: Path, root: Path) -> None:
    if not root.exists():
        os.rename(staging, root)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{root.name}.old-", dir=root.parent))
    os.rmdir(retired)
    os.rename(root, retired)
    try:
        os.rename(staging, root)
    except BaseException as exc:  # an interrupt between the renames must put the old tree back too
        try:
            os.rename(retired, root)
        except OSError as undo:
            raise WriteFailure(
                f"cannot write {root}: {exc}; putting the previous tree back failed too ({undo}):"
                f" it is in {retired}"
            ) from exc
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
