# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""POSTs delivery status notifications and replies to the callback URL, in the documented formats.

The delivery status notification is a JSON array of records, a reply a single object, with the
fields the spec lists (``CALLBACK_FIELDS``). The receiver must answer ``{"result": 0, ...}``;
whether it did is stored on the message or reply (``callback_ok``). Posting runs on a worker
thread, so a slow receiver never holds up the API.
"""

from __future__ import annotations

import json
import queue
import threading
import time
import urllib.request
from typing import Any

from tcsms.emulator.spec_tables import CALLBACK_FIELDS, CALLBACK_IS_ARRAY
from tcsms.emulator.state import Store

__all__ = ["CallbackSender", "delivery_record", "reply_record"]

STATUS_CALLBACK = "SmsStatusNotification"
REPLY_CALLBACK = "SmsReply"
CHINA_STANDARD_TIME = 8 * 3600


def delivery_record(row: dict[str, Any]) -> dict[str, Any]:
    """A delivery report as the status notification documents it."""
    received = time.gmtime(row["receive_time"] + CHINA_STANDARD_TIME)
    values = {
        "user_receive_time": time.strftime("%Y-%m-%d %H:%M:%S", received),
        "nationcode": row["nation_code"],
        "mobile": row["subscriber"],
        "report_status": row["report_status"],
        "errmsg": row["receipt_code"],
        "description": row["receipt_description"],
        "sid": row["serial_no"],
    }
    return _documented(STATUS_CALLBACK, values)


def reply_record(row: dict[str, Any]) -> dict[str, Any]:
    """A reply as the reply callback documents it."""
    values = {
        "extend": row["extend_code"],
        "mobile": row["subscriber"],
        "nationcode": row["nation_code"],
        "sign": row["sign_name"],
        "text": row["text"],
        "time": row["reply_time"],
    }
    return _documented(REPLY_CALLBACK, values)


def _documented(callback: str, values: dict[str, Any]) -> dict[str, Any]:
    return {name: values[name] for name in CALLBACK_FIELDS.get(callback, tuple(values))}


class CallbackSender:
    """A worker thread that POSTs queued callbacks, one at a time, in order."""

    def __init__(self, url: str, store: Store, timeout: float = 5.0) -> None:
        self.url = url
        self.timeout = timeout
        self._store = store
        self._queue: queue.Queue[tuple[str, Any, str, list[Any]] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="emulator-callbacks", daemon=True)
        self._thread.start()

    def delivery(self, rows: list[dict[str, Any]]) -> None:
        records = [delivery_record(row) for row in rows]
        payload: Any = records if CALLBACK_IS_ARRAY.get(STATUS_CALLBACK, True) else records[0]
        keys = [row["serial_no"] for row in rows]
        self._queue.put((STATUS_CALLBACK, payload, "messages", keys))

    def reply(self, row: dict[str, Any]) -> None:
        self._queue.put((REPLY_CALLBACK, reply_record(row), "replies", [row["id"]]))

    def flush(self, timeout: float = 10.0) -> bool:
        """Waits until every queued callback was posted; False on timeout."""
        deadline = time.monotonic() + timeout
        while self._queue.unfinished_tasks:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.01)
        return True

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=self.timeout + 1)

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                _, payload, table, keys = item
                ok = self._post(payload)
                key = "serial_no" if table == "messages" else "id"
                for value in keys:
                    self._store.update(table, key, value, {"callback_ok": int(ok)})
            finally:
                self._queue.task_done()

    def _post(self, payload: Any) -> bool:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(
            self.url,
            data=body,
            method="POST",
            headers={"Content-Type": "application/json; charset=utf-8"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                document = json.loads(answer.read() or b"null")
        except (OSError, ValueError):
            return False
        return isinstance(document, dict) and document.get("result") == 0
