"""Role credentials from STS: ``AssumeRole`` and ``AssumeRoleWithWebIdentity`` (OIDC, TKE).

* ``StsAssumeRoleCredentials`` calls ``AssumeRole`` (API version 2018-08-13), signed with
  TC3-HMAC-SHA256 by long-lived credentials from another provider.
* ``OidcRoleArnCredentials`` calls ``AssumeRoleWithWebIdentity``, which is not signed: the request
  carries ``Authorization: SKIP`` and the identity provider's token in its body.
  ``from_tke_environment`` reads the variables a TKE pod with a service account role is given.

The endpoint (``sts.tencentcloudapi.com``), the AssumeRole region (``ap-guangzhou``) and the
duration (7200 s) default to the official SDK's. No error, repr or log record holds a key, a
token or the web identity token.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import _exceptions as errors
from ._core import PreparedRequest, RequestBuilder, parse_envelope
from ._credential_services import (
    check_text,
    check_timeout,
    endpoint_argument,
    log_fetched,
    open_transport,
    parse_credentials,
    quoted,
    send,
)
from ._credentials import Credentials
from ._proxy import FROM_ENVIRONMENT, ProxyArgument, proxy_for
from ._refresh import DEFAULT_REFRESH_MARGIN, RefreshingCredentials

if TYPE_CHECKING:
    from collections.abc import Callable

    from ._credentials import CredentialsProvider

STS_ENDPOINT = "sts.tencentcloudapi.com"
STS_REGION = "ap-guangzhou"  # the region the official SDK sends AssumeRole to
STS_SERVICE = "sts"
STS_VERSION = "2018-08-13"
STS_TIMEOUT = 10.0
DEFAULT_DURATION = 7200  # seconds; STS's own default
MAX_DURATION = 43200

TKE_REGION = "TKE_REGION"
TKE_PROVIDER_ID = "TKE_PROVIDER_ID"
TKE_WEB_IDENTITY_TOKEN_FILE = "TKE_WEB_IDENTITY_TOKEN_FILE"
TKE_ROLE_ARN = "TKE_ROLE_ARN"
TKE_VARIABLES = (TKE_REGION, TKE_PROVIDER_ID, TKE_WEB_IDENTITY_TOKEN_FILE, TKE_ROLE_ARN)

_PACKAGE = __name__.partition(".")[0]


class _StsRoleCredentials(RefreshingCredentials):
    """What the two STS providers share: the endpoint, the call and the answer's parsing."""

    action = ""

    def __init__(
        self,
        *,
        role_arn: str,
        role_session_name: str | None,
        region: str,
        duration_seconds: int,
        endpoint: str | None,
        timeout: float,
        proxy: ProxyArgument,
        refresh_margin: float,
        clock: Callable[[], float],
    ) -> None:
        super().__init__(refresh_margin=refresh_margin, clock=clock)
        check_text(self.name, "role_arn", role_arn)
        if role_session_name is not None:
            check_text(self.name, "role_session_name", role_session_name)
        check_text(self.name, "region", region)
        if (
            isinstance(duration_seconds, bool)
            or not isinstance(duration_seconds, int)
            or not 0 < duration_seconds <= MAX_DURATION
        ):
            raise errors.CredentialsError(
                f"{self.name}: duration_seconds: expected whole seconds from 1 to "
                f"{MAX_DURATION}, got {duration_seconds!r}"
            )
        self.role_arn = role_arn
        self.role_session_name = role_session_name
        self.region = region
        self.duration_seconds = duration_seconds
        if endpoint is None:
            endpoint = STS_ENDPOINT  # read now, like the metadata service's: tests point it here
        self.endpoint = endpoint_argument(self.name, "endpoint", endpoint)
        self.timeout = check_timeout(self.name, timeout)
        try:
            self.proxy = proxy_for(self.endpoint, proxy)
        except errors.ValidationError as error:
            raise errors.CredentialsError(f"{self.name}: {'; '.join(error.problems)}") from None

    def _session_name(self) -> str:
        """The given session name, else one made per request, as the official SDK does."""
        if self.role_session_name is not None:
            return self.role_session_name
        return f"{_PACKAGE}-{int(time.time() * 1e6)}"

    def _call(self, request: PreparedRequest) -> Credentials:
        """Sends an STS request; the answer's credentials, or CredentialsError."""
        transport = open_transport(self.endpoint, self.timeout, self.proxy)
        try:
            answer = send(self.name, transport, request, f"calling STS {self.action}")
        finally:
            transport.close()
        what = f"{self.action} for role {self.role_arn!r}"
        refused: errors.ServerError | None = None
        try:
            response = parse_envelope(answer)
        except errors.ServerError as error:
            refused = error
        except errors.ResponseParseError:
            response = None
        # Raised outside the handlers, so that no chained error carries the answer's body.
        if refused is not None:
            raise errors.CredentialsServiceError(
                f"{self.name}: STS refused {what}: [{refused.code}] {quoted(refused.message)} "
                f"(request id: {refused.request_id})",
                code=refused.code,
                request_id=refused.request_id,
            )
        if response is None:
            raise errors.CredentialsError(
                f"{self.name}: {self.endpoint.url.rstrip('/')} answered {what} with "
                f"HTTP {answer.status} and a body that is not an STS response"
            )
        nested = response.get("Credentials")
        if not isinstance(nested, dict):
            nested = {}
        credentials = parse_credentials(
            self.name, nested, response, what, response.get("RequestId")
        )
        log_fetched(self.name, f"role {self.role_arn!r}", credentials)
        return credentials

    def _settings(self) -> str:
        session = (
            f", role_session_name={self.role_session_name!r}"
            if self.role_session_name is not None
            else ""
        )
        return (
            f"role_arn={self.role_arn!r}{session}, region={self.region!r}, "
            f"duration_seconds={self.duration_seconds}, endpoint={self.endpoint.url.rstrip('/')!r}"
            + (f", proxy={self.proxy.url!r}" if self.proxy is not None else "")
        )


class StsAssumeRoleCredentials(_StsRoleCredentials):
    """Credentials of ``role_arn`` from STS ``AssumeRole``, signed by long-lived credentials.

    ``source`` gives the credentials that sign (any provider: ``Credentials``, a profile's, even
    another role's); ``secret_id``/``secret_key`` are a shorthand for fixed ones, as in the
    official SDK; with neither, the default chain signs (environment, profile file, instance
    role), as ``tccli --role-arn`` does. ``policy`` narrows the role's permissions: a mapping is
    sent as URL-encoded JSON, a string as it is (already URL-encoded, as STS asks).
    ``external_id`` is sent when the role's trust policy asks for one.

    Defaults follow the official SDK: ``sts.tencentcloudapi.com``, region ``ap-guangzhou``,
    7200 seconds. ``timeout`` bounds each request in seconds. ``proxy`` is read from the
    environment (``https_proxy``, ``no_proxy``, ...) unless given: a URL, or None for none.
    """

    name = "STS AssumeRole"
    action = "AssumeRole"

    def __init__(
        self,
        role_arn: str,
        role_session_name: str,
        *,
        source: CredentialsProvider | None = None,
        secret_id: str | None = None,
        secret_key: str | None = None,
        duration_seconds: int = DEFAULT_DURATION,
        region: str = STS_REGION,
        endpoint: str | None = None,
        policy: str | Mapping[str, Any] | None = None,
        external_id: str | None = None,
        timeout: float = STS_TIMEOUT,
        proxy: ProxyArgument = FROM_ENVIRONMENT,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(
            role_arn=role_arn,
            role_session_name=role_session_name,
            region=region,
            duration_seconds=duration_seconds,
            endpoint=endpoint,
            timeout=timeout,
            proxy=proxy,
            refresh_margin=refresh_margin,
            clock=clock,
        )
        self.source = self._source(source, secret_id, secret_key)
        self._policy = _policy(self.name, policy)
        if external_id is not None:
            check_text(self.name, "external_id", external_id)
        self.external_id = external_id
        self._builder = RequestBuilder(
            region, self.endpoint, service=STS_SERVICE, version=STS_VERSION
        )

    def _source(
        self, source: CredentialsProvider | None, secret_id: str | None, secret_key: str | None
    ) -> CredentialsProvider:
        if source is not None:
            if secret_id is not None or secret_key is not None:
                raise errors.CredentialsError(
                    f"{self.name}: pass either source or secret_id/secret_key, not both"
                )
            if not callable(getattr(source, "get", None)):
                raise errors.CredentialsError(
                    f"{self.name}: source: expected a provider with a get() method, "
                    f"got {type(source).__name__}"
                )
            return source
        if secret_id is None and secret_key is None:
            # Like tccli's --role-arn: signed by the keys the environment or profile give.
            from ._providers import DefaultCredentialsChain

            return DefaultCredentialsChain()
        if secret_id is None or secret_key is None:
            raise errors.CredentialsError(
                f"{self.name}: pass both secret_id and secret_key, or a source"
            )
        check_text(self.name, "secret_id", secret_id)
        check_text(self.name, "secret_key", secret_key)
        return Credentials(secret_id, secret_key)

    def _fetch(self) -> Credentials:
        from ._providers import current_credentials

        try:
            signing = current_credentials(self.source)
        except errors.CredentialsError as error:
            raise errors.CredentialsError(
                f"{self.name}: the source credentials failed: {error}"
            ) from None
        payload: dict[str, Any] = {
            "RoleArn": self.role_arn,
            "RoleSessionName": self._session_name(),
            "DurationSeconds": self.duration_seconds,
        }
        if self._policy is not None:
            payload["Policy"] = self._policy
        if self.external_id is not None:
            payload["ExternalId"] = self.external_id
        try:
            request = self._builder.prepare(self.action, payload, signing)
        except errors.ValidationError as error:
            raise errors.CredentialsError(f"{self.name}: {error}") from None
        return self._call(request)

    def __repr__(self) -> str:
        policy = ", policy=<set>" if self._policy is not None else ""
        external = f", external_id={self.external_id!r}" if self.external_id is not None else ""
        source = type(self.source).__name__
        return f"StsAssumeRoleCredentials({self._settings()}{policy}{external}, source={source})"


class OidcRoleArnCredentials(_StsRoleCredentials):
    """Credentials of ``role_arn`` from STS ``AssumeRoleWithWebIdentity`` for an OIDC token.

    The token comes from ``web_identity_token_file``, read again before each request (a cluster
    rotates it), or is given as ``web_identity_token``. The request is not signed: it sends
    ``Authorization: SKIP``, as the official SDK does, to ``endpoint`` in ``region``. Without
    ``role_session_name`` each request gets a new one, ``<package>-<microseconds>``.

    ``from_tke_environment`` builds one from the variables TKE sets in a pod. ``proxy`` is as
    for ``StsAssumeRoleCredentials``.
    """

    name = "OIDC role"
    action = "AssumeRoleWithWebIdentity"

    def __init__(
        self,
        *,
        region: str,
        provider_id: str,
        role_arn: str,
        web_identity_token_file: str | os.PathLike[str] | None = None,
        web_identity_token: str | None = None,
        role_session_name: str | None = None,
        duration_seconds: int = DEFAULT_DURATION,
        endpoint: str | None = None,
        timeout: float = STS_TIMEOUT,
        proxy: ProxyArgument = FROM_ENVIRONMENT,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(
            role_arn=role_arn,
            role_session_name=role_session_name,
            region=region,
            duration_seconds=duration_seconds,
            endpoint=endpoint,
            timeout=timeout,
            proxy=proxy,
            refresh_margin=refresh_margin,
            clock=clock,
        )
        check_text(self.name, "provider_id", provider_id)
        if (web_identity_token_file is None) == (web_identity_token is None):
            raise errors.CredentialsError(
                f"{self.name}: pass one of web_identity_token_file and web_identity_token"
            )
        if web_identity_token is not None:
            check_text(self.name, "web_identity_token", web_identity_token)
        self.provider_id = provider_id
        self.web_identity_token_file = (
            os.fspath(web_identity_token_file) if web_identity_token_file is not None else None
        )
        self._token = web_identity_token

    @classmethod
    def from_tke_environment(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        role_session_name: str | None = None,
        duration_seconds: int = DEFAULT_DURATION,
        endpoint: str | None = None,
        timeout: float = STS_TIMEOUT,
        proxy: ProxyArgument = FROM_ENVIRONMENT,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> OidcRoleArnCredentials:
        """The pod's role: ``TKE_REGION``, ``TKE_PROVIDER_ID``, ``TKE_WEB_IDENTITY_TOKEN_FILE``
        and ``TKE_ROLE_ARN`` from ``environ`` (default ``os.environ``); CredentialsError naming
        every one that is unset or empty."""
        env = os.environ if environ is None else environ
        missing = [name for name in TKE_VARIABLES if not env.get(name)]
        if missing:
            raise errors.CredentialsError(
                f"{cls.name}: not in a TKE pod with a role: environment variable"
                f"{'s' if len(missing) > 1 else ''} {', '.join(missing)} not set"
            )
        return cls(
            region=env[TKE_REGION],
            provider_id=env[TKE_PROVIDER_ID],
            role_arn=env[TKE_ROLE_ARN],
            web_identity_token_file=env[TKE_WEB_IDENTITY_TOKEN_FILE],
            role_session_name=role_session_name,
            duration_seconds=duration_seconds,
            endpoint=endpoint,
            timeout=timeout,
            proxy=proxy,
            refresh_margin=refresh_margin,
            clock=clock,
        )

    def _web_identity_token(self) -> str:
        path = self.web_identity_token_file
        if path is None:
            assert self._token is not None
            return self._token
        try:
            with open(path, encoding="utf-8") as stream:
                token = stream.read().strip()
        except OSError as exc:
            raise errors.CredentialsError(
                f"{self.name}: cannot read the web identity token file {path}: "
                f"{exc.strerror or type(exc).__name__}"
            ) from None
        except UnicodeDecodeError:
            raise errors.CredentialsError(
                f"{self.name}: the web identity token file {path} is not UTF-8 text"
            ) from None
        if not token:
            raise errors.CredentialsError(
                f"{self.name}: the web identity token file {path} is empty"
            )
        return token

    def _fetch(self) -> Credentials:
        payload = {
            "ProviderId": self.provider_id,
            "WebIdentityToken": self._web_identity_token(),
            "RoleArn": self.role_arn,
            "RoleSessionName": self._session_name(),
            "DurationSeconds": self.duration_seconds,
        }
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        headers = {
            "Host": self.endpoint.host_header,
            "Content-Type": "application/json",
            "X-TC-Action": self.action,
            "X-TC-Version": STS_VERSION,
            "X-TC-Region": self.region,
            "X-TC-Timestamp": str(int(time.time())),
            "Authorization": "SKIP",
        }
        return self._call(PreparedRequest(self.action, "POST", "/", headers, body))

    def __repr__(self) -> str:
        token = (
            f"web_identity_token_file={self.web_identity_token_file!r}"
            if self.web_identity_token_file is not None
            else "web_identity_token=<set>"
        )
        return (
            f"OidcRoleArnCredentials({self._settings()}, provider_id={self.provider_id!r}, {token})"
        )


def _policy(name: str, policy: str | Mapping[str, Any] | None) -> str | None:
    if policy is None or isinstance(policy, str):
        if policy is not None:
            check_text(name, "policy", policy)
        return policy
    if not isinstance(policy, Mapping):
        raise errors.CredentialsError(
            f"{name}: policy: expected a mapping or a string, got {type(policy).__name__}"
        )
    from urllib.parse import quote

    try:
        return quote(json.dumps(policy, ensure_ascii=False, separators=(",", ":")), safe="")
    except (TypeError, ValueError) as exc:
        raise errors.CredentialsError(f"{name}: policy: not JSON: {exc}") from None
