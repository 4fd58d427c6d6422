# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""What this service adds to the generic emulator: its overlay, as the spec names it.

``SCHEMA`` creates the state tables, ``HANDLERS`` answers the actions that have behaviour of their
own, each in one store transaction (every other action answers its documented example),
``ServiceAdmin`` is ``emulator.admin`` with the service's operations, ``ServicePages`` (or None)
serves its pages (``web.Pages``), and ``FORMAT_CHECKS`` read values of a documented format the
way the service does, where the client leaves them unchecked.
"""

from __future__ import annotations

from tcsms.emulator.context import Handler, transactional
from tcsms.emulator.sms import (
    FORMAT_CHECKS,
    SCHEMA,
    ServiceAdmin,
    ServicePages,
)
from tcsms.emulator.sms import HANDLERS as _HANDLERS

# A request's writes are committed together before its answer is sent, or not at all.
HANDLERS: dict[str, Handler] = {action: transactional(run) for action, run in _HANDLERS.items()}

__all__ = ["FORMAT_CHECKS", "HANDLERS", "SCHEMA", "ServiceAdmin", "ServicePages"]
