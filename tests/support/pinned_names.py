"""Host names that resolve to a loopback server, and no others, for the length of a test.

Both clients look names up with ``socket.getaddrinfo`` (the sync transport directly, the async one
through the event loop's ``getaddrinfo``). ``pin_names`` replaces it: a pinned name resolves to
``127.0.0.1`` and the port of a test server, whatever port was asked for; an address literal is
looked up as usual; any other name fails to resolve, so a test never reaches the internet.
"""

from __future__ import annotations

import socket
from collections.abc import Mapping
from typing import Any

import pytest

LOOPBACK = "127.0.0.1"


class PinnedNames:
    """The names (not address literals) looked up while pinned, with the port asked for."""

    def __init__(self, ports: Mapping[str, int]) -> None:
        self.ports = dict(ports)
        self.lookups: list[tuple[str, int]] = []


def pin_names(monkeypatch: pytest.MonkeyPatch, ports: Mapping[str, int]) -> PinnedNames:
    """Resolves each name of ``ports`` to ``127.0.0.1`` and its port until the test ends."""
    pinned = PinnedNames(ports)
    real_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(
        host: Any, port: Any, family: int = 0, type: int = 0, proto: int = 0, flags: int = 0
    ) -> list[Any]:
        name = host.decode("ascii") if isinstance(host, bytes) else str(host)
        if _is_address(name):
            return real_getaddrinfo(host, port, family, type, proto, flags)
        pinned.lookups.append((name, int(port)))
        if name in pinned.ports:
            address = (LOOPBACK, pinned.ports[name])
            return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", address)]
        raise socket.gaierror(socket.EAI_NONAME, f"{name} is not pinned to loopback in this test")

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return pinned


def _is_address(name: str) -> bool:
    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            socket.inet_pton(family, name)
        except OSError:
            continue
        return True
    return False
