"""The options every command shares, the client they configure, and how failures end a command.

For the commands of this package (each action, ``send-bulk``), all of them built on argparse:

* ``add_client_options(parser)`` adds the connection and credential options (tccli's spellings
  where tccli has the option): ``--profile``, ``--region``, ``--endpoint``, ``--timeout``,
  ``--sign-method``, ``--secretId``, ``--secretKey``, ``--token``, ``--use-cvm-role``,
  ``--role-arn``, ``--role-session-name``, ``--https-proxy`` and ``--debug``.
* ``add_output_options(parser)`` adds ``--output json|table|text`` and ``--filter EXPR``; print
  with ``output.print_result(value, output_format(args), compile_filter(args.filter))``.
* ``client_from(args)`` builds the package's synchronous client from those options.
* ``run_guarded(body, debug=...)`` runs a command's body and turns what it raises into a message
  on stderr and an exit status (see ``guard``).

Settings, the first found winning:

* region: ``--region``, ``TENCENTCLOUD_REGION``, the ``region`` of ``~/.tccli/<profile>.configure``,
  the package's default region;
* endpoint: ``--endpoint``, the service's ``endpoint`` in that ``.configure`` file, the package's
  default endpoint;
* output: ``--output``, the ``output`` of that ``.configure`` file, ``json``;
* credentials: see ``credentials``;
* proxy: ``--https-proxy``, else the environment (``https_proxy``, ``no_proxy``, ...).

The profile is ``--profile``, else ``TCCLI_PROFILE``, else ``default``. The client's attempts,
retries and validation are the library's defaults.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from .. import _service
from .guard import run_guarded
from .tccli_files import configured, configured_endpoint, profile_name

if TYPE_CHECKING:
    import argparse

    from ._actions import Client

__all__ = [
    "OUTPUT_FORMATS",
    "add_client_options",
    "add_output_options",
    "client_from",
    "output_format",
    "run_guarded",
]

REGION_VARIABLE = "TENCENTCLOUD_REGION"
OUTPUT_FORMATS = ("json", "table", "text")
DEFAULT_OUTPUT = "json"
# Options of the shared groups that take no value, for reading them before the command's name.
FLAG_OPTIONS = frozenset({"--use-cvm-role", "--debug"})


def add_client_options(parser: argparse.ArgumentParser) -> None:
    """Adds the connection and credential options, in a group of their own."""
    group = parser.add_argument_group("connection and credentials")
    add = group.add_argument
    add("--profile", metavar="NAME", help="tccli profile (default: $TCCLI_PROFILE or default)")
    add("--region", metavar="REGION", help=f"region (default: {_service.DEFAULT_REGION})")
    add("--endpoint", metavar="HOST|URL", help=f"default: {_service.DEFAULT_ENDPOINT}")
    add("--timeout", type=float, metavar="SECONDS", help="deadline of each attempt (60)")
    add(
        "--sign-method",
        choices=tuple(_service.SIGNING_METHODS),
        default="TC3-HMAC-SHA256",
        help="signature method (default: TC3-HMAC-SHA256)",
    )
    add("--secretId", metavar="ID", help="SecretId of the API key")
    add("--secretKey", metavar="KEY", help="SecretKey of the API key")
    add("--token", metavar="TOKEN", help="session token of temporary keys")
    add("--use-cvm-role", action="store_true", help="use this CVM instance's CAM role")
    add("--role-arn", metavar="ARN", help="assume this role (with --role-session-name)")
    add("--role-session-name", metavar="NAME", help="session name of the assumed role")
    add("--https-proxy", metavar="URL", help="http proxy (default: $https_proxy, ...)")
    add("--debug", action="store_true", help="log requests and answers to stderr (redacted)")


def add_output_options(parser: argparse.ArgumentParser) -> None:
    """Adds ``--output`` and ``--filter``."""
    group = parser.add_argument_group("output")
    group.add_argument(
        "--output",
        choices=OUTPUT_FORMATS,
        help="json (default), table or text; or the profile's configured output",
    )
    group.add_argument(
        "--filter", metavar="EXPR", help="JMESPath expression applied to the answer first"
    )


def output_format(args: argparse.Namespace) -> str:
    """``--output``, else the profile's configured output (when it is one we print), else json."""
    if args.output is not None:
        return str(args.output)
    configured_output = configured(profile_name(args.profile), "output")
    return configured_output if configured_output in OUTPUT_FORMATS else DEFAULT_OUTPUT


def client_from(args: argparse.Namespace) -> Client:
    """The package's synchronous client, configured by the options of ``add_client_options``.

    Raises ``UsageError`` for conflicting options and the package's own errors for bad values
    (``CredentialsError``, ``ValidationError``); ``run_guarded`` reports both.
    """
    from ._actions import client_class
    from .credentials import credentials_arguments

    profile = profile_name(args.profile)
    settings: dict[str, Any] = credentials_arguments(args, profile)
    region = args.region or os.environ.get(REGION_VARIABLE) or configured(profile, "region")
    if region:
        settings["region"] = region
    endpoint = args.endpoint or configured_endpoint(profile, _service.SERVICE)
    if endpoint:
        settings["endpoint"] = endpoint
    if args.timeout is not None:
        settings["timeout"] = args.timeout
    if args.https_proxy is not None:
        settings["proxy"] = args.https_proxy
    return client_class()(sign_method=args.sign_method, **settings)
