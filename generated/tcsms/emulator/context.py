# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""What an action handler works with: the store, the review setting, callbacks and the clock."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tcsms.emulator.callbacks import CallbackSender
from tcsms.emulator.state import Store

__all__ = ["Context"]


@dataclass
class Context:
    store: Store
    auto_approve: bool = False
    callbacks: CallbackSender | None = None
    clock: Callable[[], float] = field(default=time.time)

    def now(self) -> float:
        return self.clock()

    def report_delivery(self, rows: list[dict[str, Any]]) -> None:
        """Sends the delivery status notification of newly reported messages, if configured."""
        if self.callbacks is not None and rows:
            self.callbacks.delivery(rows)

    def report_reply(self, row: dict[str, Any]) -> None:
        if self.callbacks is not None:
            self.callbacks.reply(row)
