"""Credentials, the provider protocol, and where fixed keys are found on this machine.

``Credentials`` holds a SecretId, SecretKey, token and expiry; ``CredentialsProvider`` is what a
client takes them from (``_providers`` picks one and holds the default chain; the role providers
that refresh are in ``_refresh``, ``_cvm_role`` and ``_sts_credentials``).

``resolve_credentials`` looks, in order, at explicit arguments, at the environment variables and
at the profile file the official Tencent Cloud tools use, and names every place it looked in when
it finds nothing. The names follow the official tools:

* ``TENCENTCLOUD_SECRET_ID`` / ``TENCENTCLOUD_SECRET_KEY`` (every official SDK and tccli), with the
  token in ``TENCENTCLOUD_TOKEN`` (tccli) or ``TENCENTCLOUD_SESSION_TOKEN``;
* the ini file ``~/.tencentcloud/credentials``, else ``/etc/tencentcloud/credentials`` (Python and
  Java SDKs), or the file named by ``TENCENTCLOUD_CREDENTIALS_FILE`` (Go SDK), with the keys
  ``secret_id`` and ``secret_key`` in the section ``[default]``;
* a named profile is the section of that name, chosen by ``profile=`` or ``TENCENTCLOUD_PROFILE``
  (the variable the official Terraform provider reads).

No message, repr or str here ever contains a secret key or a token.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple, Protocol

from . import _exceptions as errors

if TYPE_CHECKING:
    import configparser
    from pathlib import Path

SECRET_ID_VARIABLE = "TENCENTCLOUD_SECRET_ID"
SECRET_KEY_VARIABLE = "TENCENTCLOUD_SECRET_KEY"
# tccli reads TENCENTCLOUD_TOKEN; TENCENTCLOUD_SESSION_TOKEN is the other common spelling.
TOKEN_VARIABLES = ("TENCENTCLOUD_TOKEN", "TENCENTCLOUD_SESSION_TOKEN")
PROFILE_VARIABLE = "TENCENTCLOUD_PROFILE"
CREDENTIALS_FILE_VARIABLE = "TENCENTCLOUD_CREDENTIALS_FILE"

DEFAULT_PROFILE = "default"
SECRET_ID_KEY = "secret_id"
SECRET_KEY_KEY = "secret_key"
QUOTES = ('"', "'")
USER_CREDENTIALS_FILE = ".tencentcloud/credentials"  # under the home directory
SYSTEM_CREDENTIALS_FILE = "/etc/tencentcloud/credentials"


class CredentialsProvider(Protocol):
    """Anything a client can take its credentials from: ``get()`` returns ``Credentials`` that are
    valid now (set ``expires_at`` on temporary ones) or raises ``CredentialsError``.

    The clients call it before each attempt, so it must be quick once it has credentials (cache
    them). The async client calls an ``async def get_async()`` where the provider has one, and
    otherwise runs ``get()`` in a worker thread.
    """

    def get(self) -> Credentials: ...


class Credentials:
    """A SecretId/SecretKey pair, a token for temporary credentials and when they expire.

    ``expires_at`` is a Unix time in seconds (None: they do not expire). Also the simplest
    credentials provider: ``get()`` returns the credentials themselves. No secret in the repr.
    """

    __slots__ = ("expires_at", "secret_id", "secret_key", "token")
    secret_id: str
    secret_key: str
    token: str | None
    expires_at: float | None

    def __init__(
        self,
        secret_id: str,
        secret_key: str,
        token: str | None = None,
        expires_at: float | None = None,
    ) -> None:
        _check_sendable("secret_id", secret_id)
        if not isinstance(secret_key, str):
            raise errors.CredentialsError(
                f"secret_key: must be text, got {type(secret_key).__name__}"
            )
        if token is not None:
            _check_sendable("token", token)
        if expires_at is not None and (
            isinstance(expires_at, bool) or not isinstance(expires_at, int | float)
        ):
            raise errors.CredentialsError(
                f"expires_at: must be a Unix time in seconds, got {type(expires_at).__name__}"
            )
        # Set once; the attributes are not meant to change (``frozen`` without dataclasses, whose
        # import would cost more than this whole module).
        object.__setattr__(self, "secret_id", secret_id)
        object.__setattr__(self, "secret_key", secret_key)
        object.__setattr__(self, "token", token)
        object.__setattr__(self, "expires_at", expires_at)

    def get(self) -> Credentials:
        """The ``CredentialsProvider`` protocol: fixed credentials are their own provider."""
        return self

    async def get_async(self) -> Credentials:
        return self

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Credentials are immutable; cannot set {name}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Credentials):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple[str, str, str | None, float | None]:
        return (self.secret_id, self.secret_key, self.token, self.expires_at)

    def __repr__(self) -> str:
        token = ", token=<set>" if self.token else ""
        expiry = f", expires_at={self.expires_at!r}" if self.expires_at is not None else ""
        return (
            f"Credentials(secret_id={mask(self.secret_id)!r}, secret_key=<hidden>{token}{expiry})"
        )

    __str__ = __repr__


def _check_sendable(name: str, value: object) -> None:
    """Refuses a secret_id or token no HTTP header can carry; the error never quotes the value."""
    # Imported here: _http imports _core, which imports this module.
    from ._http import is_header_value

    if not isinstance(value, str):
        raise errors.CredentialsError(f"{name}: must be text, got {type(value).__name__}")
    if not is_header_value(value):
        raise errors.CredentialsError(
            f"{name}: holds a line break, a control character or a character outside latin-1, "
            "which no HTTP header can carry"
        )


def mask(value: str) -> str:
    """Enough of an identifier to recognise it in logs, never the whole of it."""
    return f"{value[:4]}…{value[-4:]}" if len(value) > 12 else "…"


def resolve_credentials(
    *,
    secret_id: str | None = None,
    secret_key: str | None = None,
    token: str | None = None,
    profile: str | None = None,
    environ: Mapping[str, str] | None = None,
    credentials_file: Path | None = None,
) -> Credentials:
    """The first complete credentials found in the arguments, the environment or a profile file.

    ``profile=`` is an explicit choice: it skips the environment variables, as ``tccli --profile``
    does. ``credentials_file=`` replaces the file search. Partial explicit arguments, a profile
    file without the profile or one of its keys, and a credentials file that is named but missing
    raise ``CredentialsError`` rather than falling through to the next source.
    """
    found = search_credentials(
        secret_id=secret_id,
        secret_key=secret_key,
        token=token,
        profile=profile,
        environ=environ,
        credentials_file=credentials_file,
    )
    if isinstance(found, Credentials):
        return found
    raise errors.CredentialsError("no credentials found; looked in: " + "; ".join(found))


def search_credentials(
    *,
    secret_id: str | None = None,
    secret_key: str | None = None,
    token: str | None = None,
    profile: str | None = None,
    environ: Mapping[str, str] | None = None,
    credentials_file: Path | None = None,
) -> Credentials | list[str]:
    """``resolve_credentials`` without the final error: the credentials, or every place looked
    in when there are none (for a chain that looks further)."""
    env = os.environ if environ is None else environ
    explicit = _from_arguments(secret_id, secret_key, token, profile)
    if explicit is not None:
        return explicit
    if profile is None:
        from_environment = _from_environment(env)
        if from_environment is not None:
            return from_environment
    profile_name = profile or _nonempty(env, PROFILE_VARIABLE) or DEFAULT_PROFILE
    candidates = _candidate_files(env, credentials_file)
    from_file = _from_profile_files(candidates, profile_name)
    if from_file is not None:
        return from_file
    return _places_looked_in(env, profile, profile_name, candidates)


def _from_arguments(
    secret_id: str | None, secret_key: str | None, token: str | None, profile: str | None
) -> Credentials | None:
    """Explicit arguments are all or nothing: half a pair is a mistake, not a cue to look on."""
    if secret_id is None and secret_key is None:
        if token is not None:
            raise errors.CredentialsError(
                "argument token was given without secret_id and secret_key"
            )
        return None
    if secret_id is None:
        raise errors.CredentialsError("argument secret_key was given without secret_id")
    if secret_key is None:
        raise errors.CredentialsError("argument secret_id was given without secret_key")
    if profile is not None:
        raise errors.CredentialsError("pass either secret_id/secret_key or profile, not both")
    _check_value(secret_id, "argument secret_id")
    _check_value(secret_key, "argument secret_key")
    return Credentials(secret_id, secret_key, token or None)


def _from_environment(env: Mapping[str, str]) -> Credentials | None:
    """Both variables, non-empty, or nothing: a lone one is skipped, as the official SDKs do."""
    secret_id = _nonempty(env, SECRET_ID_VARIABLE)
    secret_key = _nonempty(env, SECRET_KEY_VARIABLE)
    if secret_id is None or secret_key is None:
        return None
    _check_value(secret_id, f"environment variable {SECRET_ID_VARIABLE}")
    _check_value(secret_key, f"environment variable {SECRET_KEY_VARIABLE}")
    return Credentials(secret_id, secret_key, _environment_token(env))


def _environment_token(env: Mapping[str, str]) -> str | None:
    tokens = {name: value for name in TOKEN_VARIABLES if (value := _nonempty(env, name))}
    if len(set(tokens.values())) > 1:
        raise errors.CredentialsError(
            f"environment variables {' and '.join(tokens)} hold different tokens; unset one"
        )
    return next(iter(tokens.values()), None)


def _nonempty(env: Mapping[str, str], name: str) -> str | None:
    """An environment variable's value; empty counts as unset, as in the official SDKs."""
    return env.get(name) or None


def _check_value(value: str, source: str) -> None:
    # The official SDKs refuse these too; a pasted key with a stray space would only fail later,
    # at the service, as a signature mismatch.
    if not value.strip():
        raise errors.CredentialsError(f"{source} is empty")
    if value != value.strip():
        raise errors.CredentialsError(f"{source} has leading or trailing whitespace")


class _Candidate(NamedTuple):
    """A profile file to try; ``named_by`` is set when the caller insisted on this file."""

    path: Path
    named_by: str | None = None


def _candidate_files(env: Mapping[str, str], credentials_file: Path | None) -> list[_Candidate]:
    from pathlib import Path  # only when no explicit credentials were given

    if credentials_file is not None:
        return [_Candidate(credentials_file, "argument credentials_file")]
    named = env.get(CREDENTIALS_FILE_VARIABLE)
    if named is not None:
        source = f"environment variable {CREDENTIALS_FILE_VARIABLE}"
        if not named:
            raise errors.CredentialsError(f"{source} is empty")
        return [_Candidate(Path(named).expanduser(), source)]
    return [
        _Candidate(_home(env) / USER_CREDENTIALS_FILE),
        _Candidate(Path(SYSTEM_CREDENTIALS_FILE)),
    ]


def _home(env: Mapping[str, str]) -> Path:
    from pathlib import Path

    home = env.get("HOME") or env.get("USERPROFILE")
    return Path(home) if home else Path.home()


def _from_profile_files(candidates: list[_Candidate], profile: str) -> Credentials | None:
    """Reads the first file that exists, like the official SDKs; later ones are not consulted."""
    for candidate in candidates:
        if candidate.path.is_file():
            return _read_profile(candidate.path, profile)
        if candidate.named_by is not None:
            raise errors.CredentialsError(
                f"{candidate.named_by} names {candidate.path}, which is not a file"
            )
    return None


def _read_profile(path: Path, profile: str) -> Credentials:
    parser = _parse_ini(path)
    if not parser.has_section(profile):
        found = ", ".join(f"[{name}]" for name in parser.sections()) or "none"
        raise errors.CredentialsError(
            f"{path} has no profile [{profile}] (profiles in the file: {found})"
        )
    section = parser[profile]
    secret_id = _profile_value(section, SECRET_ID_KEY, path)
    secret_key = _profile_value(section, SECRET_KEY_KEY, path)
    return Credentials(secret_id, secret_key)


def _parse_ini(path: Path) -> configparser.ConfigParser:
    import configparser  # only when a profile file is read: it is slow to import

    # No interpolation: a "%" in a secret key is just a character.
    parser = configparser.ConfigParser(interpolation=None)
    try:
        # utf-8-sig: an editor's byte-order mark would otherwise hide the first [section].
        with path.open(encoding="utf-8-sig") as stream:
            parser.read_file(stream)
    except OSError as exc:
        raise errors.CredentialsError(f"cannot read {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise errors.CredentialsError(f"cannot read {path}: not UTF-8 text") from None
    except configparser.Error as exc:
        # configparser's own messages quote the offending line, which may hold a secret.
        raise errors.CredentialsError(f"cannot parse {path}: {_parse_problem(exc)}") from None
    return parser


def _parse_problem(exc: configparser.Error) -> str:
    """What went wrong and where, without the text of the line."""
    import configparser

    if isinstance(exc, configparser.MissingSectionHeaderError):
        return f"line {exc.lineno} comes before any [section] header"
    if isinstance(exc, configparser.ParsingError):
        return "malformed line " + ", ".join(str(lineno) for lineno, _ in exc.errors)
    if isinstance(exc, configparser.DuplicateOptionError):
        return f"key {exc.option} appears twice in [{exc.section}] (line {exc.lineno})"
    if isinstance(exc, configparser.DuplicateSectionError):
        return f"section [{exc.section}] appears twice (line {exc.lineno})"
    return type(exc).__name__


def _profile_value(section: configparser.SectionProxy, key: str, path: Path) -> str:
    """The key's value, unquoted; a value that cannot be a key is an error naming the line."""
    raw = section.get(key)
    if raw is None:
        raise errors.CredentialsError(f"{path}: profile [{section.name}] has no key {key}")
    value = _unquote(raw.strip())
    if value is None:
        # Loading it would put the quote into the key and fail later as a signature mismatch.
        problem = "has an unmatched quote"
    elif not value:
        problem = "is empty"
    elif any(char.isspace() for char in value):
        # Keys never hold whitespace: a continuation line or a stray paste, never to be sent.
        problem = "has whitespace or a line break inside"
    else:
        return value
    where = _where(path, section.name, key)
    raise errors.CredentialsError(f"{where}: key {key} in profile [{section.name}] {problem}")


def _unquote(value: str) -> str | None:
    """Drops one pair of matching quotes (the SDK docs write ``secret_id = "AKID..."``); None when
    a quote is left at either end: unmatched, mismatched or doubled."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in QUOTES:
        value = value[1:-1].strip()
    if value[:1] in QUOTES or value[-1:] in QUOTES:
        return None
    return value


def _where(path: Path, section: str, key: str) -> str:
    """``path line N`` for the line that sets ``key`` for ``section``, or just the path.

    configparser keeps no line numbers for values, so the file is scanned again, only to report
    an error: the section's own line, else the [DEFAULT] line every section inherits.
    """
    try:
        lines = path.read_text(encoding="utf-8-sig").split("\n")
    except (OSError, UnicodeDecodeError):
        return str(path)
    found: dict[str, int] = {}
    current = None
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            current = stripped[1:-1]
        elif current is not None and current not in found and line[:1] not in (" ", "\t"):
            name = stripped.partition("=")[0].partition(":")[0].strip()
            if name and name.lower() == key.lower():
                found[current] = number
    line_number = found.get(section, found.get("DEFAULT"))
    return f"{path} line {line_number}" if line_number is not None else str(path)


def _places_looked_in(
    env: Mapping[str, str], profile: str | None, profile_name: str, candidates: list[_Candidate]
) -> list[str]:
    """Every place looked in, and what was (not) there."""
    places = ["arguments secret_id/secret_key (not given)"]
    if profile is None:
        pair = (SECRET_ID_VARIABLE, SECRET_KEY_VARIABLE)
        places.append(
            "environment variables " + ", ".join(_variable_state(env, name) for name in pair)
        )
        origin = _variable_state(env, PROFILE_VARIABLE)
    else:
        places.append("environment variables (skipped: argument profile was given)")
        origin = "argument profile"
    files = ", ".join(f"{candidate.path} (no such file)" for candidate in candidates)
    places.append(
        f"profile [{profile_name}] ({origin}) in {files} "
        f"({_variable_state(env, CREDENTIALS_FILE_VARIABLE)})"
    )
    return places


def _variable_state(env: Mapping[str, str], name: str) -> str:
    return f"{name} {'set' if env.get(name) else 'not set'}"
