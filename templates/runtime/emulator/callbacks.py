"""POSTs the service's callbacks to the callback URL, in the documented formats.

A callback's payload is a JSON array of records or a single object, as the spec says
(``CALLBACK_IS_ARRAY``). The receiver must answer ``{"result": 0, ...}``; whether it did goes to
the ``done`` function given with the records. Posting runs on a worker thread, in order, so a slow
receiver never holds up the API.
"""

from __future__ import annotations

import json
import queue
import threading
import time
import urllib.request
from collections.abc import Callable
from typing import Any

from .spec_tables import CALLBACK_IS_ARRAY

__all__ = ["CallbackSender"]

Done = Callable[[bool], None]


class CallbackSender:
    """A worker thread that POSTs queued callbacks, one at a time, in order."""

    def __init__(self, url: str, timeout: float = 5.0) -> None:
        self.url = url
        self.timeout = timeout
        self._queue: queue.Queue[tuple[Any, Done | None] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="emulator-callbacks", daemon=True)
        self._thread.start()

    def send(self, callback: str, records: list[dict[str, Any]], done: Done | None = None) -> None:
        """Queues ``records`` of ``callback``; ``done`` learns whether the receiver took them."""
        payload: Any = records if CALLBACK_IS_ARRAY.get(callback, True) else records[0]
        self._queue.put((payload, done))

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
                payload, done = item
                ok = self._post(payload)
                if done is not None:
                    done(ok)
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
