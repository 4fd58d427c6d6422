"""Temporary credentials that renew themselves before they expire.

``RefreshingCredentials`` caches what a provider's ``_fetch`` returned and decides when to fetch
again; the providers (``_cvm_role``, ``_sts_credentials``) only know how to ask their service.

* ``refresh_margin`` seconds before the credentials expire, the next ``get()`` refreshes them.
  Callers that arrive while that refresh runs keep using the current credentials: nobody waits
  while they are still valid. An async client refreshes in a worker thread in the background.
* Credentials count as expired ``EXPIRY_SKEW`` seconds before their stated time, for clocks that
  disagree and requests in transit. Once expired, callers wait for the one refresh in flight.
* One refresh at a time per provider, across threads (a lock) and tasks (one shared future per
  event loop): 64 tasks that find the credentials expired cause one request to the service.
* A failed refresh while the credentials are still valid is logged at WARNING and the current
  credentials are used; the next attempt waits ``RETRY_PAUSE`` seconds, so a failing service is
  not asked on every call. With expired credentials, the failure raises ``CredentialsError``
  naming the provider.
* Credentials that live shorter than twice the margin are refreshed halfway through their life,
  so a margin longer than the lifetime never means a fetch per call.

No log line or error here holds a key or a token: they name the provider and the expiry time.
"""

from __future__ import annotations

import math
import threading
import time
from typing import TYPE_CHECKING

from . import _exceptions as errors
from ._credentials import Credentials

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Callable

DEFAULT_REFRESH_MARGIN = 300.0
EXPIRY_SKEW = 10.0
RETRY_PAUSE = 10.0


class RefreshingCredentials:
    """The cache and refresh rules shared by every provider of temporary credentials.

    Subclasses set ``name`` (how errors and logs name them) and implement ``_fetch``: a blocking
    call returning ``Credentials`` with ``expires_at`` set, raising ``CredentialsError``.
    """

    name = "temporary credentials"

    def __init__(
        self,
        *,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if (
            isinstance(refresh_margin, bool)
            or not isinstance(refresh_margin, int | float)
            or not math.isfinite(refresh_margin)
            or refresh_margin < 0
        ):
            raise errors.CredentialsError(
                f"refresh_margin: expected a finite number of seconds ≥ 0, got {refresh_margin!r}"
            )
        self.refresh_margin = float(refresh_margin)
        self._clock = clock
        self._lock = threading.Lock()
        self._current: Credentials | None = None
        self._refresh_at = 0.0  # when the current credentials are due for a refresh
        self._retry_at = 0.0  # after a failed refresh: not before then, while still valid
        self._pending: tuple[asyncio.AbstractEventLoop, asyncio.Future[Credentials]] | None = None
        self.refreshes = 0  # successful fetches, for monitoring and tests

    def _fetch(self) -> Credentials:
        raise NotImplementedError

    def get(self) -> Credentials:
        """Valid credentials: the cached ones, or fetched now when due. Raises CredentialsError."""
        current = self._current
        now = self._clock()
        if current is not None and now < self._refresh_at:
            return current
        if current is not None and self._valid(current, now):
            # Due, still valid: refresh unless someone else is; never wait for them.
            if not self._lock.acquire(blocking=False):
                return current
        else:
            self._lock.acquire()
        try:
            return self._refresh()
        finally:
            self._lock.release()

    async def get_async(self) -> Credentials:
        """``get()`` for the event loop: the fetch runs in a worker thread, one per loop at a time,
        and tasks wait for it only when the credentials they hold have expired."""
        import asyncio

        current = self._current
        now = self._clock()
        if current is not None and now < self._refresh_at:
            return current
        usable = current if current is not None and self._valid(current, now) else None
        if usable is not None and now < self._retry_at:
            return usable  # a refresh failed moments ago; not yet time to try again
        loop = asyncio.get_running_loop()
        pending = self._pending
        if pending is None or pending[0] is not loop or pending[1].done():
            future = loop.run_in_executor(None, self.get)
            future.add_done_callback(_retrieve)
            pending = self._pending = (loop, future)
        if usable is not None:
            return usable
        return await asyncio.shield(pending[1])

    def _refresh(self) -> Credentials:
        """Under the lock: fetch, unless another caller just did or a failure is too recent."""
        current = self._current
        now = self._clock()
        if current is not None and now < self._refresh_at:
            return current
        valid = current is not None and self._valid(current, now)
        if current is not None and valid and now < self._retry_at:
            return current
        try:
            fresh = self._checked(self._fetch(), now)
        except errors.CredentialsError as error:
            if current is not None and self._valid(current, self._clock()):
                self._retry_at = now + RETRY_PAUSE
                _warn(self, current, error)
                return current
            raise self._expired(current, error) from None
        self._current = fresh
        self._refresh_at = self._due_time(fresh, now)
        self._retry_at = 0.0
        self.refreshes += 1
        return fresh

    def _checked(self, fresh: object, now: float) -> Credentials:
        if not isinstance(fresh, Credentials):
            raise errors.CredentialsError(
                f"{self.name}: returned {type(fresh).__name__}, not Credentials"
            )
        if not self._valid(fresh, now):
            raise errors.CredentialsError(
                f"{self.name}: the new credentials expire at {expiry_text(fresh.expires_at)}, "
                f"which is already past (is the clock right?)"
            )
        return fresh

    def _due_time(self, fresh: Credentials, now: float) -> float:
        if fresh.expires_at is None:
            return math.inf
        lifetime = fresh.expires_at - now
        due = now + max(lifetime - self.refresh_margin, lifetime / 2)
        return min(due, fresh.expires_at - EXPIRY_SKEW)

    def _valid(self, credentials: Credentials, now: float) -> bool:
        expires_at = credentials.expires_at
        return expires_at is None or now < expires_at - EXPIRY_SKEW

    def _expired(
        self, current: Credentials | None, error: errors.CredentialsError
    ) -> errors.CredentialsError:
        if current is None:
            return error
        return errors.CredentialsError(
            f"{self.name}: the credentials expired at {expiry_text(current.expires_at)} "
            f"and could not be refreshed: {error}"
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def _retrieve(future: asyncio.Future[Credentials]) -> None:
    """Marks a background refresh's failure as seen: the caller that needs it awaits it."""
    if not future.cancelled():
        future.exception()


def expiry_text(expires_at: float | None) -> str:
    """An expiry for messages: UTC to the second, or ``never``."""
    if expires_at is None:
        return "never"
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(expires_at))


def _warn(provider: RefreshingCredentials, current: Credentials, error: Exception) -> None:
    import logging

    from ._base import LOGGER_NAME

    logging.getLogger(LOGGER_NAME).warning(
        "%s: refresh failed, using the current credentials until %s: %s",
        provider.name,
        expiry_text(current.expires_at),
        error,
    )
