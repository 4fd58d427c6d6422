"""The time and size bounds of one attempt, and the rules their values follow.

* ``timeout`` is one deadline per attempt: connecting (TLS handshake included), writing the
  request and reading the whole answer must all fit in it, however slowly the bytes arrive.
  A retry gets a fresh deadline. Waiting between attempts is not counted.
* ``connect_timeout``, when set, bounds connecting within that deadline; one passed with a
  ``timeout`` must not exceed it. A client's connect timeout is cut short by a shorter per-call
  timeout rather than refused.
* Every timeout is a finite number of seconds above 0; a bool is not a number here.
* ``max_response_bytes`` (a positive int) caps the body of an answer; a longer one raises
  ``ResponseTooLargeError``.

Any other value raises ``ValidationError`` naming the argument: at construction for a client's
arguments, before any traffic for ``CallOptions``. In ``CallOptions`` None keeps the client's value.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, cast

from . import _exceptions as errors

if TYPE_CHECKING:
    from ._base import CallOptions

DEFAULT_TIMEOUT = 60.0
# Far above the largest documented answer (a page of 100 templates or statistics is well under
# 1 MiB), yet a server streaming forever is stopped long before it costs real memory.
DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024
# Socket and timer APIs overflow somewhere past 30 years; any longer wait means "no limit" anyway.
_LONGEST_WAIT = 1e9


class AttemptLimits:
    """The bounds of each attempt of a call; ``connect_timeout`` None shares the deadline."""

    # A plain class: a NamedTuple would cost more import time than the rest of this module.
    __slots__ = ("connect_timeout", "max_response_bytes", "timeout")

    def __init__(
        self, timeout: float, connect_timeout: float | None, max_response_bytes: int
    ) -> None:
        self.timeout = timeout
        self.connect_timeout = connect_timeout
        self.max_response_bytes = max_response_bytes

    def __repr__(self) -> str:
        return (
            f"AttemptLimits(timeout={self.timeout!r}, connect_timeout={self.connect_timeout!r}, "
            f"max_response_bytes={self.max_response_bytes!r})"
        )


def client_limits(
    *, timeout: object, connect_timeout: object, max_response_bytes: object
) -> AttemptLimits:
    """A client's limits from its arguments; raises ValidationError naming each bad one."""
    problems: list[str] = []
    _check_seconds("timeout", timeout, problems)
    if connect_timeout is not None:
        _check_seconds("connect_timeout", connect_timeout, problems)
    _check_count("max_response_bytes", max_response_bytes, problems, " (bytes)")
    _check_connect_within("connect_timeout", connect_timeout, "timeout", timeout, problems)
    if problems:
        raise errors.ValidationError(problems)
    connect = None if connect_timeout is None else _clamp(cast(float, connect_timeout))
    return AttemptLimits(_clamp(cast(float, timeout)), connect, cast(int, max_response_bytes))


def call_limits(client: AttemptLimits, options: CallOptions) -> AttemptLimits:
    """The limits of one call: ``options`` over the client's; raises ValidationError."""
    problems: list[str] = []
    timeout = options.timeout
    if options.read_timeout is not None:
        if timeout is not None:
            problems.append("read_timeout: an older name of timeout; pass one of them, not both")
        timeout = options.read_timeout
        name = "read_timeout"
    else:
        name = "timeout"
    if timeout is not None:
        _check_seconds(f"options.{name}", timeout, problems)
    connect_timeout = options.connect_timeout
    if connect_timeout is not None:
        _check_seconds("options.connect_timeout", connect_timeout, problems)
        effective = client.timeout if timeout is None else timeout
        _check_connect_within(
            "options.connect_timeout", connect_timeout, f"the {name}", effective, problems
        )
    size = options.max_response_bytes
    if size is not None:
        _check_count("options.max_response_bytes", size, problems, " (bytes)")
    if problems:
        raise errors.ValidationError(problems)
    return AttemptLimits(
        client.timeout if timeout is None else _clamp(timeout),
        client.connect_timeout if connect_timeout is None else _clamp(connect_timeout),
        client.max_response_bytes if size is None else size,
    )


def first_given(*values: float | None) -> float:
    """The first value that is not None: a per-call value, then an older name, then a default."""
    return next(value for value in values if value is not None)


def _check_seconds(name: str, value: object, problems: list[str]) -> None:
    problem = seconds_problem(name, value)
    if problem is not None:
        problems.append(problem)


def seconds_problem(name: str, value: object) -> str | None:
    """What is wrong with ``value`` as a timeout (a finite number of seconds above 0), or None;
    the one rule for every timeout of the package."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"{name}: must be a number of seconds, got {type(value).__name__}"
    if not (value > 0 and math.isfinite(value)):
        return f"{name}: must be a finite number of seconds above 0, got {value!r}"
    return None


def count_of(name: str, value: object) -> int:
    """``value`` when it is an int of at least 1 (a page size, a concurrency); else a
    ValidationError naming ``name``."""
    problems: list[str] = []
    _check_count(name, value, problems)
    if problems:
        raise errors.ValidationError(problems)
    return cast(int, value)


def _check_count(name: str, value: object, problems: list[str], unit: str = "") -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        problems.append(f"{name}: must be an int{unit}, got {type(value).__name__}")
    elif value < 1:
        problems.append(f"{name}: must be at least 1, got {value!r}")


def _check_connect_within(
    name: str, connect: object, bound_name: str, bound: object, problems: list[str]
) -> None:
    # Only once both values are valid numbers: a bad one has its own message already.
    if problems or connect is None or not isinstance(bound, int | float):
        return
    if isinstance(connect, int | float) and connect > bound:
        problems.append(f"{name}: {connect!r} exceeds {bound_name} ({bound!r}) of the attempt")


def _clamp(seconds: float) -> float:
    return min(float(seconds), _LONGEST_WAIT)
