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
    """``AdminClient("http://127.0.0.1:PORT").call("add_fault", action="*", drop="after")``."""

    def __init__(self, endpoint: str, timeout: float = 10.0) -> None:
        self.endpoint = endpoint.rstrip("/")
        self.timeout = timeout

    def call(self, operation: str, **arguments: Any) -> Any:
        request = urllib.request.Request(
            f"{self.endpoint}{ADMIN_PREFIX}{operation}",
            data=json.dumps(arguments).encode("utf-8"),
            method="POST",
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                return json.loads(answer.read())["result"]
        except urllib.error.HTTPError as exc:
            raise AdminError(json.loads(exc.read()).get("error", str(exc))) from None
