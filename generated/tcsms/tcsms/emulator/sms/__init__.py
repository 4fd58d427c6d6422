# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""What SMS adds to the generic emulator: its state tables, the actions with behaviour of their
own, the admin operations, how the service reads phone numbers, and the inbox pages.

``tcsms.emulator.overlay`` takes exactly these names from here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tcsms.emulator.sms import phone_numbers
from tcsms.emulator.sms.admin import SmsAdmin as ServiceAdmin
from tcsms.emulator.sms.handlers import HANDLERS
from tcsms.emulator.sms.inbox import InboxPages
from tcsms.emulator.sms.state import SCHEMA
from tcsms.emulator.web import Pages

__all__ = ["FORMAT_CHECKS", "HANDLERS", "SCHEMA", "ServiceAdmin", "ServicePages"]


def _phone_number_problem(value: Any) -> str | None:
    # The service reads numbers in several forms (the client sends them as given, unchecked).
    return None if phone_numbers.normalise(value) else f"{value!r} is not a phone number"


FORMAT_CHECKS: dict[str, Callable[[Any], str | None]] = {"phone_number": _phone_number_problem}

# The inbox: GET /_inbox, every message sent, with the review and delivery actions.
ServicePages: Callable[[ServiceAdmin, str | None], Pages] | None = InboxPages
