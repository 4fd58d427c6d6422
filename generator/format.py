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
import tempfile
from importlib.metadata import version
from pathlib import Path

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

from generator.render import TemplateFailure

BLACK_MODE = black.Mode(line_length=100, target_versions={TargetVersion.PY311})
BLACK_VERSION = version("black")
CACHE_ENV = "TCGEN_CACHE_DIR"
DEFAULT_CACHE_DIR = Path(__file__).resolve().parent.parent / ".cache" / "tcgen" / "format"


class FormatCache:
    """Formatted texts by the hash of black's version, mode and the unformatted text."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self._salt = f"{BLACK_VERSION}\0{BLACK_MODE!r}\0".encode()

    @classmethod
    def from_environment(cls) -> FormatCache:
        configured = os.environ.get(CACHE_ENV)
        if configured is None:
            return cls(DEFAULT_CACHE_DIR)
        return cls(Path(configured) if configured else None)

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
        entry = self._entry(key)
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-")
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
                stream.write(formatted)
            os.replace(temporary, entry)
        except OSError:
            return

    def _entry(self, key: str) -> Path:
        assert self.directory is not None
        return self.directory / key[:2] / key[2:]


def format_tree(
    tree: dict[str, str],
    sources: dict[str, str] | None = None,
    cache: FormatCache | None = None,
) -> dict[str, str]:
    """Returns the tree with every ``.py`` file black-formatted.

    ``sources`` maps an output path to the template it came from, so a failure names the template.
    ``cache`` defaults to the one the environment configures.
    """
    cache = FormatCache.from_environment() if cache is None else cache
    formatted: dict[str, str] = {}
    for path, text in tree.items():
        if not path.endswith(".py"):
            formatted[path] = text
            continue
        key = cache.key(text)
        cached = cache.get(key)
        if cached is not None:
            formatted[path] = cached
            continue
        try:
            result = black.format_str(text, mode=BLACK_MODE)
        except InvalidInput as exc:
            origin = (sources or {}).get(path, path)
            raise TemplateFailure(origin, f"rendered {path} is not valid Python: {exc}") from exc
        cache.put(key, result)
        formatted[path] = result
    return formatted
