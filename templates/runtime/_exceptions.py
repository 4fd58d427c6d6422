"""The base exception classes; ``errors`` adds a class per documented code.

Runtime modules raise these without importing the full table of codes, which keeps import fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from ._core import RawResponse


# Appended to the message when ``records_may_be_lost`` is set.
RECORDS_MAY_BE_LOST = (
    "records may have been handed out and lost: the action hands each record out once and the"
    " request may have reached the service, so it was not sent again"
)


class TencentCloudError(Exception):
    """Base class of every error this package raises.

    ``records_may_be_lost`` is True when the call was to an action that hands each record out once
    (a queue pull) and its request may have reached the service: the records it took are gone.
    """

    attempts: int = 1
    records_may_be_lost: bool = False

    def __str__(self) -> str:
        text = self._describe()
        return f"{text}; {RECORDS_MAY_BE_LOST}" if self.records_may_be_lost else text

    def _describe(self) -> str:
        return super().__str__()


class ClientError(TencentCloudError):
    """The request failed on this side of the network."""


class ValidationProblem(NamedTuple):
    """One problem of a ValidationError: the ``argument`` it is about (``phone_number_set``; ""
    when it is about several, or about no argument of a call, as in a callback body), where
    (``path``: ``phone_number_set[1]``, ``filter.tags[0].key``, ``[1].sid``) and what is wrong
    (``message``). Its text is ``path: message``."""

    argument: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ValidationError(ClientError, ValueError):
    """Arguments that break the spec's constraints; nothing was sent. ``details`` lists them
    (ValidationProblem), ``problems`` as text (``phone_number_set[1]: ...``)."""

    def __init__(self, problems: Sequence[str | ValidationProblem]) -> None:
        self.details = tuple(
            problem if isinstance(problem, ValidationProblem) else _validation_problem(problem)
            for problem in problems
        )
        self.problems = tuple(map(str, self.details))
        super().__init__("invalid request: " + "; ".join(self.problems))


def _validation_problem(text: str) -> ValidationProblem:
    # The problems of arguments start with the path of what they are about and ": ".
    path, colon, message = text.partition(": ")
    argument = path.partition("[")[0].partition(".")[0]
    if not colon or not argument.isidentifier():
        return ValidationProblem("", "", text)
    return ValidationProblem(argument, path, message)


class CredentialsError(ClientError):
    """No usable credentials were found, or a provider could not give any; the message names
    the provider and never holds a secret."""


class CredentialsServiceError(CredentialsError):
    """The credentials service refused: STS's ``Response.Error``, or a metadata ``Code`` other
    than ``Success``. ``code`` and ``request_id`` are the service's (``request_id`` None when it
    sent none)."""

    def __init__(self, message: str, *, code: str, request_id: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.request_id = request_id


class JournalError(ClientError):
    """A bulk send's journal cannot be used: unreadable, in use by another run, or the journal of
    another list or other arguments. Raised before anything is sent."""


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
    """The service answered with something that is not a valid response of this API.

    ``http_response`` keeps what came back (status, headers, body), so nothing the service said is
    lost: a processed call's serial numbers can still be read from it.
    """

    def __init__(
        self,
        message: str,
        *,
        request_id: str | None = None,
        http_response: RawResponse | None = None,
        http_status: int | None = None,
    ) -> None:
        super().__init__(message)
        self.request_id = request_id
        self.http_response = http_response
        self.http_status = http_response.status if http_response is not None else http_status


class ResponseTooLargeError(ResponseParseError):
    """The answer's body was longer than ``max_response_bytes``; reading it was stopped.

    A ResponseParseError, not a NetworkError: the request reached the service and an answer came
    back, just not one this API sends, so it is retried no more than an unreadable answer would be
    (never for an action that is not idempotent). ``http_response`` has the status and headers;
    its body is empty, since the answer was not kept.
    """


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
        http_response: RawResponse | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code if code is not None else type(self).code
        self.message = message
        self.request_id = request_id
        self.http_response = http_response
        self.http_status = http_response.status if http_response is not None else http_status

    def _describe(self) -> str:
        return f"[{self.code}] {self.message} (request id: {self.request_id})"
