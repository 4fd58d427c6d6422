# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/emulator/handlers.py; edit it there.
"""Which function answers each action: the service overlay's, else the documented example.

An action without behaviour of its own answers its first documented example response (or, without
one, the smallest answer its documented fields allow) under the request's own RequestId, so every
action of any spec can be called against the emulator.
"""

from __future__ import annotations

from typing import Any

from .context import Context, Handler
from .overlay import HANDLERS as OVERLAY_HANDLERS
from .spec_tables import EXAMPLE_RESPONSES

__all__ = ["HANDLERS", "example_answer"]


def example_answer(action: str) -> Handler:
    """A handler that answers ``action``'s documented example."""
    example = EXAMPLE_RESPONSES[action]

    def answer(ctx: Context, params: dict[str, Any], request_id: str) -> dict[str, Any]:
        return {**example, "RequestId": request_id}

    return answer


HANDLERS: dict[str, Handler] = {
    action: OVERLAY_HANDLERS.get(action) or example_answer(action) for action in EXAMPLE_RESPONSES
}
