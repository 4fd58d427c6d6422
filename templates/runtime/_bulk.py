"""Sending to any number of numbers: requests of at most the documented count, each number once.

``Campaign`` holds the whole logic without any network I/O: it reads the numbers into its journal
(``_journal``), hands out the next request's numbers, and turns each answer or failure into the
numbers' outcomes. ``send`` (threads) and ``send_async`` (tasks) only keep ``concurrency`` requests
in flight; the client's rate limiter spaces them, as for any call.

What each outcome means, and why a number is never sent twice:

- sent / rejected: the service answered for the number (its result's code says which); a refusal
  of a whole request that concerns its numbers (the spec's ``refusals.numbers``) rejects them all;
- unknown: the request may have reached the service but no answer was recorded (a lost
  connection, an answer that could not be read, a code that says the work may have been done, a
  run stopped mid-request); such numbers are reported and never sent again;
- invalid: refused before sending (not text, empty), as the service would refuse them;
- unsent: never attempted, because a refusal stopped the send (``stopped_by``); repeating the call
  with the same journal sends them, and only them.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

from . import _exceptions as errors
from ._journal import Journal, State
from ._limits import count_of
from ._models import WireModel, model_named
from ._phone_numbers import is_mainland, normalise
from ._retry import may_have_reached_service

if TYPE_CHECKING:
    from concurrent.futures import Future

    from ._base import ClientSettings
    from ._service import BulkInfo

__all__ = ["BulkCounts", "BulkResult", "Campaign", "NumberIssue", "send", "send_async"]

Status = TypeVar("Status", bound=WireModel)

# A number's kind: numbers of two kinds never share a request (the spec's bulk.separate).
MAINLAND, GLOBAL, UNREAD = 0, 1, 2
_KIND_NAMES = {MAINLAND: "Chinese mainland", GLOBAL: "global", UNREAD: "unreadable"}


class BulkCounts(NamedTuple):
    """How many numbers are in each outcome; ``unsent`` were never attempted (yet)."""

    total: int
    sent: int
    rejected: int
    unknown: int
    invalid: int
    duplicates: int  # repeats of an earlier number (in any spelling the service reads alike)
    unsent: int

    @property
    def done(self) -> int:
        """Numbers with a final outcome."""
        return self.total - self.unsent


class NumberIssue(NamedTuple):
    """A number (as given) and why it is unknown or invalid."""

    number: str
    reason: str


@dataclass(frozen=True)
class BulkResult(Generic[Status]):
    """Every number of a bulk send, in input order, each in exactly one list (or counted as a
    duplicate). ``sent`` is filled only with ``keep_sent=True``; its count is always there."""

    counts: BulkCounts
    sent: list[Status] = field(repr=False)
    rejected: list[Status] = field(repr=False)
    unknown: list[NumberIssue] = field(repr=False)
    invalid: list[NumberIssue] = field(repr=False)
    # The refusal that stopped sending (every number, or every number of one kind) before all
    # numbers were attempted; the unsent ones go when the call is repeated with the same journal.
    stopped_by: errors.TencentCloudError | None
    journal: str | None


class Batch(NamedTuple):
    """One request's numbers: (input position, number as given, number as the service reads it)."""

    id: int
    kind: int
    numbers: list[tuple[int, str, str]]


class Campaign(Generic[Status]):
    """The numbers, their journal and their outcomes, for one bulk call."""

    def __init__(
        self,
        settings: ClientSettings,
        action: str,
        info: BulkInfo,
        arguments: dict[str, Any],
        *,
        journal: str | os.PathLike[str] | None,
        progress: Callable[[BulkCounts], object] | None,
        keep_sent: bool,
    ) -> None:
        if progress is not None and not callable(progress):
            raise errors.ValidationError([f"progress: expected a callable, got {progress!r}"])
        if not isinstance(keep_sent, bool):
            raise errors.ValidationError([f"keep_sent: expected True or False, got {keep_sent!r}"])
        if journal is not None and not isinstance(journal, str | os.PathLike):
            raise errors.ValidationError([f"journal: expected a path, got {journal!r}"])
        self.settings = settings
        self.action = action
        self.info = info
        self.options = arguments.pop("options", None)
        self.arguments = settings.with_defaults(action, arguments)
        self.status_model: type[Status] = model_named(info.status_model)  # type: ignore[assignment]
        self.progress = progress
        self.keep_sent = keep_sent
        self.stopped_by: errors.TencentCloudError | None = None
        self._stopped_kinds: set[int] = set()  # kinds no longer sent (refusals.kind)
        self._stopped_all = False  # nothing more is sent
        self._after = 0  # the last request handed out: each pending one goes once per run
        self._journal_path = journal
        self._opened: Journal | None = None  # by start(): a bad argument leaves no file
        self._counts: dict[State, int] = {}

    @property
    def _journal(self) -> Journal:
        """The journal, once ``start`` opened it."""
        if self._opened is None:
            raise RuntimeError("the campaign was not started")
        return self._opened

    def close(self) -> None:
        if self._opened is not None:
            self._opened.close()

    # Reading the numbers.

    def start(self, numbers: Iterable[object]) -> None:
        """Reads the numbers into the journal, or checks they are the journal's; then checks the
        arguments with the first request's numbers. Raises before anything is sent."""
        if isinstance(numbers, str | bytes | Mapping) or not isinstance(numbers, Iterable):
            raise errors.ValidationError(
                [f"phone_numbers: expected an iterable of numbers, got {type(numbers).__name__}"]
            )
        self._opened = journal = Journal(self._journal_path)
        arguments = json.dumps(self.arguments, sort_keys=True, ensure_ascii=False, default=repr)
        recorded = journal.get("arguments")
        if recorded is not None and recorded != arguments:
            raise errors.JournalError(
                f"{journal.path}: the journal of a send with other arguments"
                f" ({', '.join(_differences(json.loads(recorded), json.loads(arguments)))})"
            )
        if journal.get("input") is None:
            # One transaction: a list that fails while read, or arguments the checks refuse,
            # leave nothing recorded.
            with journal.transaction():
                journal.put("input", self._read(numbers))
                journal.put("arguments", arguments)
                self._check_arguments()
        else:
            if _fingerprint(numbers) != journal.get("input"):
                raise errors.JournalError(
                    f"{journal.path}: the journal of another list of numbers (a repeated call"
                    " must pass the same numbers in the same order)"
                )
            self._check_arguments()
            with journal.transaction():
                journal.in_flight_to_unknown(
                    {"reason": "the run that sent this request stopped before its answer"}
                )
        self._counts = journal.counts()
        self._report()

    def _read(self, numbers: Iterable[object]) -> str:
        """Adds every number to the journal, grouped into requests; returns the fingerprint."""
        journal, max_numbers = self._journal, self.info.max_numbers
        digest, count = hashlib.sha256(), 0
        open_batches: dict[int, tuple[int, int]] = {}  # kind -> (request id, numbers in it)
        next_batch = 1
        for seq, value in enumerate(numbers):
            digest.update(_identity(value))
            count += 1
            reason = _invalid(value)
            if reason is not None:
                journal.add_number(seq, _shown(value), None, None, State.INVALID, reason)
                continue
            assert isinstance(value, str)
            e164 = normalise(value)
            kind = UNREAD if e164 is None else MAINLAND if is_mainland(e164) else GLOBAL
            key = e164 or "?" + value  # an unreadable number is only ever itself
            batch, filled = open_batches.get(kind, (0, max_numbers))
            new = filled >= max_numbers
            if new:
                batch, filled = next_batch, 0
            if journal.add_number(seq, value, key, batch, State.PENDING, None):
                if new:
                    journal.add_batch(batch, kind)
                    next_batch += 1
                open_batches[kind] = (batch, filled + 1)
            else:
                detail = "the same number as an earlier one"
                journal.add_number(seq, value, None, None, State.REPEATED, detail)
        return f"{count} {digest.hexdigest()}"

    def _check_arguments(self) -> None:
        """The checks of a call, once, with the first request's numbers: a bad argument is a
        ValidationError before the first request instead of a refusal of each."""
        found = self._journal.next_pending_batch(0, frozenset())
        if found is None:
            return
        numbers = [number for _, number, _ in self._journal.batch_numbers(found[0])]
        models = importlib.import_module(f"{__package__}.models")
        request_model, response_model = models._action_models(self.action)
        payload = request_model.from_arguments(self._call_arguments(numbers)).to_wire()
        self.settings.plan(self.action, payload, self.options, response_model)

    # Sending.

    def next_batch(self) -> Batch | None:
        """The next request to send, marked in flight in the journal; None when none is left."""
        if self._stopped_all:
            return None
        journal = self._journal
        found = journal.next_pending_batch(self._after, frozenset(self._stopped_kinds))
        if found is None:
            return None
        self._after, kind = found
        batch = Batch(self._after, kind, journal.batch_numbers(self._after))
        with journal.transaction():
            journal.set_batch(batch.id, State.IN_FLIGHT)
        self._move(State.PENDING, State.IN_FLIGHT, len(batch.numbers))
        return batch

    def arguments_for(self, batch: Batch) -> dict[str, Any]:
        """The keyword arguments of the action's method for ``batch``."""
        return self._call_arguments([number for _, number, _ in batch.numbers])

    def _call_arguments(self, numbers: list[str]) -> dict[str, Any]:
        return {**self.arguments, self.info.numbers_attr: numbers, "options": self.options}

    def answered(self, batch: Batch, response: object) -> None:
        """Records each number's result; a number the answer leaves out is unknown."""
        info = self.info
        results = getattr(response, info.results_attr, None)
        by_key: dict[str, Status] = {}
        unmatched: list[Status] = []
        for item in results if isinstance(results, list) else []:
            if not isinstance(item, self.status_model):
                continue
            number = getattr(item, info.result_number_attr, None)
            key = normalise(number) if isinstance(number, str) else None
            if key is not None and key not in by_key:
                by_key[key] = item
            else:
                unmatched.append(item)
        missing = [entry for entry in batch.numbers if entry[2] not in by_key]
        # Results the service wrote in a form not read here pair up in order, when they can.
        paired = dict(zip((seq for seq, _, _ in missing), unmatched, strict=False))
        if len(unmatched) != len(missing):
            paired = {}
        outcomes: list[tuple[State, Any, int]] = []
        for seq, _, key in batch.numbers:
            item = by_key.get(key) or paired.get(seq)
            if item is None:
                outcomes.append((State.UNKNOWN, "the answer holds no result for it", seq))
            else:
                ok = getattr(item, info.code_attr) == info.success
                outcomes.append((State.SENT if ok else State.REJECTED, item.to_wire(), seq))
        self._finish(batch, outcomes)

    def failed(self, batch: Batch, error: errors.TencentCloudError) -> None:
        """Records a request that ended in ``error`` (the client's retries spent)."""
        if may_have_reached_service(error):
            reason = f"{type(error).__name__}: {error}"
            self._finish(batch, [(State.UNKNOWN, reason, seq) for seq, _, _ in batch.numbers])
            return
        code = getattr(error, "code", None)
        if code in self.info.number_codes:
            message = getattr(error, "message", str(error))
            outcomes = [
                (State.REJECTED, self._refusal(number, code, message), seq)
                for seq, number, _ in batch.numbers
            ]
            self._finish(batch, outcomes)
            return
        # Nothing was sent: the numbers wait for a repeated call, and so does the rest.
        with self._journal.transaction():
            self._journal.set_batch(batch.id, State.PENDING)
        self._move(State.IN_FLIGHT, State.PENDING, len(batch.numbers))
        if code in self.info.kind_codes:
            self._stopped_kinds.add(batch.kind)
            self.stopped_by = self.stopped_by or error
        else:
            self._stopped_all = True
            self.stopped_by = error
        self._report()

    def abandoned(self, batch: Batch) -> None:
        """A request whose answer will never be recorded (the run stops): its numbers are
        unknown, as a later run would find them."""
        reason = "the send stopped before the answer to this request was recorded"
        self._finish(batch, [(State.UNKNOWN, reason, seq) for seq, _, _ in batch.numbers])

    def _refusal(self, number: str, code: str, message: str) -> dict[str, Any]:
        """A refused request's code and message as each of its numbers' result."""
        status = self.status_model.partial(
            **{
                self.info.result_number_attr: number,
                self.info.code_attr: code,
                self.info.result_message_attr: message,
            }
        )
        return status.to_wire()

    def _finish(self, batch: Batch, outcomes: list[tuple[State, Any, int]]) -> None:
        journal = self._journal
        with journal.transaction():
            journal.set_outcomes(outcomes)
            journal.set_batch(batch.id, State.DONE)
        for state, _, _ in outcomes:
            self._move(State.IN_FLIGHT, state, 1)
        self._report()

    def _move(self, old: State, new: State, count: int) -> None:
        self._counts[old] = self._counts.get(old, 0) - count
        self._counts[new] = self._counts.get(new, 0) + count

    # Results.

    @property
    def counts(self) -> BulkCounts:
        get = self._counts.get
        return BulkCounts(
            total=sum(self._counts.values()),
            sent=get(State.SENT, 0),
            rejected=get(State.REJECTED, 0),
            unknown=get(State.UNKNOWN, 0),
            invalid=get(State.INVALID, 0),
            duplicates=get(State.REPEATED, 0),
            unsent=get(State.PENDING, 0) + get(State.IN_FLIGHT, 0),
        )

    def _report(self) -> None:
        if self.progress is not None:
            self.progress(self.counts)

    def result(self) -> BulkResult[Status]:
        journal, model = self._journal, self.status_model

        def statuses(state: State) -> list[Status]:
            return [model.from_wire(detail) for _, detail in journal.numbers_in(state)]

        def issues(state: State) -> list[NumberIssue]:
            return [
                NumberIssue(number, str(detail)) for number, detail in journal.numbers_in(state)
            ]

        return BulkResult(
            counts=self.counts,
            sent=statuses(State.SENT) if self.keep_sent else [],
            rejected=statuses(State.REJECTED),
            unknown=issues(State.UNKNOWN),
            invalid=issues(State.INVALID),
            stopped_by=self.stopped_by,
            journal=journal.path,
        )


def _invalid(value: object) -> str | None:
    """Why the service could not take ``value`` as a number at all, or None."""
    if not isinstance(value, str):
        return f"not a string but {type(value).__name__}"
    if not value:
        return "empty"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "not valid Unicode text (a lone surrogate)"
    return None


def _shown(value: object) -> str:
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    return repr(value)


def _identity(value: object) -> bytes:
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass") + b"\n"
    return f"\0{type(value).__name__}:{value!r}\n".encode("utf-8", "backslashreplace")


def _fingerprint(numbers: Iterable[object]) -> str:
    digest, count = hashlib.sha256(), 0
    for value in numbers:
        digest.update(_identity(value))
        count += 1
    return f"{count} {digest.hexdigest()}"


def _differences(recorded: dict[str, Any], given: dict[str, Any]) -> list[str]:
    """The names of the arguments that differ; never their values."""
    names = sorted(set(recorded) | set(given))
    return [f"{name} differs" for name in names if recorded.get(name) != given.get(name)]


# The runners: the same loop, in threads and in tasks.


def send(
    campaign: Campaign[Status],
    numbers: Iterable[object],
    call: Callable[[dict[str, Any]], object],
    concurrency: int,
) -> BulkResult[Status]:
    """Sends every request with up to ``concurrency`` threads; the journal and ``progress`` stay
    on the calling thread."""
    from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

    try:
        concurrency = count_of("concurrency", concurrency)
        campaign.start(numbers)
        in_flight: dict[Future[object], Batch] = {}
        pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="bulk-send")
        try:
            while True:
                while len(in_flight) < concurrency:
                    batch = campaign.next_batch()
                    if batch is None:
                        break
                    in_flight[pool.submit(call, campaign.arguments_for(batch))] = batch
                if not in_flight:
                    return campaign.result()
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    _record(campaign, in_flight.pop(future), future.exception, future.result)
        finally:
            for batch in in_flight.values():
                campaign.abandoned(batch)
            pool.shutdown(wait=False, cancel_futures=True)
    finally:
        campaign.close()


async def send_async(
    campaign: Campaign[Status],
    numbers: Iterable[object],
    call: Callable[[dict[str, Any]], Awaitable[object]],
    concurrency: int,
) -> BulkResult[Status]:
    """Sends every request with up to ``concurrency`` tasks; cancelling the call cancels them,
    and their numbers are unknown."""
    import asyncio

    try:
        concurrency = count_of("concurrency", concurrency)
        campaign.start(numbers)
        in_flight: dict[asyncio.Task[object], Batch] = {}
        try:
            while True:
                while len(in_flight) < concurrency:
                    batch = campaign.next_batch()
                    if batch is None:
                        break
                    task = asyncio.ensure_future(call(campaign.arguments_for(batch)))
                    in_flight[task] = batch
                if not in_flight:
                    return campaign.result()
                done, _ = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    _record(campaign, in_flight.pop(task), task.exception, task.result)
        finally:
            for task, batch in in_flight.items():
                task.cancel()
                campaign.abandoned(batch)
    finally:
        campaign.close()


def _record(
    campaign: Campaign[Status],
    batch: Batch,
    exception: Callable[[], BaseException | None],
    result: Callable[[], object],
) -> None:
    error = exception()
    if error is None:
        campaign.answered(batch, result())
    elif isinstance(error, errors.TencentCloudError):
        campaign.failed(batch, error)
    else:
        campaign.abandoned(batch)
        raise error
