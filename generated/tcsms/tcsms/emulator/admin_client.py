# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/emulator/admin_client.py; edit it there.
"""Drives the admin API of an emulator in another process, over HTTP."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

from .admin import ADMIN_PREFIX, AdminError

__all__ = ["AdminClient"]


class AdminClient:
    """``AdminClient("http://127.0.0.1:PORT").call("add_fault", action="*", drop="after")``.

    ``token`` is the emulator's ``--admin-token``, sent as ``Authorization: Bearer``. Requests go
    straight to the emulator, never through a proxy from the environment.
    """

    def __init__(self, endpoint: str, timeout: float = 10.0, token: str | None = None) -> None:
        self.endpoint = endpoint.rstrip("/")
        self.timeout = timeout
        self._token = token
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def __repr__(self) -> str:
        token = ", token=<set>" if self._token is not None else ""
        return f"AdminClient({self.endpoint!r}{token})"

    def call(self, operation: str, **arguments: Any) -> Any:
        headers = {"Content-Type": "application/json"}
        if self._token is not None:
            headers["Authorization"] = f"Bearer {self._token}"
        request = urllib.request.Request(
            f"{self.endpoint}{ADMIN_PREFIX}{operation}",
            data=json.dumps(arguments).encode("utf-8"),
            method="POST",
            headers=headers,
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as answer:
                return json.loads(answer.read())["result"]
        except urllib.error.HTTPError as exc:
            raise AdminError(_problem(exc)) from None


def _problem(error: urllib.error.HTTPError) -> str:
    """The ``error`` of an admin answer, or the HTTP status when the body is not one."""
    try:
        document = json.loads(error.read())
    except ValueError:
        document = None
    problem = document.get("error") if isinstance(document, dict) else None
    return problem if isinstance(problem, str) else str(error)
