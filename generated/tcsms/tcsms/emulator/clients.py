# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""This package's client classes, for the emulator's ``client()`` and ``async_client()``.

Imported on first use: starting an emulator does not load the clients.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..async_client import AsyncSmsClient as AsyncClient
    from ..client import SmsClient as SyncClient

__all__ = ["AsyncClient", "SyncClient", "async_client_class", "sync_client_class"]


def sync_client_class() -> type[SyncClient]:
    from ..client import SmsClient

    return SmsClient


def async_client_class() -> type[AsyncClient]:
    from ..async_client import AsyncSmsClient

    return AsyncSmsClient
