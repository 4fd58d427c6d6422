# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/cli/action_command.py; edit it there.
"""``tcsms <Action> ...``: parses an action's parameters, calls the client's method, prints the
answer.

The call goes through the client's method (``client.send_sms(...)``), so validation, retries and
signing are the library's. ``--all`` reads a paging action through the client's iterator
(``iter_<method>``) and prints ``{"<items>": [every item]}``: RequestId and per-page fields such
as TotalCount are left out, since each describes one page only.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from .. import _exceptions as errors
from .._base import DEFAULTS_HINT
from .command_table import Command
from .guard import run_guarded
from .options import client_from, output_format
from .output import answer_of, compile_filter, print_result
from .parameters import call_arguments, parameter_values, skeleton
from .usage import UsageError


def run(command: Command, argv: list[str]) -> int:
    """Runs the action with the command line ``argv`` (its words after the action's name)."""
    from .action_parser import action_parser

    args = action_parser(command).parse_args(argv)
    return run_guarded(lambda: _run(command, args), debug=args.debug)


def _run(command: Command, args: argparse.Namespace) -> int:
    if args.generate_cli_skeleton:
        sys.stdout.write(json.dumps(skeleton(command), indent=2, ensure_ascii=False) + "\n")
        return 0
    given = {f.wire_name: vars(args)[f.wire_name] for f in command.inputs if f.wire_name in args}
    values = parameter_values(command, given, args.cli_input_json)
    if args.all and command.paging is None:
        raise UsageError(f"--all: {command.name} does not page")
    output = output_format(args)
    select = compile_filter(args.filter)  # before the call: a bad filter sends nothing
    with client_from(args) as client:
        try:
            answer = (
                read_all(client, command, values) if args.all else call(client, command, values)
            )
        except errors.ValidationError as error:
            raise errors.ValidationError(as_options(command, error)) from None
    print_result(answer, output, select)
    return 0


def as_options(command: Command, error: errors.ValidationError) -> list[str]:
    """The library's problems in the command line's words: ``phone_number_set[1]: ...`` becomes
    ``--PhoneNumberSet[1]: ...``; the library's hint about client defaults is dropped."""
    options = {field.attr: f"--{field.wire_name}" for field in command.inputs}
    worded = []
    for problem in error.details:
        option = options.get(problem.argument)
        if option is not None:
            problem = problem._replace(path=option + problem.path[len(problem.argument) :])
        worded.append(str(problem).removesuffix(f"; {DEFAULTS_HINT}"))
    return worded


def call(client: Any, command: Command, values: dict[str, Any]) -> Any:
    """The ``Response`` object of one call of the action."""
    response = getattr(client, command.method)(**call_arguments(command, values))
    return answer_of(response)


def read_all(client: Any, command: Command, values: dict[str, Any]) -> dict[str, Any]:
    """Every item of a paging action, through the client's iterator."""
    paging = command.paging
    assert paging is not None
    values = dict(values)
    page_size = values.pop(paging.limit, None)
    for wire_name in paging.set_inputs:
        if wire_name in values:
            raise UsageError(f"--{wire_name}: --all sets it itself; leave it out")
    arguments = call_arguments(command, values, set_by_caller=paging.set_inputs)
    if page_size is not None:
        arguments["page_size"] = page_size
    items: list[Any] = []
    for entry in getattr(client, f"iter_{command.method}")(**arguments):
        # A queue's iterator yields whole pages; the others yield items.
        items += entry if paging.kind == "queue" else [entry]
    return {paging.items: [_wire(item) for item in items]}


def _wire(item: Any) -> Any:
    to_wire = getattr(item, "to_wire", None)
    return to_wire() if callable(to_wire) else item
