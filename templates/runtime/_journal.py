"""The record of a bulk send in SQLite: every number, the request it went in, and its outcome.

A request's numbers are marked in flight (and committed) before the request is sent, and given
their outcome after, so that whatever stops the process, the file says which numbers may have been
sent. Opened again, numbers still in flight become unknown (never sent again) and numbers never
attempted are sent. Without a file the same tables live in a throwaway database, which keeps the
memory of a send flat in the number of numbers.

This module stores; ``_bulk`` decides what to store.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from enum import IntEnum
from typing import Any

from . import _exceptions as errors

__all__ = ["Journal", "State"]

# Bumped when the tables change: a file of another layout is refused, never misread.
_LAYOUT = "tcgen-bulk-journal 1"

# Statements apart, as sqlite3 runs them one by one inside a transaction.
_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS numbers (
    seq INTEGER PRIMARY KEY,  -- position in the input
    number TEXT NOT NULL,     -- as given
    key TEXT UNIQUE,          -- the number as the service reads it (NULL: invalid, repeats)
    batch INTEGER,            -- the request it goes in (NULL: invalid, repeats)
    state INTEGER NOT NULL,
    detail TEXT               -- JSON: the service's result, the refusal, or the reason
);
CREATE INDEX IF NOT EXISTS numbers_by_batch ON numbers (batch);
CREATE INDEX IF NOT EXISTS numbers_by_state ON numbers (state, seq);
CREATE TABLE IF NOT EXISTS batches (
    id INTEGER PRIMARY KEY,
    kind INTEGER NOT NULL,
    state INTEGER NOT NULL
);
"""


class State(IntEnum):
    """A number's state; a request's (batch's) state uses PENDING, IN_FLIGHT and DONE."""

    PENDING = 0
    IN_FLIGHT = 1
    SENT = 2
    REJECTED = 3
    UNKNOWN = 4
    INVALID = 5
    REPEATED = 6
    DONE = 7


class Journal:
    """One bulk send's tables, in ``path`` or, with None, in a throwaway database.

    A file is durable (write-ahead log, synced at each commit) and locked for the life of the
    object, so that two runs can never send from one journal at once.
    """

    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        self.path = os.fspath(path) if path is not None else None
        self._scratch: tempfile.TemporaryDirectory[str] | None = None
        if path is None:
            self._scratch = tempfile.TemporaryDirectory(prefix="bulk-")
            location = os.path.join(self._scratch.name, "numbers.db")
        else:
            location = self.path or ""
        try:
            self._db = sqlite3.connect(location, timeout=0.1, isolation_level=None)
        except sqlite3.Error as error:
            self._cleanup()
            raise self._error(error) from None
        try:
            self._configure(durable=path is not None)
        except BaseException:
            self.close()
            raise

    def _configure(self, *, durable: bool) -> None:
        try:
            if durable:
                self._db.execute("PRAGMA locking_mode = EXCLUSIVE")
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = FULL")
            else:
                self._db.execute("PRAGMA journal_mode = OFF")
                self._db.execute("PRAGMA synchronous = OFF")
            with self.transaction():  # takes the exclusive lock now, not at the first send
                for statement in _TABLES.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                layout = self.get("layout")
                if layout is None:
                    self.put("layout", _LAYOUT)
                elif layout != _LAYOUT:
                    raise errors.JournalError(
                        f"{self.path}: a journal of another layout ({layout!r}), not {_LAYOUT!r}"
                    )
        except sqlite3.Error as error:
            raise self._error(error) from None

    def _error(self, error: sqlite3.Error) -> errors.JournalError:
        reason = str(error)
        if "locked" in reason:
            reason = "in use by another run (the journal is locked)"
        elif "not a database" in reason:
            reason = "not a journal (not an SQLite database)"
        return errors.JournalError(f"{self.path or 'the bulk send database'}: {reason}")

    def close(self) -> None:
        self._db.close()
        self._cleanup()

    def _cleanup(self) -> None:
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None

    def transaction(self) -> _Transaction:
        return _Transaction(self)

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, params)
        except sqlite3.Error as error:
            raise self._error(error) from None

    def executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        try:
            self._db.executemany(sql, rows)
        except sqlite3.Error as error:
            raise self._error(error) from None

    # Facts about the send, as text.

    def get(self, key: str) -> str | None:
        row = self.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def put(self, key: str, value: str) -> None:
        self.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # Numbers.

    def add_number(
        self, seq: int, number: str, key: str | None, batch: int | None, state: State, detail: Any
    ) -> bool:
        """Adds a number; False (and nothing added) when ``key`` is already there."""
        cursor = self.execute(
            "INSERT OR IGNORE INTO numbers (seq, number, key, batch, state, detail)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (seq, number, key, batch, int(state), _json(detail)),
        )
        return cursor.rowcount == 1

    def add_batch(self, batch: int, kind: int) -> None:
        self.execute(
            "INSERT INTO batches (id, kind, state) VALUES (?, ?, ?)",
            (batch, kind, int(State.PENDING)),
        )

    def next_pending_batch(self, after: int, skip_kinds: frozenset[int]) -> tuple[int, int] | None:
        """The first pending request after ``after`` whose kind is not skipped: (id, kind)."""
        skipped = ",".join(str(int(kind)) for kind in sorted(skip_kinds))
        row = self.execute(
            "SELECT id, kind FROM batches WHERE id > ? AND state = ?"
            + (f" AND kind NOT IN ({skipped})" if skipped else "")
            + " ORDER BY id LIMIT 1",
            (after, int(State.PENDING)),
        ).fetchone()
        return None if row is None else (int(row[0]), int(row[1]))

    def batch_numbers(self, batch: int) -> list[tuple[int, str, str]]:
        """The (seq, number, key) of a request's numbers, in input order."""
        rows = self.execute(
            "SELECT seq, number, key FROM numbers WHERE batch = ? ORDER BY seq", (batch,)
        )
        return [(int(seq), str(number), str(key)) for seq, number, key in rows]

    def set_batch(self, batch: int, state: State) -> None:
        """Sets a request's state; its numbers follow unless the request is done (they then
        hold their own outcomes)."""
        self.execute("UPDATE batches SET state = ? WHERE id = ?", (int(state), batch))
        if state != State.DONE:
            self.execute(
                "UPDATE numbers SET state = ?, detail = NULL WHERE batch = ?", (int(state), batch)
            )

    def set_outcomes(self, outcomes: list[tuple[State, Any, int]]) -> None:
        """(state, detail, seq) of each number."""
        self.executemany(
            "UPDATE numbers SET state = ?, detail = ? WHERE seq = ?",
            [(int(state), _json(detail), seq) for state, detail, seq in outcomes],
        )

    def in_flight_to_unknown(self, detail: Any) -> int:
        """After a run that stopped without recording some answers: those numbers are unknown."""
        cursor = self.execute(
            "UPDATE numbers SET state = ?, detail = ? WHERE state = ?",
            (int(State.UNKNOWN), _json(detail), int(State.IN_FLIGHT)),
        )
        self.execute(
            "UPDATE batches SET state = ? WHERE state = ?", (int(State.DONE), int(State.IN_FLIGHT))
        )
        return cursor.rowcount

    def counts(self) -> dict[State, int]:
        rows = self.execute("SELECT state, COUNT(*) FROM numbers GROUP BY state")
        return {State(state): int(count) for state, count in rows}

    def numbers_in(self, state: State) -> Iterator[tuple[str, Any]]:
        """(number, detail) of every number in ``state``, in input order, read as needed."""
        cursor = self.execute(
            "SELECT number, detail FROM numbers WHERE state = ? ORDER BY seq", (int(state),)
        )
        for number, detail in cursor:
            yield str(number), (json.loads(detail) if detail is not None else None)

    def in_input_order(self) -> Iterator[tuple[str, State, Any]]:
        """(number, state, detail) of every number, in input order, read as needed."""
        cursor = self.execute("SELECT number, state, detail FROM numbers ORDER BY seq")
        for number, state, detail in cursor:
            yield str(number), State(state), (json.loads(detail) if detail is not None else None)


class _Transaction:
    """``with journal.transaction():`` commits on success, rolls back on any exception."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def __enter__(self) -> None:
        self._journal.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, traceback: object) -> None:
        self._journal.execute("COMMIT" if exc_type is None else "ROLLBACK")


def _json(detail: Any) -> str | None:
    return None if detail is None else json.dumps(detail, ensure_ascii=False, default=repr)
