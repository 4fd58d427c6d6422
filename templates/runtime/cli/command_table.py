"""The rows of the table of commands (``_actions``): one ``Command`` per action of the spec.

The table is data the spec drives; parsing, help texts and calls read it here, so no code is
written per action.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class Input(NamedTuple):
    """An input of an action (or a field of a data type an input holds).

    ``type_name`` is a JSON type (``string``, ``integer``, ``boolean``, ``float``, ``object``) or a
    data type's name (``shape``); with ``array`` the value is a list of those. ``required``: the
    call fails without it. ``constraints`` is what the spec says the value must satisfy, in words;
    ``placeholder`` stands for one item in a skeleton (None for a data type).
    """

    wire_name: str
    attr: str
    type_name: str
    type_text: str
    array: bool = False
    shape: bool = False
    required: bool = False
    constraints: str = ""
    description: str = ""
    placeholder: Any = None


class Paging(NamedTuple):
    """How ``--all`` reads every item: the client's ``iter_<method>``.

    ``kind`` is the spec's paging kind (``offset``, ``queue``: whole pages until an empty one,
    ``time_window``); ``items`` the answer's list (wire name); ``limit`` the input that becomes the
    page size; ``set_inputs`` the inputs the iterator sets itself.
    """

    kind: str
    items: str
    limit: str
    set_inputs: tuple[str, ...]


class Command(NamedTuple):
    """An action: its wire name, the client method calling it, what it does, its inputs."""

    name: str
    method: str
    summary: str
    description: str
    inputs: tuple[Input, ...]
    paging: Paging | None = None
