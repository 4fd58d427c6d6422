"""Formats rendered Python with black, in-process. Other files pass through unchanged.

black is most of the cost of a run, and most rendered files are the same as last time, so results
are kept in a cache keyed by black's version, its mode and the unformatted text: a file is only
formatted again when its text (or black) changed. The cache is content-addressed and written
atomically, so a cold, partial or shared cache still gives byte-identical output. It lives in
``.cache/tcgen/format`` under the project (git-ignored); ``TCGEN_CACHE_DIR`` moves it, and an empty
``TCGEN_CACHE_DIR`` turns it off.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import version
from pathlib import Path

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

from generator.cache import CACHE_ENV, DEFAULT_CACHE_DIR, cache_directory, write_entry
from generator.render import TemplateFailure

__all__ = ["BLACK_MODE", "CACHE_ENV", "DEFAULT_CACHE_DIR", "FormatCache", "format_tree"]

BLACK_MODE = black.Mode(line_length=100, target_versions={TargetVersion.PY311})
BLACK_VERSION = version("black")


class FormatCache:
    """Formatted texts by the hash of black's version, mode and the unformatted text."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self._salt = f"{BLACK_VERSION}\0{BLACK_MODE!r}\0".encode()

    @classmethod
    def from_environment(cls) -> FormatCache:
        return cls(cache_directory())

    def key(self, text: str) -> str:
        return hashlib.sha256(self._salt + text.encode("utf-8", "surrogatepass")).hexdigest()

    def get(self, key: str) -> str | None:
        if self.directory is None:
            return None
        try:
            return self._entry(key).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def put(self, key: str, formatted: str) -> None:
        """Stores an entry; a cache that cannot be written is simply not used."""
        if self.directory is None:
            return
        write_entry(self._entry(key), formatted)

    def _entry(self, key: str) -> Path:
        assert self.directory is not None
        return self.directory / key[:2] / key[2:]


# Below this many files to format, a process pool costs more to start than it saves.
PARALLEL_MIN_FILES = 8


def format_tree(
    tree: dict[str, str],
    sources: dict[str, str] | None = None,
    cache: FormatCache | None = None,
) -> dict[str, str]:
    """Returns the tree with every ``.py`` file black-formatted.

    ``sources`` maps an output path to the template it came from, so a failure names the template.
    ``cache`` defaults to the one the environment configures. Files the cache does not have are
    formatted in parallel, one process per core, when there are enough of them.
    """
    cache = FormatCache.from_environment() if cache is None else cache
    formatted: dict[str, str] = {}
    missing: dict[str, tuple[str, str]] = {}  # path -> (cache key, unformatted text)
    for path, text in tree.items():
        if not path.endswith(".py"):
            formatted[path] = text
            continue
        key = cache.key(text)
        cached = cache.get(key)
        if cached is not None:
            formatted[path] = cached
        else:
            missing[path] = (key, text)
    for path, result, problem in _format_all({path: text for path, (_, text) in missing.items()}):
        if result is None:
            origin = (sources or {}).get(path, path)
            raise TemplateFailure(origin, f"rendered {path} is not valid Python: {problem}")
        cache.put(missing[path][0], result)
        formatted[path] = result
    return {path: formatted[path] for path in tree}


def _format_one(item: tuple[str, str]) -> tuple[str, str | None, str]:
    """(path, formatted text or None, why black refused it); runs in a worker process."""
    path, text = item
    try:
        return path, black.format_str(text, mode=BLACK_MODE), ""
    except InvalidInput as exc:
        return path, None, str(exc)


def _format_all(texts: dict[str, str]) -> Iterator[tuple[str, str | None, str]]:
    workers = min(os.cpu_count() or 1, len(texts))
    if len(texts) < PARALLEL_MIN_FILES or workers < 2:
        yield from map(_format_one, texts.items())
        return
    # Largest first, one at a time: the big files (the clients) start early and the small ones
    # fill the gaps, so the cores finish together.
    ordered = sorted(texts.items(), key=lambda item: len(item[1]), reverse=True)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_format_one, ordered)
