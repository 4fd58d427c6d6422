"""One call through the sync or the async client, so a test states its case once for both."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Any, Literal

from support.sms_calls import SECRET_ID, SECRET_KEY
from tcsms import AsyncSmsClient, CallOptions, SmsClient

Kind = Literal["sync", "async"]
KINDS: list[Kind] = ["sync", "async"]


@dataclass
class Outcome:
    """What one call gave: its result or its error, and how long it took."""

    result: Any
    error: BaseException | None
    seconds: float


def make_client(kind: Kind, endpoint: str, **settings: Any) -> SmsClient | AsyncSmsClient:
    settings.setdefault("secret_id", SECRET_ID)
    settings.setdefault("secret_key", SECRET_KEY)
    client_class = SmsClient if kind == "sync" else AsyncSmsClient
    return client_class(endpoint=endpoint, **settings)


def call_once(
    kind: Kind,
    endpoint: str,
    method: str,
    arguments: dict[str, Any],
    *,
    options: CallOptions | None = None,
    **settings: Any,
) -> Outcome:
    """Makes a client with ``settings``, calls ``method`` once, closes the client."""
    extra = {} if options is None else {"options": options}
    if kind == "sync":
        sync_client = make_client(kind, endpoint, **settings)
        assert isinstance(sync_client, SmsClient)
        with sync_client as client:
            started = time.monotonic()
            try:
                result = getattr(client, method)(**arguments, **extra)
            except Exception as error:
                return Outcome(None, error, time.monotonic() - started)
            return Outcome(result, None, time.monotonic() - started)

    async def scenario() -> Outcome:
        client = make_client(kind, endpoint, **settings)
        assert isinstance(client, AsyncSmsClient)
        async with client:
            started = time.monotonic()
            try:
                result = await getattr(client, method)(**arguments, **extra)
            except Exception as error:
                return Outcome(None, error, time.monotonic() - started)
            return Outcome(result, None, time.monotonic() - started)

    return asyncio.run(scenario())


def error_text(error: BaseException) -> str:
    """str and repr of an error and of every error in its chain (cause and context)."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts += [str(current), repr(current), repr(current.args)]
        current = current.__cause__ or current.__context__
    return "\n".join(parts)
