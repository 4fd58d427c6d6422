# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""A local emulator of Short Message Service API 2021-01-11, for tests and development.

    from tcsms.emulator import Emulator

    with Emulator(auto_approve=True) as emulator, emulator.client() as client:
        ...  # client talks to the emulator over loopback HTTP

Or from a shell: ``python -m tcsms.emulator --port 0`` prints its URL first.
Requests are checked as the service checks them (signatures, versions, regions, parameters,
documented constraints and rate limits) and answered with the documented codes. What the service
does with a request is its overlay's (state in SQLite); an action without behaviour of its own
answers its documented example. ``emulator.admin`` (or ``POST /_admin/<operation>``) adds faults,
counts requests and runs the overlay's operations.
"""

from tcsms.emulator.admin import Admin, AdminError
from tcsms.emulator.admin_client import AdminClient
from tcsms.emulator.api_error import ApiError
from tcsms.emulator.faults import Fault
from tcsms.emulator.server import DEFAULT_SECRET_ID, DEFAULT_SECRET_KEY, Emulator

__all__ = [
    "DEFAULT_SECRET_ID",
    "DEFAULT_SECRET_KEY",
    "Admin",
    "AdminClient",
    "AdminError",
    "ApiError",
    "Emulator",
    "Fault",
]
