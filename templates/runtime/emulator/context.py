"""What an action handler works with: the store, the review setting, callbacks and the clock.

``transactional`` runs a handler in one store transaction: all its writes or none.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .callbacks import CallbackSender
from .state import Store

__all__ = ["Context", "Handler", "transactional"]


@dataclass
class Context:
    store: Store
    # Whether what the service reviews (its overlay decides what) is approved on submission.
    auto_approve: bool = False
    # Set when the emulator has a callback URL to post the service's callbacks to.
    callbacks: CallbackSender | None = None
    clock: Callable[[], float] = field(default=time.time)

    def now(self) -> float:
        return self.clock()


# What answers one action: (context, parameters by wire name, request id) -> the Response object.
Handler = Callable[[Context, dict[str, Any], str], dict[str, Any]]


def transactional(handler: Handler) -> Handler:
    """``handler`` with its writes committed together before it returns (rolled back when it
    raises), so an answer is only sent for what is stored."""

    def run(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
        store = ctx.store
        store.begin()  # what ``with store.transaction()`` does, without its per-call cost
        try:
            answer = handler(ctx, params, request_id)
        except BaseException:
            store.rollback()
            raise
        store.commit()
        return answer

    return run
