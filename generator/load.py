"""Reads a YAML spec into plain data plus a map from spec path to line.

We compose the YAML node tree ourselves rather than calling ``yaml.safe_load`` so that every value
keeps its line and duplicate keys are reported instead of silently overwritten.

A spec is input from outside, so what no spec needs is refused with its line before it can cost
anything: control characters in values, tags other than YAML's plain types, nesting deeper than
``MAX_DEPTH`` (building the data and validating it recurse), and aliases that expand to more than
``MAX_ALIAS_NODES`` nodes (a "billion laughs" document is a few lines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError

PathKey = tuple[str | int, ...]

# The deepest real spec nests 8 levels; Python's recursion limit is a few hundred levels away.
MAX_DEPTH = 32
# Nodes reached through aliases, beyond the ones the document spells out.
MAX_ALIAS_NODES = 100_000
_YAML_TAG = "tag:yaml.org,2002:"
# An unquoted date resolves to a timestamp; the schema then says what type belongs there.
_SCALAR_TAGS = frozenset(
    _YAML_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp")
)
_MAPPING_TAG = _YAML_TAG + "map"
_SEQUENCE_TAG = _YAML_TAG + "seq"
# C0 and C1 controls but tab and newline, and lone surrogates: no spec text means them, and
# rendered into Python or markdown they would break it or hide what it says.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


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


class _Refused(Exception):
    """Input a spec never needs; stops loading at ``line``."""

    def __init__(self, line: int, message: str, path: PathKey = ()) -> None:
        super().__init__(message)
        self.line = line
        self.message = message
        self.path = path


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
    spec = LoadedSpec(file=file, data=None)
    problems: list[SpecError] = []
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
        if node is None:
            return None, [SpecError(file, 1, "", "spec is empty")]
        spec.data = _Builder(spec, problems, loader).build(node, (), 0)
    except RecursionError:  # PyYAML's own composer recurses; libyaml stops at 1,000 levels itself
        return None, [SpecError(file, 1, "", f"nested deeper than {MAX_DEPTH} levels")]
    except _Refused as exc:
        shown = format_path(exc.path[:8]) + ("..." if len(exc.path) > 8 else "")
        return None, [SpecError(file, exc.line, shown, exc.message)]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        return None, [SpecError(file, line, "", f"YAML syntax error: {exc.problem or exc}")]
    except yaml.reader.ReaderError as exc:  # a character YAML refuses, by offset
        line = text.count("\n", 0, exc.position) + 1
        return None, [SpecError(file, line, "", f"character U+{exc.character:04X}: {exc.reason}")]
    return spec, problems


class _Builder:
    """Turns composed nodes into plain data, recording lines.

    An alias is the node it names, met again: ``seen`` holds the nodes met once, so every node
    built beyond them is an alias's expansion, counted against ``MAX_ALIAS_NODES``.
    """

    def __init__(
        self, spec: LoadedSpec, problems: list[SpecError], loader: yaml.SafeLoader
    ) -> None:
        self.spec = spec
        self.problems = problems
        self.loader = loader
        self.seen: set[int] = set()
        self.built = 0

    def build(self, node: yaml.Node, path: PathKey, depth: int) -> Any:
        line = node.start_mark.line + 1
        self.spec.lines[path] = line
        self.seen.add(id(node))
        self.built += 1
        if self.built - len(self.seen) > MAX_ALIAS_NODES:
            raise _Refused(line, f"aliases expand to more than {MAX_ALIAS_NODES} nodes", path)
        if depth > MAX_DEPTH:
            raise _Refused(line, f"nested deeper than {MAX_DEPTH} levels", path)
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node, path)
        if isinstance(node, yaml.SequenceNode) and node.tag == _SEQUENCE_TAG:
            return [
                self.build(item, (*path, index), depth + 1) for index, item in enumerate(node.value)
            ]
        if isinstance(node, yaml.MappingNode) and node.tag == _MAPPING_TAG:
            return self.mapping(node, path, depth)
        raise _Refused(line, f"unsupported YAML tag {_shown_tag(node.tag)}", path)

    def mapping(self, node: yaml.MappingNode, path: PathKey, depth: int) -> dict[str, Any]:
        lines = self.spec.lines
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                message = "a key must be a plain value, not a list or a mapping"
                raise _Refused(line, message, path)
            key = str(self.scalar(key_node, path))
            if key in result:
                self.problems.append(
                    SpecError(
                        self.spec.file,
                        line,
                        format_path((*path, key)),
                        f"duplicate key {key!r} (first defined on line {lines[(*path, key)]})",
                    )
                )
                continue
            lines[(*path, key)] = line
            result[key] = self.build(value_node, (*path, key), depth + 1)
            lines[(*path, key)] = line
        return result

    def scalar(self, node: yaml.ScalarNode, path: PathKey) -> Any:
        line = node.start_mark.line + 1
        if node.tag not in _SCALAR_TAGS:
            raise _Refused(line, f"unsupported YAML tag {_shown_tag(node.tag)}", path)
        control = _CONTROL.search(node.value)
        if control:
            code = ord(control.group())
            raise _Refused(line, f"control character U+{code:04X} in {node.value[:40]!r}", path)
        return self.loader.construct_object(node, deep=True)


def _shown_tag(tag: str) -> str:
    """``tag:yaml.org,2002:python/object`` -> ``!!python/object``, as the spec spells it."""
    return "!!" + tag.removeprefix(_YAML_TAG) if tag.startswith(_YAML_TAG) else tag
