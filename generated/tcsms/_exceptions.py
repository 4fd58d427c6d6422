# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The base exception classes; ``errors`` adds a class per documented code.

Runtime modules raise these without importing the full table of codes, which keeps import fast.
"""

from __future__ import annotations

from collections.abc import Sequence


class TencentCloudError(Exception):
    """Base class of every error this package raises."""

    attempts: int = 1


class ClientError(TencentCloudError):
    """The request failed on this side of the network."""


class ValidationError(ClientError, ValueError):
    """Arguments that break the spec's constraints; nothing was sent. ``problems`` lists them."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("invalid request: " + "; ".join(self.problems))


class CredentialsError(ClientError):
    """No usable credentials were found."""


class NetworkError(ClientError):
    """The service could not be reached or the connection failed.

    ``request_sent`` tells whether any of the request may have reached the service: False for a
    refused connection, a failed DNS lookup or a connect timeout; True once it was being written.
    """

    def __init__(self, message: str, *, request_sent: bool) -> None:
        super().__init__(message)
        self.request_sent = request_sent


class RequestTimeoutError(NetworkError):
    """The service did not answer in time (``request_sent`` says whether it was connected)."""


class ResponseParseError(ClientError):
    """The service answered with something that is not a valid response of this API."""

    def __init__(
        self, message: str, *, request_id: str | None = None, http_status: int | None = None
    ):
        super().__init__(message)
        self.request_id = request_id
        self.http_status = http_status


class ServerError(TencentCloudError):
    """An error the service returned in ``Response.Error``.

    ``retryable`` says what the code tells about the request: ``"not_processed"`` (safe to retry
    any action), ``"maybe_processed"`` (retry only idempotent actions) or ``"never"``.
    """

    code: str = ""
    aliases: tuple[str, ...] = ()
    description: str = "An error returned by the service."
    retryable: str = "never"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        request_id: str | None = None,
        http_status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code if code is not None else type(self).code
        self.message = message
        self.request_id = request_id
        self.http_status = http_status

    def __str__(self) -> str:
        return f"[{self.code}] {self.message} (request id: {self.request_id})"
