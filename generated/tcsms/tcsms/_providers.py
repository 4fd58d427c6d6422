# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/_providers.py; edit it there.
"""Which credentials provider a client uses, the default chain, and asking a provider safely.

The default chain looks where the official SDK's ``DefaultCredentialProvider`` looks, in its
order: the environment variables, the profile file, the CVM instance role, the TKE OIDC role.
The first two are read when the chain is built (a mistake in them raises there and then); the
roles need the network, so they are asked on the first call, once nothing local was found. The
first role that answers is kept for the life of the chain.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from . import _exceptions as errors
from ._credentials import Credentials, CredentialsProvider, mask, search_credentials

if TYPE_CHECKING:
    from pathlib import Path

    from ._refresh import RefreshingCredentials


class DefaultCredentialsChain:
    """Environment → profile file → CVM instance role → TKE OIDC role, as the official SDK.

    ``profile`` and ``credentials_file`` choose the profile as ``resolve_credentials`` does;
    ``environ`` replaces ``os.environ``; ``metadata_endpoint`` is where the CVM role is asked.
    """

    name = "default credentials chain"

    def __init__(
        self,
        *,
        profile: str | None = None,
        environ: Mapping[str, str] | None = None,
        credentials_file: Path | None = None,
        metadata_endpoint: str | None = None,
    ) -> None:
        self._environ = os.environ if environ is None else environ
        found = search_credentials(
            profile=profile, environ=self._environ, credentials_file=credentials_file
        )
        self._local = found if isinstance(found, Credentials) else None
        self._looked_in = [] if isinstance(found, Credentials) else found
        self._metadata_endpoint = metadata_endpoint
        self._roles: list[tuple[str, RefreshingCredentials | str]] | None = None
        self._chosen: RefreshingCredentials | None = None

    def get(self) -> Credentials:
        if self._local is not None:
            return self._local
        if self._chosen is not None:
            return self._chosen.get()
        failures = list(self._looked_in)
        for label, role in self._usable_roles(failures):
            try:
                credentials = role.get()
            except errors.CredentialsError as error:
                failures.append(f"{label} ({error})")
                continue
            self._chosen = role
            return credentials
        raise _nothing_found(failures)

    async def get_async(self) -> Credentials:
        if self._local is not None:
            return self._local
        if self._chosen is not None:
            return await self._chosen.get_async()
        failures = list(self._looked_in)
        for label, role in self._usable_roles(failures):
            try:
                credentials = await role.get_async()
            except errors.CredentialsError as error:
                failures.append(f"{label} ({error})")
                continue
            self._chosen = role
            return credentials
        raise _nothing_found(failures)

    def _usable_roles(self, failures: list[str]) -> Iterator[tuple[str, RefreshingCredentials]]:
        """The roles to ask in order; one that cannot be built is added to ``failures``."""
        for label, role in self._role_providers():
            if isinstance(role, str):
                failures.append(f"{label} ({role})")
            else:
                yield label, role

    def _role_providers(self) -> list[tuple[str, RefreshingCredentials | str]]:
        """The CVM role, then the TKE role (or why it cannot be used), built once."""
        if self._roles is None:
            from ._cvm_role import CvmRoleCredentials
            from ._sts_credentials import OidcRoleArnCredentials

            cvm = CvmRoleCredentials(metadata_endpoint=self._metadata_endpoint)
            tke: RefreshingCredentials | str
            try:
                tke = OidcRoleArnCredentials.from_tke_environment(self._environ)
            except errors.CredentialsError as error:
                tke = str(error)
            self._roles = [("CVM role", cvm), ("TKE OIDC role", tke)]
        return self._roles

    def __repr__(self) -> str:
        if self._local is not None:
            return f"DefaultCredentialsChain(secret_id={mask(self._local.secret_id)!r})"
        if self._chosen is not None:
            return f"DefaultCredentialsChain({self._chosen!r})"
        return "DefaultCredentialsChain(roles not asked yet)"


def _nothing_found(failures: list[str]) -> errors.CredentialsError:
    return errors.CredentialsError("no credentials found; looked in: " + "; ".join(failures))


def client_credentials(
    credentials: CredentialsProvider | None,
    *,
    secret_id: str | None,
    secret_key: str | None,
    token: str | None,
    profile: str | None,
) -> CredentialsProvider:
    """The provider a client constructed with these arguments uses; raises CredentialsError."""
    given = [
        name
        for name, value in (
            ("secret_id", secret_id),
            ("secret_key", secret_key),
            ("token", token),
            ("profile", profile),
        )
        if value is not None
    ]
    if credentials is not None:
        if given:
            raise errors.CredentialsError(f"pass either credentials or {'/'.join(given)}, not both")
        if not callable(getattr(credentials, "get", None)):
            raise errors.CredentialsError(
                "credentials: expected a provider with a get() method (Credentials, "
                "CvmRoleCredentials, DefaultCredentialsChain, ...), "
                f"got {type(credentials).__name__}"
            )
        return credentials
    if given:
        # Explicit keys or a named profile: found now, or an error now.
        from ._credentials import resolve_credentials

        return resolve_credentials(
            secret_id=secret_id, secret_key=secret_key, token=token, profile=profile
        )
    return DefaultCredentialsChain()


def current_credentials(provider: CredentialsProvider) -> Credentials:
    """``provider.get()``, with anything but ``Credentials`` turned into CredentialsError."""
    try:
        credentials = provider.get()
    except errors.TencentCloudError:
        raise
    except Exception as exc:
        raise _failed(provider, exc) from exc
    return _checked(provider, credentials)


async def current_credentials_async(provider: CredentialsProvider) -> Credentials:
    """The same for the async client: ``get_async()`` where the provider has one, else ``get()``
    in a worker thread, so a provider that blocks never stalls the event loop."""
    get_async = getattr(provider, "get_async", None)
    try:
        if get_async is not None:
            credentials = await get_async()
        else:
            import asyncio

            credentials = await asyncio.to_thread(provider.get)
    except errors.TencentCloudError:
        raise
    except Exception as exc:
        raise _failed(provider, exc) from exc
    return _checked(provider, credentials)


def _failed(provider: object, exc: Exception) -> errors.CredentialsError:
    # The exception's text is left to the chained exception: it may quote what the provider read.
    return errors.CredentialsError(f"{_name(provider)}: get() raised {type(exc).__name__}")


def _checked(provider: object, credentials: object) -> Credentials:
    if not isinstance(credentials, Credentials):
        raise errors.CredentialsError(
            f"{_name(provider)}: get() returned {type(credentials).__name__}, not Credentials"
        )
    return credentials


def _name(provider: object) -> str:
    name = getattr(type(provider), "name", None)
    return name if isinstance(name, str) else type(provider).__name__
