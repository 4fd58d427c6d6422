"""The error of a command line that cannot be run as given: exit status 2, no traceback."""

from __future__ import annotations

# The program's name in messages: the package's name, which is also the console script's.
PROGRAM = __name__.partition(".")[0]


class UsageError(Exception):
    """A bad argument, option or configuration file; the message says which and why."""
