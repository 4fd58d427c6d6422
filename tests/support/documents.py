"""Where tests find the source documents, and what they do when there are none.

``TCGEN_DOCS_DIR`` names the folder, else ``../shared/docs`` next to the repository. A clone
without them skips the tests that read them, saying why; CI sets ``TCGEN_REQUIRE_DOCS=1`` so a
missing folder fails there instead of passing silently.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.doc_reader import DOCS_DIR_VARIABLE, SIBLING_DOCS_DIR, find_docs_dir

REQUIRE_VARIABLE = "TCGEN_REQUIRE_DOCS"


def docs_dir() -> Path:
    """The documents folder; skips (or fails, under TCGEN_REQUIRE_DOCS=1) when there is none."""
    found = find_docs_dir()
    if found is None:
        reason = (
            f"the source documents are not here (set {DOCS_DIR_VARIABLE} or put them in"
            f" {SIBLING_DOCS_DIR})"
        )
        if os.environ.get(REQUIRE_VARIABLE) == "1":
            pytest.fail(f"{REQUIRE_VARIABLE}=1 but {reason}")
        pytest.skip(reason)
    return found


def docs_copy(destination: Path) -> Path:
    """A copy of the documents that a test may edit."""
    copy = destination / "docs"
    shutil.copytree(docs_dir(), copy)
    return copy


def edit_document(path: Path, old: str, new: str) -> None:
    """Replaces the one occurrence of ``old`` in ``path``."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")
