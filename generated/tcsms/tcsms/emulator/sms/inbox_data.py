# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""What the inbox shows, read from the state as plain dicts: the page and ``/_inbox.json`` alike.

Every query is bounded and uses an index: a page is the newest ``PAGE_SIZE`` messages (by rowid,
the order they were stored; by ``messages_by_phone`` for one number), so it costs the same with ten
messages or a million. A reply is shown under the latest message of its number and app sent at or
before it (the message it answers); the first page also lists the newest replies not shown under a
message. The version changes with every write to the state (SQLite's ``total_changes()``), which
the page polls to refresh itself.
"""

from __future__ import annotations

import bisect
import re
import time
from dataclasses import dataclass
from typing import Any

from tcsms.emulator.context import Context
from tcsms.emulator.sms import phone_numbers
from tcsms.emulator.sms.state import APPROVED, REJECTED, UNDER_REVIEW
from tcsms.status_codes import describe_receipt

__all__ = [
    "NUMBERS_SHOWN",
    "OTHER_REPLIES",
    "PAGE_SIZE",
    "REVIEW_LIMIT",
    "InboxQuery",
    "QueryError",
    "inbox",
    "parse_phone",
    "status_text",
    "version",
]

PAGE_SIZE = 100  # messages per page, newest first
NUMBERS_SHOWN = 50  # numbers in the list, the most recently messaged first
NUMBERS_SCAN = 1000  # ... drawn from this many of the newest messages
OTHER_REPLIES = 20  # replies listed apart from the messages, on the first page
REVIEW_LIMIT = 200  # signatures and templates listed, those under review first
REPLIES_PER_PAGE = 1000  # replies read for one page's messages
_CURSOR = re.compile(r"([0-9]{1,19})-([0-9]{1,19})", re.ASCII)
_STATUS_TEXT = {APPROVED: "approved", UNDER_REVIEW: "under review", REJECTED: "rejected"}


class QueryError(ValueError):
    """A filter or cursor the inbox cannot read."""


@dataclass(frozen=True, slots=True)
class InboxQuery:
    phone: str | None = None  # E.164, as messages store it
    before: tuple[int, int] | None = None  # (sent_at, rowid) of the last message shown


def parse_phone(value: str) -> str:
    """A number in any form the service reads, as the messages store it; QueryError if none."""
    text = value.strip()
    if value.startswith(" ") and text[:1].isdigit():
        text = "+" + text  # an unencoded "+" in a query string arrives as a space
    try:
        return phone_numbers.parse(text).e164
    except ValueError:
        raise QueryError(f"not a phone number: {value!r}") from None


def parse_query(params: dict[str, str]) -> InboxQuery:
    phone = parse_phone(params["phone"]) if params.get("phone") else None
    before = None
    if params.get("before"):
        match = _CURSOR.fullmatch(params["before"])
        if match is None:
            raise QueryError(f"not a cursor: {params['before']!r}")
        before = (int(match.group(1)), int(match.group(2)))
    return InboxQuery(phone, before)


def version(ctx: Context, instance: str) -> str:
    """Changes with every insert, update or delete (total_changes() counts them all, cheaply);
    ``instance`` keeps a restarted emulator's count from matching an older page's."""
    row = ctx.store.one("SELECT total_changes() AS changes", ())
    return f"{instance}-{row['changes'] if row else 0}"


def status_text(status: int) -> str:
    return _STATUS_TEXT.get(status, str(status))


def inbox(ctx: Context, query: InboxQuery, instance: str) -> dict[str, Any]:
    """Everything one page shows; ``next_before`` is the cursor of the next (older) page."""
    found = _messages(ctx, query)
    page = found[:PAGE_SIZE]
    last = page[-1] if page else None
    more = len(found) > PAGE_SIZE and last is not None
    replies = _replies_under(ctx, page, newest_page=query.before is None)
    shown = {reply["id"] for reply in replies}
    if query.before is None:
        replies += [reply for reply in _recent_replies(ctx, query) if reply["id"] not in shown]
    callbacks = ctx.callbacks is not None
    return {
        "phone": query.phone,
        "messages": [_message(row, callbacks) for row in page],
        "replies": replies,
        "signs": _reviewed(ctx, "signs"),
        "templates": _reviewed(ctx, "templates"),
        "numbers": _numbers(ctx),
        "version": version(ctx, instance),
        "next_before": f"{last['sent_at']}-{last['row_id']}" if more and last else None,
    }


def _messages(ctx: Context, query: InboxQuery) -> list[dict[str, Any]]:
    limit = PAGE_SIZE + 1  # one more tells whether there is an older page
    if query.phone is not None:
        # messages_by_phone (phone, sent_at, rowid) gives the order and the cursor.
        after = " AND (sent_at, rowid) < (?, ?)" if query.before else ""
        return ctx.store.query(
            "SELECT rowid AS row_id, * FROM messages WHERE phone = ?"
            f"{after} ORDER BY sent_at DESC, rowid DESC LIMIT ?",
            (query.phone, *(query.before or ()), limit),
        )
    # The order they were stored in: the table's own order, no sort.
    after = " WHERE rowid < ?" if query.before else ""
    return ctx.store.query(
        f"SELECT rowid AS row_id, * FROM messages{after} ORDER BY rowid DESC LIMIT ?",
        (*(query.before[1:] if query.before else ()), limit),
    )


def _message(row: dict[str, Any], callbacks: bool) -> dict[str, Any]:
    code = row["receipt_code"]
    explanation = (describe_receipt(code) or row["receipt_description"]) if code else None
    if row["callback_ok"] is not None:
        callback = "delivered" if row["callback_ok"] else "failed"
    elif not callbacks:
        callback = "no callback URL"
    else:
        callback = "pending" if code else "none (not sent)"
    return {
        **row,
        "text": row["content"],
        "time": _iso(row["sent_at"]),
        "receipt_explanation": explanation,
        "callback": callback,
    }


def _iso(seconds: int | None) -> str | None:
    return None if seconds is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def _replies_under(
    ctx: Context, page: list[dict[str, Any]], newest_page: bool
) -> list[dict[str, Any]]:
    """The replies answering the page's messages, each with the ``serial_no`` it answers."""
    if not page:
        return []
    threads: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for message in page:
        threads.setdefault((message["phone"], message["app_id"]), []).append(message)
    ends: dict[tuple[str, str], int] = {}
    for key, messages in threads.items():
        messages.sort(key=lambda message: (message["sent_at"], message["row_id"]))
        newest = messages[-1]
        if not newest_page:
            # A later message of the number, on a newer page, takes the replies after it.
            later = ctx.store.one(
                "SELECT sent_at FROM messages WHERE phone = ? AND app_id = ?"
                " AND (sent_at, rowid) > (?, ?) ORDER BY sent_at, rowid LIMIT 1",
                (*key, newest["sent_at"], newest["row_id"]),
            )
            if later is not None:
                ends[key] = later["sent_at"]
    phones = sorted({phone for phone, _ in threads})
    marks = ", ".join("?" * len(phones))
    since = min(message["sent_at"] for message in page)
    rows = ctx.store.query(
        f"SELECT * FROM replies WHERE phone IN ({marks}) AND reply_time >= ?"
        " ORDER BY reply_time, id LIMIT ?",
        (*phones, since, REPLIES_PER_PAGE),
    )
    times = {key: [message["sent_at"] for message in thread] for key, thread in threads.items()}
    replies = []
    for reply in rows:
        key = (reply["phone"], reply["app_id"])
        if key not in threads or reply["reply_time"] >= ends.get(key, reply["reply_time"] + 1):
            continue
        answered = bisect.bisect_right(times[key], reply["reply_time"]) - 1
        if answered >= 0:
            replies.append(_reply(reply, threads[key][answered]["serial_no"]))
    return replies


def _recent_replies(ctx: Context, query: InboxQuery) -> list[dict[str, Any]]:
    where = " WHERE phone = ?" if query.phone else ""
    rows = ctx.store.query(
        f"SELECT * FROM replies{where} ORDER BY id DESC LIMIT ?",
        (*([query.phone] if query.phone else []), OTHER_REPLIES),
    )
    return [_reply(row, None) for row in rows]


def _reply(row: dict[str, Any], serial_no: str | None) -> dict[str, Any]:
    return {**row, "time": _iso(row["reply_time"]), "serial_no": serial_no}


def _reviewed(ctx: Context, table: str) -> list[dict[str, Any]]:
    rows = ctx.store.query(
        f"SELECT * FROM {table} ORDER BY status != ?, id DESC LIMIT ?",
        (UNDER_REVIEW, REVIEW_LIMIT),
    )
    return [{**row, "status_text": status_text(row["status"])} for row in rows]


def _numbers(ctx: Context) -> list[dict[str, Any]]:
    recent = ctx.store.query(
        "SELECT phone FROM messages ORDER BY rowid DESC LIMIT ?", (NUMBERS_SCAN,)
    )
    phones = list(dict.fromkeys(row["phone"] for row in recent))[:NUMBERS_SHOWN]
    if not phones:
        return []
    marks = ", ".join("?" * len(phones))
    counts = {
        row["phone"]: row["count"]
        for row in ctx.store.query(
            f"SELECT phone, COUNT(*) AS count FROM messages WHERE phone IN ({marks})"
            " GROUP BY phone",
            phones,
        )
    }
    return [{"phone": phone, "count": counts.get(phone, 0)} for phone in phones]
