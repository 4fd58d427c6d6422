# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""What this service adds to the generic emulator: its overlay, as the spec names it.

``SCHEMA`` creates the state tables, ``HANDLERS`` answers the actions that have behaviour of their
own (every other action answers its documented example), ``ServiceAdmin`` is ``emulator.admin``
with the service's operations, and ``FORMAT_CHECKS`` read values of a documented format the way
the service does, where the client leaves them unchecked.
"""

from __future__ import annotations

from tcsms.emulator.sms import (
    FORMAT_CHECKS,
    HANDLERS,
    SCHEMA,
    ServiceAdmin,
)

__all__ = ["FORMAT_CHECKS", "HANDLERS", "SCHEMA", "ServiceAdmin"]
