# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""Short Message Service (API 2021-01-11): a typed client generated from the documented spec.

    from tcsms import SmsClient

    with SmsClient(secret_id="...", secret_key="...") as client:
        response = client.pull_sms_reply_status(...)

``AsyncSmsClient`` has the same methods as coroutines; it is imported on first use, so
``import tcsms`` never loads the async transport.
"""

from typing import TYPE_CHECKING, Any

from tcsms._base import CallOptions
from tcsms._credentials import Credentials, CredentialsProvider, resolve_credentials
from tcsms._exceptions import (
    ClientError,
    JournalError,
    NetworkError,
    RequestTimeoutError,
    ServerError,
    TencentCloudError,
    ValidationError,
    ValidationProblem,
)
from tcsms._proxy import FROM_ENVIRONMENT, Proxy
from tcsms._ratelimit import RateLimiter
from tcsms._service import API_VERSION, ClientDefaults
from tcsms.client import SmsClient

if TYPE_CHECKING:
    from tcsms import errors, models
    from tcsms._bulk import BulkCounts, BulkResult, NumberIssue
    from tcsms._cvm_role import CvmRoleCredentials
    from tcsms._providers import DefaultCredentialsChain
    from tcsms._refresh import RefreshingCredentials
    from tcsms._sts_credentials import (
        OidcRoleArnCredentials,
        StsAssumeRoleCredentials,
    )
    from tcsms.async_client import AsyncSmsClient

# The SDK's own version; API_VERSION is the version of the API it speaks.
__version__ = "1.0.0"

__all__ = [
    "API_VERSION",
    "FROM_ENVIRONMENT",
    "AsyncSmsClient",
    "BulkCounts",
    "BulkResult",
    "CallOptions",
    "ClientDefaults",
    "ClientError",
    "Credentials",
    "CredentialsProvider",
    "CvmRoleCredentials",
    "DefaultCredentialsChain",
    "JournalError",
    "NetworkError",
    "NumberIssue",
    "OidcRoleArnCredentials",
    "Proxy",
    "RateLimiter",
    "RefreshingCredentials",
    "RequestTimeoutError",
    "ServerError",
    "SmsClient",
    "StsAssumeRoleCredentials",
    "TencentCloudError",
    "ValidationError",
    "ValidationProblem",
    "errors",
    "models",
    "resolve_credentials",
]


# Loaded on first use: the credential providers a client may never need.
_LAZY = {
    "CvmRoleCredentials": "_cvm_role",
    "DefaultCredentialsChain": "_providers",
    "OidcRoleArnCredentials": "_sts_credentials",
    "RefreshingCredentials": "_refresh",
    "StsAssumeRoleCredentials": "_sts_credentials",
}


def __getattr__(name: str) -> Any:
    """The async client, the models, the error table, the bulk results and the credential
    providers load on first use: a fast ``import``."""
    if name == "AsyncSmsClient":
        from tcsms.async_client import AsyncSmsClient

        return AsyncSmsClient
    if name in ("BulkCounts", "BulkResult", "NumberIssue"):
        from tcsms import _bulk

        return getattr(_bulk, name)
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    if name in ("errors", "models"):
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
