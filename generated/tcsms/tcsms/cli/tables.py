# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/cli/tables.py; edit it there.
"""``--output table``: ASCII tables of an answer.

A list of objects is a table with a column per key; an object is a two-column table of its
scalar fields, followed by a titled table for each object or list of objects it holds; other
values are one cell. Cells hold strings as they are and other values as compact JSON; widths
count East Asian wide characters twice, so Chinese text lines up.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from .output import scalar_text

_BREAKS = str.maketrans("\t\r\n", "   ")


def render_table(value: Any, title: str | None = None) -> str:
    """The tables of ``value``, each under its title (the key path that holds it)."""
    blocks: list[str] = []
    _collect(value, title, blocks)
    return "\n".join(blocks)


def _collect(value: Any, title: str | None, blocks: list[str]) -> None:
    heading = [title] if title else []
    if isinstance(value, dict):
        scalars = [(key, item) for key, item in value.items() if not _holds_objects(item)]
        if scalars or not value:
            rows = [[key, _cell(item)] for key, item in scalars]
            blocks.append("\n".join([*heading, *_grid(rows, header=None)]))
        for key, item in value.items():
            if _holds_objects(item):
                _collect(item, f"{title}.{key}" if title else key, blocks)
    elif isinstance(value, list) and any(isinstance(item, dict) for item in value):
        columns: list[str] = []
        for item in value:
            if isinstance(item, dict):
                columns += [key for key in item if key not in columns]
        rows = [_cells(item, columns) for item in value]
        blocks.append("\n".join([*heading, *_grid(rows, header=columns)]))
    else:
        blocks.append("\n".join([*heading, *_grid([[_cell(value)]], header=None)]))


def _cells(item: Any, columns: list[str]) -> list[str]:
    if isinstance(item, dict):
        return [_cell(item[c]) if c in item else "" for c in columns]
    return [_cell(item)] + [""] * (len(columns) - 1)


def _cell(value: Any) -> str:
    """One line of text: line breaks and tabs inside a value would break the grid."""
    return scalar_text(value).translate(_BREAKS)


def _holds_objects(value: Any) -> bool:
    return isinstance(value, dict) or (
        isinstance(value, list) and any(isinstance(item, dict) for item in value)
    )


def _grid(rows: list[list[str]], header: list[str] | None) -> list[str]:
    every = ([header] if header else []) + rows
    if not every:
        return []
    widths = [max(_width(row[i]) for row in every) for i in range(len(every[0]))]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    lines = [rule]
    if header:
        lines += [_line(header, widths), rule]
    lines += [_line(row, widths) for row in rows]
    return [*lines, rule] if rows or not header else lines


def _line(cells: list[str], widths: list[int]) -> str:
    padded = (
        f" {cell}{' ' * (width - _width(cell))} " for cell, width in zip(cells, widths, strict=True)
    )
    return "|" + "|".join(padded) + "|"


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)
