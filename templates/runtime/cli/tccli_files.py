"""tccli's own configuration files, read when they exist: ``~/.tccli/<profile>.credential`` and
``~/.tccli/<profile>.configure``.

The profile is ``--profile``, else ``TCCLI_PROFILE``, else ``default``. A ``.credential`` file holds
``secretId``, ``secretKey`` and an optional ``token`` (or ``"type": "cvm-role"`` for the instance's
CAM role, and optionally ``role-arn``/``role-session-name`` for a role to assume); a ``.configure``
file holds ``region``, ``output`` and, per service, ``{"<service>": {"endpoint": ...}}``.
A file that exists but is no JSON object is a usage error naming it.
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Any

from .usage import UsageError

PROFILE_VARIABLE = "TCCLI_PROFILE"
DEFAULT_PROFILE = "default"
FOLDER = ".tccli"  # under the home directory


def profile_name(given: str | None) -> str:
    """The profile the command uses: ``--profile``, else ``TCCLI_PROFILE``, else ``default``."""
    return given or os.environ.get(PROFILE_VARIABLE) or DEFAULT_PROFILE


def credential_path(profile: str) -> Path:
    return Path.home() / FOLDER / f"{profile}.credential"


def configure_path(profile: str) -> Path:
    return Path.home() / FOLDER / f"{profile}.configure"


@functools.cache
def read(path: Path) -> dict[str, Any] | None:
    """The JSON object in ``path``; None when there is no such file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise UsageError(f"{path}: not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise UsageError(f"{path}: expected a JSON object")
    return data


def configured(profile: str, key: str) -> str | None:
    """A top-level setting of the profile's ``.configure`` file (``region``, ``output``)."""
    value = (read(configure_path(profile)) or {}).get(key)
    return value if isinstance(value, str) and value else None


def configured_endpoint(profile: str, service: str) -> str | None:
    """The endpoint the profile's ``.configure`` file gives the service, if any."""
    section = (read(configure_path(profile)) or {}).get(service)
    endpoint = section.get("endpoint") if isinstance(section, dict) else None
    return endpoint if isinstance(endpoint, str) and endpoint else None
