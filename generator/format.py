"""Formats rendered Python with black, in-process. Other files pass through unchanged."""

from __future__ import annotations

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput

from generator.render import TemplateFailure

BLACK_MODE = black.Mode(line_length=100, target_versions={TargetVersion.PY311})


def format_tree(tree: dict[str, str], sources: dict[str, str] | None = None) -> dict[str, str]:
    """Returns the tree with every ``.py`` file black-formatted.

    ``sources`` maps an output path to the template it came from, so a failure names the template.
    """
    formatted: dict[str, str] = {}
    for path, text in tree.items():
        if not path.endswith(".py"):
            formatted[path] = text
            continue
        try:
            formatted[path] = black.format_str(text, mode=BLACK_MODE)
        except InvalidInput as exc:
            origin = (sources or {}).get(path, path)
            raise TemplateFailure(origin, f"rendered {path} is not valid Python: {exc}") from exc
    return formatted
