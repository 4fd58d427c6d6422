# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
# Copied from templates/runtime/cli/credentials.py; edit it there.
"""Which credentials a command signs with, from its options, the environment and tccli's files.

In order, the first that applies:

1. ``--secretId``/``--secretKey`` (with ``--token`` for temporary keys): both or neither.
2. ``--use-cvm-role``: the CAM role of this CVM instance, from its metadata service.
3. ``--profile NAME`` given: ``~/.tccli/NAME.credential``, else the section ``[NAME]`` of
   ``~/.tencentcloud/credentials``; the environment variables are skipped, as tccli skips them.
4. ``TENCENTCLOUD_SECRET_ID`` and ``TENCENTCLOUD_SECRET_KEY`` (``TENCENTCLOUD_TOKEN`` too).
5. ``~/.tccli/<profile>.credential``, the profile being ``TCCLI_PROFILE`` or ``default``.
6. The package's default chain: ``~/.tencentcloud/credentials``, the CVM role, the TKE OIDC role.

``--role-arn`` with ``--role-session-name`` (or the ``role-arn``/``role-session-name`` of a tccli
credential file) assumes that role through STS, signed by whatever the list above gives.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from .. import _exceptions as errors
from .tccli_files import credential_path, read
from .usage import UsageError

if TYPE_CHECKING:
    import argparse

    from .._credentials import CredentialsProvider

ENVIRONMENT_KEYS = ("TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY")
CVM_ROLE_TYPE = "cvm-role"


def credentials_arguments(args: argparse.Namespace, profile: str) -> dict[str, Any]:
    """The client's credential keyword arguments (``credentials=`` or ``profile=``), or none
    for the package's default chain."""
    role_arn, session_name = _role_options(args)
    explicit = any(v is not None for v in (args.secretId, args.secretKey, args.token))
    if args.use_cvm_role and explicit:
        raise UsageError("--use-cvm-role cannot be combined with --secretId/--secretKey/--token")
    file = None if explicit or args.use_cvm_role else _credential_file(args, profile)
    if role_arn is None and file is not None:
        role_arn = _file_text(file, profile, "role-arn")
        session_name = _file_text(file, profile, "role-session-name")
    source = _source(args, explicit, file, profile)
    if role_arn is not None and session_name is not None:
        from .._credentials import resolve_credentials
        from .._sts_credentials import StsAssumeRoleCredentials

        if source is None and args.profile is not None:
            source = resolve_credentials(profile=args.profile)

        provider = StsAssumeRoleCredentials(
            role_arn, session_name, source=source, proxy=_proxy_argument(args)
        )
        return {"credentials": provider}
    if source is not None:
        return {"credentials": source}
    if args.profile is not None:
        return {"profile": args.profile}  # the section of ~/.tencentcloud/credentials
    return {}


def _role_options(args: argparse.Namespace) -> tuple[str | None, str | None]:
    if (args.role_arn is None) != (args.role_session_name is None):
        raise UsageError("--role-arn and --role-session-name go together")
    return args.role_arn, args.role_session_name


def _credential_file(args: argparse.Namespace, profile: str) -> dict[str, Any] | None:
    """tccli's credential file, when it applies: a named profile's always, the default
    profile's only when the environment variables give no keys."""
    if args.profile is None and all(os.environ.get(name) for name in ENVIRONMENT_KEYS):
        return None
    return read(credential_path(profile))


def _source(
    args: argparse.Namespace, explicit: bool, file: dict[str, Any] | None, profile: str
) -> CredentialsProvider | None:
    """The credentials of the options or the file; None leaves the choice to the client."""
    if explicit:
        from .._credentials import resolve_credentials

        return resolve_credentials(
            secret_id=args.secretId, secret_key=args.secretKey, token=args.token
        )
    if args.use_cvm_role or (file is not None and file.get("type") == CVM_ROLE_TYPE):
        from .._cvm_role import CvmRoleCredentials

        return CvmRoleCredentials()
    if file is None:
        return None
    from .._credentials import Credentials

    secret_id = _file_text(file, profile, "secretId")
    secret_key = _file_text(file, profile, "secretKey")
    if secret_id is None or secret_key is None:
        raise errors.CredentialsError(f"{credential_path(profile)} has no secretId and secretKey")
    return Credentials(secret_id, secret_key, _file_text(file, profile, "token"))


def _file_text(file: dict[str, Any], profile: str, key: str) -> str | None:
    value = file.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise UsageError(f"{credential_path(profile)}: {key} is not a string")
    return value


def _proxy_argument(args: argparse.Namespace) -> Any:
    """The proxy STS is reached through: the one the command is given, else the environment's."""
    if args.https_proxy is not None:
        return args.https_proxy
    from .._proxy import FROM_ENVIRONMENT

    return FROM_ENVIRONMENT
