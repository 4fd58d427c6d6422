# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/cli/guard.py; edit it there.
"""Runs a command's body and turns what it raises into one line on stderr and an exit status.

=================================================================  ======
raised                                                             status
=================================================================  ======
nothing (the body's own status)                                    as returned
``ServerError``: ``[Code] message (request id: ...)``              1
``ValidationError``, ``CredentialsError``, ``JournalError``,
``UsageError`` (a bad argument, option or configuration file)      2
``NetworkError`` (timeouts included), an unreadable answer         1
``KeyboardInterrupt``                                              130
stdout closed early (``| head``)                                   141
anything else                                                      1
=================================================================  ======

No traceback is printed unless ``debug`` is set, which also logs each request and answer of the
package's logger to stderr at DEBUG (secrets redacted by the package).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from .. import _exceptions as errors
from .usage import PROGRAM, UsageError

USAGE_STATUS = 2
FAILURE_STATUS = 1
INTERRUPTED_STATUS = 130  # 128 + SIGINT, as shells report it
BROKEN_PIPE_STATUS = 141  # 128 + SIGPIPE
_USAGE_ERRORS = (
    UsageError,
    errors.ValidationError,
    errors.CredentialsError,
    errors.JournalError,
)


def run_guarded(body: Callable[[], int], *, debug: bool) -> int:
    """``body()``'s exit status, or the status of what it raised (see the module's table)."""
    if debug:
        enable_debug_log()
    try:
        return body()
    except KeyboardInterrupt:
        return _report("interrupted", INTERRUPTED_STATUS, debug)
    except BrokenPipeError:
        _silence_stdout()
        return BROKEN_PIPE_STATUS
    except errors.ServerError as error:
        return _report(str(error), FAILURE_STATUS, debug, prefix=False)
    except _USAGE_ERRORS as error:
        return _report(f"error: {error}", USAGE_STATUS, debug)
    except errors.TencentCloudError as error:
        return _report(f"{type(error).__name__}: {error}", FAILURE_STATUS, debug)
    except Exception as error:  # a command line never ends in a traceback
        hint = "" if debug else " (run with --debug for the traceback)"
        return _report(f"unexpected {type(error).__name__}: {error}{hint}", FAILURE_STATUS, debug)


def _report(message: str, status: int, debug: bool, *, prefix: bool = True) -> int:
    if debug:
        import traceback

        traceback.print_exc()
    print(f"{PROGRAM}: {message}" if prefix else message, file=sys.stderr)
    return status


def _silence_stdout() -> None:
    """Points stdout at /dev/null, so flushing it at exit raises no second BrokenPipeError."""
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def enable_debug_log() -> None:
    """Sends the package's log records, DEBUG and up, to stderr."""
    import logging

    logger = logging.getLogger(PROGRAM)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
