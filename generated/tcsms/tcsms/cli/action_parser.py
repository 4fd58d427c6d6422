# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/cli/action_parser.py; edit it there.
"""The argument parser of one action, and its ``--help``: every parameter with its type,
whether it is required, its constraints and its documented description."""

from __future__ import annotations

import argparse
import textwrap

from ._actions import TYPES
from .command_table import Command, Input
from .options import add_client_options, add_output_options
from .usage import PROGRAM

_METAVARS = {"integer": "INTEGER", "float": "NUMBER", "boolean": "true|false", "string": "TEXT"}


def action_parser(command: Command) -> argparse.ArgumentParser:
    """Options named by the wire names (``--PhoneNumberSet``), plus the shared ones."""
    parser = argparse.ArgumentParser(
        prog=f"{PROGRAM} {command.name}",
        usage=_usage(command),
        description=_description(command),
        epilog=_types_help(command),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    group = parser.add_argument_group(f"parameters of {command.name}")
    for field in command.inputs:
        group.add_argument(
            f"--{field.wire_name}",
            dest=field.wire_name,
            metavar=metavar(field),
            default=argparse.SUPPRESS,
            help=_escape(parameter_help(field)),
        )
    calling = parser.add_argument_group("input and paging")
    calling.add_argument(
        "--cli-input-json",
        metavar="JSON|file://PATH",
        help="a JSON object of parameters by wire name; options given as well win",
    )
    calling.add_argument(
        "--generate-cli-skeleton",
        action="store_true",
        help="print a JSON object of every parameter, for --cli-input-json, and exit",
    )
    paging = command.paging
    calling.add_argument(
        "--all",
        action="store_true",
        help=(
            argparse.SUPPRESS
            if paging is None
            else f"read every page through the client's iterator and print every item of"
            f" {paging.items} (RequestId and per-page counts are left out; --{paging.limit}"
            " sets the page size)"
        ),
    )
    add_output_options(parser)
    add_client_options(parser)
    return parser


def metavar(field: Input) -> str:
    if field.array or field.shape or field.type_name == "object":
        return "JSON"
    return _METAVARS.get(field.type_name, "VALUE")


def parameter_help(field: Input) -> str:
    """``list of string, required; at most 200 items. <description>``."""
    facts = field.type_text + (", required" if field.required else "")
    if field.constraints:
        facts += f"; {field.constraints}"
    return f"({facts}) {field.description}"


def _usage(command: Command) -> str:
    required = [f"--{f.wire_name} {metavar(f)}" for f in command.inputs if f.required]
    optional = [f"[--{f.wire_name} {metavar(f)}]" for f in command.inputs if not f.required]
    words = [f"{PROGRAM} {command.name}", *required, *optional, "[options]"]
    return textwrap.fill(" ".join(words), width=96, subsequent_indent=" " * 8)


def _description(command: Command) -> str:
    paragraphs = [f"{command.name}: {command.summary}.", command.description]
    if command.paging is not None:
        paragraphs.append(
            f"Pages through {command.paging.items} ({command.paging.kind} paging): --all reads"
            " every item."
        )
    return "\n\n".join(textwrap.fill(p, width=96) for p in paragraphs)


def _types_help(command: Command) -> str | None:
    """The fields of each data type the parameters hold, as a parameter's JSON object."""
    names: list[str] = []
    pending = [f.type_name for f in command.inputs if f.shape]
    while pending:
        name = pending.pop(0)
        if name not in names:
            names.append(name)
            pending += [f.type_name for f in TYPES.get(name, ()) if f.shape]
    if not names:
        return None
    lines = ["data types (JSON objects of these fields):"]
    for name in names:
        lines.append(f"  {name}")
        for field in TYPES.get(name, ()):
            lines.append(f"    {field.wire_name}")
            lines += textwrap.wrap(
                parameter_help(field), width=96, initial_indent=" " * 8, subsequent_indent=" " * 8
            )
    return "\n".join(lines)


def _escape(text: str) -> str:
    """argparse formats help with ``%``: a literal one is doubled."""
    return text.replace("%", "%%")
