# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/emulator/state.py; edit it there.
"""The emulator's state in SQLite: in memory by default, or a file that outlives restarts.

The tables are the service overlay's (``overlay.SCHEMA``); a service without one keeps no state.
Every method takes the lock, so the server thread and a test's admin calls can share one store.
``transaction()`` makes many writes one: each API request runs in one (``context.transactional``),
so a request's rows are all committed before its answer is sent, or none are if the process dies.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

__all__ = ["Store"]


class Store:
    """An SQLite database with the tables ``schema`` creates (if they do not exist yet)."""

    def __init__(self, path: str = ":memory:", schema: str = "") -> None:
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self._depth = 0  # nesting of transaction() on the thread holding the lock
        self._after_commit: list[Callable[[], None]] = []
        if path != ":memory:":
            self._db.execute("PRAGMA journal_mode=WAL")
            # A commit is in the WAL file once COMMIT returns: it survives the process being
            # killed (only a power cut could lose the last ones).
            self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(schema)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Every write inside is committed together when the block ends, or rolled back when it
        raises; nested blocks join the outer one."""
        self.begin()
        try:
            yield
        except BaseException:
            self.rollback()
            raise
        self.commit()

    def begin(self) -> None:
        """Starts a transaction (joins the thread's current one); ``commit`` or ``rollback``
        ends it. ``transaction()`` in a ``with``; the request path calls these directly, which
        costs less per request."""
        self._lock.acquire()
        if self._depth == 0:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except BaseException:
                self._lock.release()
                raise
        self._depth += 1

    def commit(self) -> None:
        self._depth -= 1
        if self._depth:
            self._lock.release()
            return
        try:
            self._db.execute("COMMIT")
            pending, self._after_commit = self._after_commit, []
        finally:
            self._lock.release()
        for action in pending:
            action()

    def rollback(self) -> None:
        self._depth -= 1
        if self._depth:
            self._lock.release()
            return
        self._after_commit.clear()
        try:
            self._db.execute("ROLLBACK")
        finally:
            self._lock.release()

    def after_commit(self, action: Callable[[], None]) -> None:
        """Runs ``action`` once the current transaction is committed (at once outside one);
        a rolled-back transaction drops it."""
        with self._lock:
            if self._depth:
                self._after_commit.append(action)
                return
        action()

    def query(self, sql: str, args: Iterable[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(row) for row in self._db.execute(sql, tuple(args))]

    def one(self, sql: str, args: Iterable[Any] = ()) -> dict[str, Any] | None:
        rows = self.query(sql, args)
        return rows[0] if rows else None

    def execute(self, sql: str, args: Iterable[Any] = ()) -> int:
        """Runs one write; returns the new row id (inserts) or the number of rows changed."""
        with self._lock:
            cursor = self._db.execute(sql, tuple(args))
            if sql.lstrip().upper().startswith("INSERT") and cursor.lastrowid is not None:
                return cursor.lastrowid
            return cursor.rowcount

    def insert(self, table: str, row: Mapping[str, Any]) -> int:
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        return self.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", row.values())

    def insert_many(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        names = ", ".join(rows[0])
        marks = ", ".join("?" for _ in rows[0])
        self.begin()
        try:
            self._db.executemany(
                f"INSERT INTO {table} ({names}) VALUES ({marks})",
                [tuple(row.values()) for row in rows],
            )
        except BaseException:
            self.rollback()
            raise
        self.commit()

    def update(self, table: str, key: str, value: Any, changes: Mapping[str, Any]) -> int:
        sets = ", ".join(f"{name} = ?" for name in changes)
        return self.execute(
            f"UPDATE {table} SET {sets} WHERE {key} = ?", [*changes.values(), value]
        )

    def take(
        self, sql: str, args: Iterable[Any], table: str, key: str, flag: str
    ) -> list[dict[str, Any]]:
        """Selects rows and sets ``flag`` on them in one step, so each is returned only once."""
        with self.transaction():
            rows = [dict(row) for row in self._db.execute(sql, tuple(args))]
            self._db.executemany(
                f"UPDATE {table} SET {flag} = 1 WHERE {key} = ?", [(row[key],) for row in rows]
            )
            return rows
