# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/cli/output.py; edit it there.
"""What a command prints: the service's answer as JSON (the default), text or a table.

``answer_of(response)`` is the ``Response`` object exactly as the service sent it, RequestId
included, as tccli prints it. ``--filter`` applies a JMESPath expression to it first
(``compile_filter``; the jmespath package is imported only then). ``text`` prints tab-separated
values: the top level's scalars on one line, then one line per object of a list (or per nested
object), a list of scalars on one line; ``table`` draws ASCII tables (``tables``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from .usage import PROGRAM, UsageError

Filter = Callable[[Any], Any]


def answer_of(response: Any) -> Any:
    """The ``Response`` object the service answered, as received; the model's wire form when
    the raw answer is not at hand."""
    raw = getattr(response, "http_response", None)
    if raw is not None:
        try:
            return json.loads(raw.body)["Response"]
        except (ValueError, KeyError, TypeError):
            pass
    return response.to_wire()


def compile_filter(expression: str | None) -> Filter | None:
    """The ``--filter`` expression, compiled; UsageError without jmespath or for a bad one."""
    if expression is None:
        return None
    import importlib

    try:
        jmespath = importlib.import_module("jmespath")
    except ImportError:
        raise UsageError(
            f"--filter needs the jmespath package: pip install '{PROGRAM}[cli]'"
        ) from None
    try:
        compiled = jmespath.compile(expression)
    except Exception as exc:  # jmespath's ParseError and LexerError share no useful base
        raise UsageError(f"--filter: not a JMESPath expression: {exc}") from None
    search: Filter = compiled.search
    return search


def print_result(value: Any, output: str, select: Filter | None = None) -> None:
    """Prints ``value`` (after ``select``) in the ``output`` format: json, text or table."""
    if select is not None:
        value = select(value)
    if output == "table":
        from .tables import render_table

        text = render_table(value)
    elif output == "text":
        text = "\n".join(text_lines(value))
    else:
        text = json.dumps(value, indent=2, ensure_ascii=False)
    if text:
        sys.stdout.write(text + "\n")
    sys.stdout.flush()


def text_lines(value: Any) -> list[str]:
    """tccli's ``text`` output: tab-separated values, one record per line."""
    if isinstance(value, dict):
        lines = [_row(v for v in value.values() if not _nested(v))] if value else []
        for item in value.values():
            if _nested(item):
                lines += text_lines(item)
        return [line for line in lines if line]
    if isinstance(value, list):
        if any(isinstance(item, dict) for item in value):
            return [line for item in value for line in text_lines(item)]
        return [_row(value)] if value else []
    return [scalar_text(value)]


def _nested(value: Any) -> bool:
    return isinstance(value, dict) or (
        isinstance(value, list) and any(isinstance(item, dict) for item in value)
    )


def _row(values: Any) -> str:
    return "\t".join(scalar_text(value) for value in values)


def scalar_text(value: Any) -> str:
    """A value as one cell: strings as they are, other values (lists too) as compact JSON."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
