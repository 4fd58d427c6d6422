# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/_cvm_role.py; edit it there.
"""Temporary credentials of the CAM role bound to this CVM instance, from its metadata service.

``CvmRoleCredentials`` asks the instance metadata service, over plain HTTP and never through a
proxy: ``GET /latest/meta-data/cam/security-credentials/`` names the role bound to the instance,
``GET /latest/meta-data/cam/security-credentials/<role>`` gives its credentials.
``RefreshingCredentials`` (``_refresh``) caches the answer and asks again before it expires; the
STS roles are in ``_sts_credentials``.

No error, repr or log record holds a secret key or a token: they name the provider, the role and
the endpoint.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from . import _exceptions as errors
from ._core import PreparedRequest, RawResponse
from ._credential_services import (
    check_text,
    check_timeout,
    endpoint_argument,
    json_object,
    log_fetched,
    open_transport,
    parse_credentials,
    quoted,
    send,
)
from ._credentials import Credentials
from ._refresh import DEFAULT_REFRESH_MARGIN, RefreshingCredentials

if TYPE_CHECKING:
    from collections.abc import Callable

    from ._transport import SyncTransport

METADATA_ENDPOINT = "http://metadata.tencentyun.com"
ROLES_PATH = "/latest/meta-data/cam/security-credentials/"
METADATA_TIMEOUT = 1.0  # the service is on the instance's own network: it answers in milliseconds


class CvmRoleCredentials(RefreshingCredentials):
    """The credentials of the CAM role bound to this CVM instance, from its metadata service.

    Without ``role``, the role's name is asked of the metadata service (the first line of
    ``GET /latest/meta-data/cam/security-credentials/``) and kept; it is asked again when the
    service no longer knows it (the instance's role was changed). The credentials answer's
    ``TmpSecretId``, ``TmpSecretKey``, ``Token`` and ``ExpiredTime`` (Unix seconds) are used when
    its ``Code`` is ``Success``.

    ``metadata_endpoint`` is the service's address (default ``METADATA_ENDPOINT``,
    ``http://metadata.tencentyun.com`` as in the official SDK); it is never reached through a
    proxy. ``timeout`` bounds each request in seconds.
    """

    name = "CVM role"

    def __init__(
        self,
        role: str | None = None,
        *,
        metadata_endpoint: str | None = None,
        timeout: float = METADATA_TIMEOUT,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(refresh_margin=refresh_margin, clock=clock)
        if role is not None:
            check_text(self.name, "role", role)
        self.role = role
        if metadata_endpoint is None:
            metadata_endpoint = METADATA_ENDPOINT  # read now: tests point it elsewhere
        self.endpoint = endpoint_argument(self.name, "metadata_endpoint", metadata_endpoint)
        self.timeout = check_timeout(self.name, timeout)
        self._found_role: str | None = None  # the name the service gave, when ``role`` is None

    def _fetch(self) -> Credentials:
        transport = open_transport(self.endpoint, self.timeout)
        try:
            role, fresh = self.role, False
            if role is None:
                role, fresh = self._found_role, False
                if role is None:
                    role, fresh = self._discover(transport), True
            answer = self._get(transport, ROLES_PATH + _path_segment(role), f"role {role!r}")
            if answer.status == 404 and self.role is None and not fresh:
                self._found_role = None  # the instance's role changed: ask for its name again
                role = self._discover(transport)
                answer = self._get(transport, ROLES_PATH + _path_segment(role), f"role {role!r}")
        finally:
            transport.close()
        credentials = self._parse(answer, role)
        log_fetched(self.name, f"role {role!r}", credentials)
        return credentials

    def _discover(self, transport: SyncTransport) -> str:
        answer = self._get(transport, ROLES_PATH, "the role name")
        if answer.status == 404:
            raise self._no_role()
        if answer.status != 200:
            raise errors.CredentialsError(
                f"{self.name}: {self._url(ROLES_PATH)} answered HTTP {answer.status} "
                "when asked for the instance's role"
            )
        try:
            text = answer.body.decode("utf-8")
        except UnicodeDecodeError:
            raise errors.CredentialsError(
                f"{self.name}: {self._url(ROLES_PATH)} answered a role name that is not UTF-8"
            ) from None
        lines = text.strip().splitlines()
        role = lines[0].strip() if lines else ""
        if not role:
            raise self._no_role()
        self._found_role = role
        return role

    def _no_role(self) -> errors.CredentialsError:
        return errors.CredentialsError(
            f"{self.name}: the instance has no CAM role bound "
            f"({self._url(ROLES_PATH)} lists none); bind one in the CVM console"
        )

    def _get(self, transport: SyncTransport, path: str, what: str) -> RawResponse:
        request = PreparedRequest(
            "metadata", "GET", path, {"Host": self.endpoint.host_header, "Accept": "*/*"}, b""
        )
        return send(self.name, transport, request, f"asking the metadata service for {what}")

    def _parse(self, answer: RawResponse, role: str) -> Credentials:
        url = self._url(ROLES_PATH + _path_segment(role))
        if answer.status == 404:
            raise errors.CredentialsError(
                f"{self.name}: the metadata service has no credentials for role {role!r} "
                f"({url} answered HTTP 404); is it the role bound to this instance?"
            )
        if answer.status != 200:
            raise errors.CredentialsError(f"{self.name}: {url} answered HTTP {answer.status}")
        document = json_object(answer.body)
        if document is None:
            raise errors.CredentialsError(f"{self.name}: {url} answered something not JSON")
        code = document.get("Code")
        if code != "Success":
            shown = quoted(code) if isinstance(code, str) else "none"
            raise errors.CredentialsServiceError(
                f"{self.name}: the metadata service answered Code {shown} for role {role!r}",
                code=code if isinstance(code, str) else "",
            )
        return parse_credentials(self.name, document, document, f"the credentials of role {role!r}")

    def _url(self, path: str) -> str:
        return self.endpoint.url.rstrip("/") + path

    def __repr__(self) -> str:
        role = repr(self.role) if self.role is not None else "None"
        found = f", found_role={self._found_role!r}" if self._found_role is not None else ""
        return (
            f"CvmRoleCredentials(role={role}{found}, "
            f"metadata_endpoint={self.endpoint.url.rstrip('/')!r})"
        )


def _path_segment(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")
