"""Reads a YAML spec into plain data plus a map from spec path to line.

We compose the YAML node tree ourselves rather than calling ``yaml.safe_load`` so that every value
keeps its line and duplicate keys are reported instead of silently overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError

PathKey = tuple[str | int, ...]


def format_path(path: PathKey) -> str:
    """Renders a spec path as ``actions.SendSms.input.PhoneNumberSet`` or ``errors["A.B"]``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part.replace("_", "").replace("-", "").isalnum() and part[:1].isalpha():
            out += f".{part}" if out else part
        else:
            out += f'["{part}"]'
    return out


@dataclass
class LoadedSpec:
    """A spec file's data and where each path in it stands."""

    file: Path
    data: Any
    lines: dict[PathKey, int] = field(default_factory=dict)

    def line_of(self, path: PathKey) -> int:
        """The line of ``path``, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return 1


# libyaml's parser where PyYAML was built with it (several times faster on a large spec); its nodes
# carry the same line marks.
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_spec(file: Path) -> tuple[LoadedSpec | None, list[SpecError]]:
    """Loads ``file``: the spec (None when it cannot be read at all) and the problems found."""
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [SpecError(file, 1, "", f"cannot read spec: {exc}")]
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        return None, [SpecError(file, line, "", f"YAML syntax error: {exc.problem or exc}")]
    finally:
        loader.dispose()
    if node is None:
        return None, [SpecError(file, 1, "", "spec is empty")]
    spec = LoadedSpec(file=file, data=None)
    problems: list[SpecError] = []
    spec.data = _build(node, (), spec, problems, loader)
    return spec, problems


def _build(
    node: yaml.Node,
    path: PathKey,
    spec: LoadedSpec,
    problems: list[SpecError],
    loader: yaml.SafeLoader,
) -> Any:
    spec.lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                problems.append(
                    SpecError(
                        spec.file,
                        key_node.start_mark.line + 1,
                        format_path((*path, key)),
                        f"duplicate key {key!r} (first defined on line {spec.lines[(*path, key)]})",
                    )
                )
                continue
            spec.lines[(*path, key)] = key_node.start_mark.line + 1
            result[key] = _build(value_node, (*path, key), spec, problems, loader)
            spec.lines[(*path, key)] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(item, (*path, index), spec, problems, loader)
            for index, item in enumerate(node.value)
        ]
    return loader.construct_object(node, deep=True)
