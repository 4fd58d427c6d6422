# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/cli/bulk_command.py; edit it there.
"""``send-bulk``: the spec's bulk action to every number of a file, each once, resumable.

The action is the first of ``_service.BULK_ACTIONS`` (the command exists only when there is one);
``--numbers`` stands for its parameter that holds the numbers.

    send-bulk --numbers FILE|- [the action's other parameters, by wire name]
              [--journal PATH] [--concurrency N] [--results FILE|-] [--results-format jsonl|csv]
              [client options]

The numbers are read one line at a time (blank lines skipped), as the client's bulk method reads
them, so a file of millions is never held in memory. The action's other parameters are options
named as on the wire; arrays and objects are given as JSON. Each number's outcome is written to
``--results`` (``bulk_report`` describes the records), the counts go to stderr, and a progress
line is drawn on stderr when it is a terminal.

The send always has a journal (``--journal``, or a file in a temporary folder): it records every
request before it goes and each number's outcome after, so the same command run again, after a
Ctrl-C or a refusal that stopped sending, sends only the numbers never attempted. A temporary
journal is removed after a send that attempted every number, and kept (its path shown) otherwise.

Exit status: 0 when every number was sent (duplicates of a sent number included), 1 when some
were not (rejected, unknown, invalid or unsent), 2 for bad arguments (nothing sent), 130 after a
Ctrl-C.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, closing
from typing import TYPE_CHECKING, Any, TextIO

from .. import _exceptions as errors
from .. import _service
from .._journal import Journal
from ._actions import ACTIONS
from .action_command import as_options
from .action_parser import metavar, parameter_help
from .bulk_report import FORMATS, Report
from .guard import FAILURE_STATUS, INTERRUPTED_STATUS, USAGE_STATUS
from .options import add_client_options, client_from, run_guarded
from .parameters import call_arguments, parameter_values
from .progress import ProgressBar, counting
from .usage import PROGRAM, UsageError

if TYPE_CHECKING:
    from .._bulk import BulkCounts, BulkResult
    from .command_table import Command, Input

__all__ = ["run"]


def run(argv: list[str]) -> int:
    """Runs ``send-bulk`` with ``argv`` (the words after the subcommand); the exit status."""
    action, info = next(iter(_service.BULK_ACTIONS.items()))
    command = ACTIONS[action]
    numbers = next(field for field in command.inputs if field.attr == info.numbers_attr)
    parser = _parser(command, numbers)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, or a message argparse already printed
        return exit_.code if isinstance(exit_.code, int) else USAGE_STATUS
    return run_guarded(lambda: _send(args, command, numbers), debug=args.debug)


def _parser(command: Command, numbers: Input) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"{PROGRAM} send-bulk",
        allow_abbrev=False,
        description=(
            f"Runs {command.name} for every number of a file, each number once, in as few"
            " requests as the service allows; a journal makes running the same command again"
            " safe."
        ),
        epilog=(
            "Each number's outcome is a record on --results: sent, rejected, unknown (may have"
            " been sent; never sent again), invalid, duplicate or unsent (run again with the same"
            " --journal to send these). Exit status: 0 all sent, 1 some not sent, 2 bad"
            " arguments, 130 interrupted."
        ),
    )
    parser.add_argument(
        "--numbers",
        required=True,
        metavar="FILE",
        help=f"one number a line (- for stdin), in place of --{numbers.wire_name}; blank lines"
        " are skipped",
    )
    group = parser.add_argument_group(
        f"parameters of {command.name} (arrays and objects as JSON), for every request"
    )
    for field in command.inputs:
        if field is not numbers:
            group.add_argument(
                f"--{field.wire_name}",
                dest=field.wire_name,
                metavar=metavar(field),
                default=argparse.SUPPRESS,
                help=parameter_help(field).replace("%", "%%"),
            )
    group.add_argument(
        "--cli-input-json",
        metavar="JSON|file://PATH",
        help="a JSON object of these parameters by wire name; options given as well win",
    )
    sending = parser.add_argument_group("sending")
    sending.add_argument(
        "--journal",
        metavar="PATH",
        help="the file recording the send; the same command with it again sends only what was"
        " never attempted (default: a temporary file, kept only when needed)",
    )
    sending.add_argument(
        "--concurrency", type=int, default=8, metavar="N", help="requests in flight (default 8)"
    )
    sending.add_argument(
        "--results", default="-", metavar="FILE", help="where each number's record goes (- stdout)"
    )
    sending.add_argument("--results-format", choices=FORMATS, default="jsonl")
    add_client_options(parser)
    return parser


def _send(args: argparse.Namespace, command: Command, numbers_input: Input) -> int:
    info = _service.BULK_ACTIONS[command.name]
    given = {f.wire_name: vars(args)[f.wire_name] for f in command.inputs if f.wire_name in args}
    values = parameter_values(command, given, args.cli_input_json)
    if numbers_input.wire_name in values:
        raise UsageError(f"{numbers_input.wire_name}: the numbers come from --numbers")
    arguments = call_arguments(command, values, set_by_caller=(numbers_input.wire_name,))
    if args.concurrency < 1:
        raise UsageError(f"--concurrency: expected a whole number above 0, got {args.concurrency}")
    with ExitStack() as stack:
        numbers = _open_numbers(args.numbers)
        stack.callback(numbers.close)
        results = _open_results(args.results)
        if results is not sys.stdout:
            stack.callback(results.close)
        journal, scratch = args.journal, None
        if journal is None:  # a temporary one, removed unless a later run needs it
            scratch = stack.enter_context(_Scratch())
            journal = scratch.journal
        bar = ProgressBar(sys.stderr)
        stack.callback(bar.finish)
        try:
            client = stack.enter_context(client_from(args))
            result: BulkResult[Any] = getattr(client, info.method)(
                counting(_lines(numbers), bar),
                **arguments,
                journal=journal,
                concurrency=args.concurrency,
                progress=bar.update,
            )
            bar.finish()
            report = Report(info)
            with closing(Journal(journal)) as opened:
                records = report.records(opened, result.stopped_by)
                report.write(records, results, args.results_format)
        except errors.ValidationError as error:  # nothing was sent
            raise errors.ValidationError(as_options(command, error)) from None
        except KeyboardInterrupt:
            bar.finish()
            if not os.path.exists(journal):
                print(f"{PROGRAM} send-bulk: interrupted before sending", file=sys.stderr)
                return INTERRUPTED_STATUS
            if scratch is not None:
                scratch.keep()
            return _interrupted(args, journal)
        counts = result.counts
        _summary(counts, sys.stderr)
        if result.stopped_by is not None:
            print(f"sending stopped: {result.stopped_by}", file=sys.stderr)
        if counts.unsent:
            again = "the same command"
            if scratch is not None:
                scratch.keep()
                again += f" with --journal {journal}"
            print(
                f"the journal {journal} records this send: {again} sends only the"
                f" {counts.unsent:,} numbers never attempted",
                file=sys.stderr,
            )
        not_sent = counts.rejected + counts.unknown + counts.invalid + counts.unsent
        if not_sent:
            print(
                f"{not_sent:,} of {counts.total:,} numbers were not sent (their records say why)",
                file=sys.stderr,
            )
            return FAILURE_STATUS
        return 0


class _Scratch:
    """A temporary folder for the journal, removed on exit unless ``keep`` was called."""

    def __init__(self) -> None:
        self.path = tempfile.mkdtemp(prefix=f"{PROGRAM}-send-bulk-")
        self.journal = os.path.join(self.path, "journal.db")
        self.kept = False

    def keep(self) -> None:
        self.kept = True

    def __enter__(self) -> _Scratch:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if not self.kept:
            shutil.rmtree(self.path, ignore_errors=True)


def _open_numbers(path: str) -> TextIO:
    """The numbers' text: undecodable bytes are kept, so they are reported invalid, not lost."""
    if path == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is None:
            return sys.stdin
        return io.TextIOWrapper(buffer, encoding="utf-8-sig", errors="surrogateescape")
    try:
        return open(path, encoding="utf-8-sig", errors="surrogateescape")
    except OSError as error:
        raise UsageError(f"--numbers: cannot read {path}: {error.strerror or error}") from None


def _open_results(path: str) -> TextIO:
    if path == "-":
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8", newline="")
    except OSError as error:
        raise UsageError(f"--results: cannot write {path}: {error.strerror or error}") from None


def _lines(stream: TextIO) -> Iterator[str]:
    """Each non-blank line, stripped, read as needed."""
    for line in stream:
        number = line.strip()
        if number:
            yield number


def _summary(counts: BulkCounts, stream: TextIO) -> None:
    print(
        f"{counts.total:,} numbers: {counts.sent:,} sent, {counts.rejected:,} rejected,"
        f" {counts.unknown:,} unknown, {counts.invalid:,} invalid,"
        f" {counts.duplicates:,} duplicates, {counts.unsent:,} unsent",
        file=stream,
    )


def _interrupted(args: argparse.Namespace, journal: str) -> int:
    again = "the same command"
    if args.journal is None:
        again += f" with --journal {journal}"
    print(
        f"{PROGRAM} send-bulk: interrupted; the journal {journal} records every number's state:"
        f" {again} sends only the numbers never attempted (those of a request in flight are"
        " reported unknown, never sent twice)",
        file=sys.stderr,
    )
    return INTERRUPTED_STATUS
