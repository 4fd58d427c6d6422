"""Where the generator keeps what it can recompute: git-ignored, and never needed for correctness.

``.cache/tcgen/format`` under the project by default; ``TCGEN_CACHE_DIR`` moves it, and an empty
``TCGEN_CACHE_DIR`` turns caching off. Entries are content-addressed, so a cold, partial or shared
cache gives the same results as none.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

CACHE_ENV = "TCGEN_CACHE_DIR"
DEFAULT_CACHE_DIR = Path(__file__).resolve().parent.parent / ".cache" / "tcgen" / "format"


def cache_directory() -> Path | None:
    """The configured cache directory, or None when caching is off."""
    configured = os.environ.get(CACHE_ENV)
    if configured is None:
        return DEFAULT_CACHE_DIR
    return Path(configured) if configured else None


def write_entry(entry: Path, text: str) -> None:
    """Writes a cache entry atomically; a cache that cannot be written is simply not used."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-")
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temporary, entry)
    except OSError:
        return
