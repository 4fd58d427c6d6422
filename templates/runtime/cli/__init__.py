"""The command line: ``python -m <package>`` and the console script of the same name.

    tcsms SendSms --PhoneNumberSet '["+8613711112222"]' --SmsSdkAppId 1400006666 ...
    tcsms sms SendSms ...            # tccli's form: the service's name first
    tcsms SendSms --help             # its parameters, their types and constraints

The words are those of tccli with the program's name swapped: the action by its documented
name, each parameter by its wire name. The common options (``options``) may also come before
the action. ``send-bulk`` (for a service with a bulk action) and ``emulator`` are commands of
their own. Exit status: 0 done, 1 the call failed (the service refused it, or the network), 2 a
bad command line, 130 interrupted.
"""

from __future__ import annotations

import sys

from .. import _service
from ._actions import ACTIONS
from .options import FLAG_OPTIONS
from .usage import PROGRAM

__all__ = ["main"]

HELP_OPTIONS = frozenset({"-h", "--help"})
VERSION_OPTION = "--version"


def main(argv: list[str] | None = None) -> int:
    """Runs the command line ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
    words = sys.argv[1:] if argv is None else list(argv)
    try:
        return _dispatch(words)
    except SystemExit as exit_:  # argparse's --help and its reports of bad options
        return exit_.code if isinstance(exit_.code, int) else 2


def _dispatch(words: list[str]) -> int:
    leading, rest = split_leading_options(words)
    if rest and rest[0] == _service.SERVICE:
        rest = rest[1:]  # tccli's form: "<service> <Action>"
    if not rest or rest[0] in HELP_OPTIONS:
        if VERSION_OPTION in leading:
            return _print_version()
        from .program_help import program_help

        asked = bool(HELP_OPTIONS & {*leading, *rest[:1]})
        (sys.stdout if asked else sys.stderr).write(program_help())
        return 0 if asked else 2
    name, arguments = rest[0], leading + rest[1:]
    if name == "emulator":
        from .emulator_command import run as run_emulator

        return run_emulator(arguments)
    if name == "send-bulk" and _service.BULK_ACTIONS:
        from .bulk_command import run as run_bulk

        return run_bulk(arguments)
    command = ACTIONS.get(name)
    if command is None:
        from .suggestions import unknown_action

        print(unknown_action(name), file=sys.stderr)
        return 2
    from .action_command import run

    return run(command, arguments)


def split_leading_options(words: list[str]) -> tuple[list[str], list[str]]:
    """The options before the command's name, and the words from that name on.

    An option takes the next word as its value unless it is a flag or holds ``=``.
    """
    index = 0
    while index < len(words) and words[index].startswith("-"):
        word = words[index]
        takes_value = not (
            word in FLAG_OPTIONS or word in HELP_OPTIONS or word == VERSION_OPTION or "=" in word
        )
        index += 2 if takes_value else 1
    return words[:index], words[index:]


def _print_version() -> int:
    from .. import __version__

    print(f"{PROGRAM} {__version__} ({_service.SERVICE} API {_service.API_VERSION})")
    return 0
