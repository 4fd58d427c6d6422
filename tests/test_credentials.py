"""Credential resolution: explicit arguments, then environment variables, then the profile file.

Every test passes its own ``environ`` (with ``HOME`` in a temporary directory) or patches
``os.environ``, and points the system-wide file at a temporary path, so the real home directory
and ``/etc`` are never read.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tcsms import _credentials, errors
from tcsms._credentials import Credentials, mask, resolve_credentials

SECRET_ID = "AKIDexampleSecretId0123456789"
SECRET_KEY = "very-secret-key-do-not-print-42"
TOKEN = "temporary-session-token-do-not-print-7"
OTHER_ID = "AKIDotherSecretIdABCDEFGHIJ"
OTHER_KEY = "other-secret-key-do-not-print-99"
SECRETS = (SECRET_KEY, TOKEN, OTHER_KEY)


@pytest.fixture(autouse=True)
def no_system_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_credentials, "SYSTEM_CREDENTIALS_FILE", tmp_path / "etc" / "credentials")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


def env_for(home: Path, **variables: str) -> dict[str, str]:
    return {"HOME": str(home), **variables}


def write_file(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def write_profile(home: Path, text: str) -> Path:
    return write_file(home / ".tencentcloud" / "credentials", text)


DEFAULT_PROFILE = f"[default]\nsecret_id = {SECRET_ID}\nsecret_key = {SECRET_KEY}\n"
TWO_PROFILES = DEFAULT_PROFILE + f"\n[prod]\nsecret_id = {OTHER_ID}\nsecret_key = {OTHER_KEY}\n"


def assert_no_secrets(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


def raised(call: Callable[[], object]) -> errors.CredentialsError:
    with pytest.raises(errors.CredentialsError) as info:
        call()
    error = info.value
    assert_no_secrets(str(error))
    assert_no_secrets(repr(error))
    assert_no_secrets("".join(traceback.format_exception(error)))
    return error


# Explicit arguments


def test_explicit_arguments_are_used(home: Path) -> None:
    credentials = resolve_credentials(
        secret_id=SECRET_ID, secret_key=SECRET_KEY, environ=env_for(home)
    )
    assert credentials == Credentials(SECRET_ID, SECRET_KEY)


def test_explicit_token_makes_temporary_credentials(home: Path) -> None:
    credentials = resolve_credentials(
        secret_id=SECRET_ID, secret_key=SECRET_KEY, token=TOKEN, environ=env_for(home)
    )
    assert credentials == Credentials(SECRET_ID, SECRET_KEY, TOKEN)


def test_explicit_arguments_win_over_environment_and_file(home: Path) -> None:
    write_profile(home, TWO_PROFILES)
    environ = env_for(home, TENCENTCLOUD_SECRET_ID=OTHER_ID, TENCENTCLOUD_SECRET_KEY=OTHER_KEY)
    credentials = resolve_credentials(secret_id=SECRET_ID, secret_key=SECRET_KEY, environ=environ)
    assert credentials == Credentials(SECRET_ID, SECRET_KEY)


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ({"secret_id": SECRET_ID}, "secret_id was given without secret_key"),
        ({"secret_key": SECRET_KEY}, "secret_key was given without secret_id"),
        ({"token": TOKEN}, "token was given without secret_id and secret_key"),
        ({"secret_id": SECRET_ID, "token": TOKEN}, "secret_id was given without secret_key"),
    ],
)
def test_partial_explicit_arguments_are_an_error_not_a_fallback(
    home: Path, arguments: dict[str, Any], expected: str
) -> None:
    # Complete credentials elsewhere must not paper over the half-given pair.
    write_profile(home, DEFAULT_PROFILE)
    environ = env_for(home, TENCENTCLOUD_SECRET_ID=OTHER_ID, TENCENTCLOUD_SECRET_KEY=OTHER_KEY)
    error = raised(lambda: resolve_credentials(environ=environ, **arguments))
    assert expected in str(error)


def test_explicit_keys_and_profile_together_are_an_error(home: Path) -> None:
    error = raised(
        lambda: resolve_credentials(
            secret_id=SECRET_ID, secret_key=SECRET_KEY, profile="prod", environ=env_for(home)
        )
    )
    assert "not both" in str(error)


@pytest.mark.parametrize(
    ("secret_id", "secret_key", "expected"),
    [
        ("", SECRET_KEY, "argument secret_id is empty"),
        (SECRET_ID, "   ", "argument secret_key is empty"),
        (SECRET_ID, f" {SECRET_KEY}\n", "argument secret_key has leading or trailing whitespace"),
    ],
)
def test_explicit_empty_or_padded_values_are_rejected(
    home: Path, secret_id: str, secret_key: str, expected: str
) -> None:
    error = raised(
        lambda: resolve_credentials(
            secret_id=secret_id, secret_key=secret_key, environ=env_for(home)
        )
    )
    assert expected in str(error)


# Environment variables


def test_environment_without_token(home: Path) -> None:
    environ = env_for(home, TENCENTCLOUD_SECRET_ID=SECRET_ID, TENCENTCLOUD_SECRET_KEY=SECRET_KEY)
    assert resolve_credentials(environ=environ) == Credentials(SECRET_ID, SECRET_KEY)


@pytest.mark.parametrize("token_variable", ["TENCENTCLOUD_TOKEN", "TENCENTCLOUD_SESSION_TOKEN"])
def test_environment_with_token(home: Path, token_variable: str) -> None:
    environ = env_for(
        home,
        TENCENTCLOUD_SECRET_ID=SECRET_ID,
        TENCENTCLOUD_SECRET_KEY=SECRET_KEY,
        **{token_variable: TOKEN},
    )
    assert resolve_credentials(environ=environ) == Credentials(SECRET_ID, SECRET_KEY, TOKEN)


def test_environment_token_variables_may_agree(home: Path) -> None:
    environ = env_for(
        home,
        TENCENTCLOUD_SECRET_ID=SECRET_ID,
        TENCENTCLOUD_SECRET_KEY=SECRET_KEY,
        TENCENTCLOUD_TOKEN=TOKEN,
        TENCENTCLOUD_SESSION_TOKEN=TOKEN,
    )
    assert resolve_credentials(environ=environ).token == TOKEN


def test_environment_token_variables_that_disagree_are_an_error(home: Path) -> None:
    environ = env_for(
        home,
        TENCENTCLOUD_SECRET_ID=SECRET_ID,
        TENCENTCLOUD_SECRET_KEY=SECRET_KEY,
        TENCENTCLOUD_TOKEN=TOKEN,
        TENCENTCLOUD_SESSION_TOKEN=OTHER_KEY,
    )
    error = raised(lambda: resolve_credentials(environ=environ))
    assert "TENCENTCLOUD_TOKEN and TENCENTCLOUD_SESSION_TOKEN" in str(error)


def test_environment_wins_over_profile_file(home: Path) -> None:
    write_profile(home, TWO_PROFILES)
    environ = env_for(home, TENCENTCLOUD_SECRET_ID=OTHER_ID, TENCENTCLOUD_SECRET_KEY=OTHER_KEY)
    assert resolve_credentials(environ=environ) == Credentials(OTHER_ID, OTHER_KEY)


@pytest.mark.parametrize(
    "variables",
    [
        {"TENCENTCLOUD_SECRET_ID": OTHER_ID},
        {"TENCENTCLOUD_SECRET_KEY": OTHER_KEY},
        {"TENCENTCLOUD_SECRET_ID": "", "TENCENTCLOUD_SECRET_KEY": ""},
        {"TENCENTCLOUD_SECRET_ID": OTHER_ID, "TENCENTCLOUD_SECRET_KEY": ""},
    ],
)
def test_incomplete_environment_falls_through_to_the_file(
    home: Path, variables: dict[str, str]
) -> None:
    # As the official Python SDK and tccli do: a lone or empty variable is not a credential.
    write_profile(home, DEFAULT_PROFILE)
    assert resolve_credentials(environ=env_for(home, **variables)) == Credentials(
        SECRET_ID, SECRET_KEY
    )


def test_token_variable_alone_is_not_applied_to_file_credentials(home: Path) -> None:
    write_profile(home, DEFAULT_PROFILE)
    credentials = resolve_credentials(environ=env_for(home, TENCENTCLOUD_TOKEN=TOKEN))
    assert credentials == Credentials(SECRET_ID, SECRET_KEY)


def test_padded_environment_value_is_rejected(home: Path) -> None:
    environ = env_for(
        home, TENCENTCLOUD_SECRET_ID=SECRET_ID, TENCENTCLOUD_SECRET_KEY=f"{SECRET_KEY} "
    )
    error = raised(lambda: resolve_credentials(environ=environ))
    assert "TENCENTCLOUD_SECRET_KEY has leading or trailing whitespace" in str(error)


def test_process_environment_is_the_default(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TENCENTCLOUD_SECRET_ID", SECRET_ID)
    monkeypatch.setenv("TENCENTCLOUD_SECRET_KEY", SECRET_KEY)
    monkeypatch.setenv("TENCENTCLOUD_TOKEN", TOKEN)
    monkeypatch.delenv("TENCENTCLOUD_SESSION_TOKEN", raising=False)
    assert resolve_credentials() == Credentials(SECRET_ID, SECRET_KEY, TOKEN)


# The profile file


def test_default_profile_from_home_file(home: Path) -> None:
    write_profile(home, DEFAULT_PROFILE)
    assert resolve_credentials(environ=env_for(home)) == Credentials(SECRET_ID, SECRET_KEY)


def test_system_file_is_used_when_home_file_is_missing(home: Path, tmp_path: Path) -> None:
    write_file(tmp_path / "etc" / "credentials", DEFAULT_PROFILE)
    assert resolve_credentials(environ=env_for(home)) == Credentials(SECRET_ID, SECRET_KEY)


def test_home_file_wins_over_system_file_even_without_the_profile(
    home: Path, tmp_path: Path
) -> None:
    # The official SDKs read only the first file that exists.
    write_profile(home, f"[prod]\nsecret_id = {OTHER_ID}\nsecret_key = {OTHER_KEY}\n")
    write_file(tmp_path / "etc" / "credentials", DEFAULT_PROFILE)
    error = raised(lambda: resolve_credentials(environ=env_for(home)))
    assert "has no profile [default]" in str(error)


def test_named_profile_via_argument(home: Path) -> None:
    write_profile(home, TWO_PROFILES)
    credentials = resolve_credentials(profile="prod", environ=env_for(home))
    assert credentials == Credentials(OTHER_ID, OTHER_KEY)


def test_profile_argument_skips_environment_variables(home: Path) -> None:
    # Like ``tccli --profile``: asking for a profile by name means that profile.
    write_profile(home, TWO_PROFILES)
    environ = env_for(home, TENCENTCLOUD_SECRET_ID=SECRET_ID, TENCENTCLOUD_SECRET_KEY=SECRET_KEY)
    assert resolve_credentials(profile="prod", environ=environ) == Credentials(OTHER_ID, OTHER_KEY)


def test_named_profile_via_environment_variable(home: Path) -> None:
    write_profile(home, TWO_PROFILES)
    credentials = resolve_credentials(environ=env_for(home, TENCENTCLOUD_PROFILE="prod"))
    assert credentials == Credentials(OTHER_ID, OTHER_KEY)


def test_profile_argument_wins_over_profile_variable(home: Path) -> None:
    write_profile(home, TWO_PROFILES)
    environ = env_for(home, TENCENTCLOUD_PROFILE="prod")
    credentials = resolve_credentials(profile="default", environ=environ)
    assert credentials == Credentials(SECRET_ID, SECRET_KEY)


def test_credentials_variables_win_over_profile_variable(home: Path) -> None:
    write_profile(home, TWO_PROFILES)
    environ = env_for(
        home,
        TENCENTCLOUD_PROFILE="prod",
        TENCENTCLOUD_SECRET_ID=SECRET_ID,
        TENCENTCLOUD_SECRET_KEY=SECRET_KEY,
    )
    assert resolve_credentials(environ=environ) == Credentials(SECRET_ID, SECRET_KEY)


def test_credentials_file_variable_points_at_another_file(home: Path, tmp_path: Path) -> None:
    write_profile(home, DEFAULT_PROFILE)
    other = write_file(tmp_path / "elsewhere.ini", TWO_PROFILES.replace("[default]", "[unused]"))
    environ = env_for(home, TENCENTCLOUD_CREDENTIALS_FILE=str(other), TENCENTCLOUD_PROFILE="prod")
    assert resolve_credentials(environ=environ) == Credentials(OTHER_ID, OTHER_KEY)


def test_credentials_file_variable_naming_a_missing_file_is_an_error(
    home: Path, tmp_path: Path
) -> None:
    write_profile(home, DEFAULT_PROFILE)
    missing = tmp_path / "missing.ini"
    environ = env_for(home, TENCENTCLOUD_CREDENTIALS_FILE=str(missing))
    error = raised(lambda: resolve_credentials(environ=environ))
    assert "TENCENTCLOUD_CREDENTIALS_FILE" in str(error)
    assert str(missing) in str(error)


def test_empty_credentials_file_variable_is_an_error(home: Path) -> None:
    environ = env_for(home, TENCENTCLOUD_CREDENTIALS_FILE="")
    error = raised(lambda: resolve_credentials(environ=environ))
    assert "TENCENTCLOUD_CREDENTIALS_FILE is empty" in str(error)


def test_credentials_file_argument_wins_over_variable(home: Path, tmp_path: Path) -> None:
    chosen = write_file(tmp_path / "chosen.ini", DEFAULT_PROFILE)
    other = write_file(tmp_path / "other.ini", TWO_PROFILES.replace("[default]", "[unused]"))
    environ = env_for(home, TENCENTCLOUD_CREDENTIALS_FILE=str(other))
    credentials = resolve_credentials(environ=environ, credentials_file=chosen)
    assert credentials == Credentials(SECRET_ID, SECRET_KEY)


def test_credentials_file_argument_naming_a_missing_file_is_an_error(
    home: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "missing.ini"
    error = raised(lambda: resolve_credentials(environ=env_for(home), credentials_file=missing))
    assert f"argument credentials_file names {missing}" in str(error)


def test_missing_profile_section_names_file_profile_and_sections(home: Path) -> None:
    path = write_profile(home, TWO_PROFILES)
    error = raised(lambda: resolve_credentials(profile="staging", environ=env_for(home)))
    message = str(error)
    assert f"{path} has no profile [staging]" in message
    assert "[default], [prod]" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"[default]\nsecret_id = {SECRET_ID}\n", ": profile [default] has no key secret_key"),
        (f"[default]\nsecret_key = {SECRET_KEY}\n", ": profile [default] has no key secret_id"),
        (
            f"[default]\nsecret_id =\nsecret_key = {SECRET_KEY}\n",
            " line 2: key secret_id in profile [default] is empty",
        ),
        (
            f'[default]\nsecret_id = {SECRET_ID}\nsecret_key = ""\n',
            " line 3: key secret_key in profile [default] is empty",
        ),
    ],
)
def test_profile_missing_or_empty_key_is_reported_precisely(
    home: Path, text: str, expected: str
) -> None:
    path = write_profile(home, text)
    error = raised(lambda: resolve_credentials(environ=env_for(home)))
    assert str(error) == f"{path}{expected}"


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (f'"{SECRET_KEY}', "has an unmatched quote"),
        (f"{SECRET_KEY}'", "has an unmatched quote"),
        (f"'{SECRET_KEY}\"", "has an unmatched quote"),
        (f"\"'{SECRET_KEY}'\"", "has an unmatched quote"),
        ('"', "has an unmatched quote"),
        ("''", "is empty"),
        ('"   "', "is empty"),
        (f"{SECRET_KEY[:8]} {SECRET_KEY[8:]}", "has whitespace or a line break inside"),
        (f"{SECRET_KEY[:8]}\n  {SECRET_KEY[8:]}", "has whitespace or a line break inside"),
    ],
)
def test_a_profile_value_that_cannot_be_a_key_names_file_and_line_not_the_value(
    home: Path, value: str, problem: str
) -> None:
    path = write_profile(
        home, f"[default]\n# keys\nsecret_id = {SECRET_ID}\nsecret_key = {value}\n"
    )
    error = raised(lambda: resolve_credentials(environ=env_for(home)))
    assert str(error) == f"{path} line 4: key secret_key in profile [default] {problem}"
    assert SECRET_KEY[:8] not in str(error) and SECRET_KEY[8:] not in str(error)


def test_an_unmatched_quote_in_the_secret_id_is_an_error_not_part_of_the_id(home: Path) -> None:
    path = write_profile(home, f'[default]\nsecret_id = "{SECRET_ID}\nsecret_key = {SECRET_KEY}\n')
    error = raised(lambda: resolve_credentials(environ=env_for(home)))
    assert str(error) == f"{path} line 2: key secret_id in profile [default] has an unmatched quote"
    assert SECRET_ID not in str(error)


def test_the_line_named_is_the_profiles_own_not_another_sections(home: Path) -> None:
    text = TWO_PROFILES + "\n[staging]\nsecret_id = AKIDstaging\nsecret_key = 'unterminated\n"
    path = write_profile(home, text)
    error = raised(lambda: resolve_credentials(profile="staging", environ=env_for(home)))
    assert str(error).startswith(f"{path} line 11: key secret_key in profile [staging] ")
    assert "unterminated" not in str(error)


def test_a_value_inherited_from_default_names_the_default_line(home: Path) -> None:
    path = write_profile(
        home, f'[DEFAULT]\nsecret_key = "{SECRET_KEY}\n[prod]\nsecret_id = {OTHER_ID}\n'
    )
    error = raised(lambda: resolve_credentials(profile="prod", environ=env_for(home)))
    assert str(error) == f"{path} line 2: key secret_key in profile [prod] has an unmatched quote"


@pytest.mark.parametrize(
    "text",
    [
        f"[default]\nsecret_id = '{SECRET_ID}'\nsecret_key = \"{SECRET_KEY}\"\n",
        f"[default]\nsecret_id = \"{SECRET_ID}\"\nsecret_key = '{SECRET_KEY}'\n",
        f'[default]\nsecret_id = "  {SECRET_ID} "\nsecret_key : {SECRET_KEY}\n',
        f"\ufeff[default]\nSecret_Id={SECRET_ID}\nsecret_key={SECRET_KEY}\n",
    ],
)
def test_matched_quotes_of_either_kind_a_colon_and_a_byte_order_mark_are_accepted(
    home: Path, text: str
) -> None:
    write_profile(home, text)
    assert resolve_credentials(environ=env_for(home)) == Credentials(SECRET_ID, SECRET_KEY)


def test_a_key_outside_any_section_names_its_line(home: Path) -> None:
    path = write_profile(home, f"# credentials\nsecret_key = {SECRET_KEY}\n" + DEFAULT_PROFILE)
    error = raised(lambda: resolve_credentials(environ=env_for(home)))
    assert str(error) == f"cannot parse {path}: line 2 comes before any [section] header"


def test_profile_values_are_stripped_and_unquoted(home: Path) -> None:
    write_profile(home, f"[default]\nsecret_id = \"{SECRET_ID}\"\nsecret_key='{SECRET_KEY}'  \n")
    assert resolve_credentials(environ=env_for(home)) == Credentials(SECRET_ID, SECRET_KEY)


def test_percent_sign_in_key_is_not_interpolated(home: Path) -> None:
    key = "abc%(def)s%%ghi"
    write_profile(home, f"[default]\nsecret_id = {SECRET_ID}\nsecret_key = {key}\n")
    assert resolve_credentials(environ=env_for(home)).secret_key == key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{SECRET_KEY}\n[default]\n", "line 1 comes before any [section] header"),
        (f"[default]\nsecret_id = {SECRET_ID}\n{SECRET_KEY}\n", "malformed line 3"),
        (
            f"[default]\nsecret_key = {SECRET_KEY}\nsecret_key = {OTHER_KEY}\n",
            "key secret_key appears twice in [default]",
        ),
    ],
)
def test_unparsable_file_is_reported_without_its_contents(
    home: Path, text: str, expected: str
) -> None:
    path = write_profile(home, text)
    error = raised(lambda: resolve_credentials(environ=env_for(home)))
    assert str(error).startswith(f"cannot parse {path}: {expected}")


# Nothing found


def test_nothing_found_names_every_place_looked_in(home: Path, tmp_path: Path) -> None:
    error = raised(lambda: resolve_credentials(environ=env_for(home)))
    message = str(error)
    for place in (
        "arguments secret_id/secret_key",
        "TENCENTCLOUD_SECRET_ID not set",
        "TENCENTCLOUD_SECRET_KEY not set",
        "profile [default]",
        "TENCENTCLOUD_PROFILE not set",
        f"{home / '.tencentcloud' / 'credentials'} (no such file)",
        f"{tmp_path / 'etc' / 'credentials'} (no such file)",
        "TENCENTCLOUD_CREDENTIALS_FILE not set",
    ):
        assert place in message


def test_nothing_found_tells_which_variable_was_half_set(home: Path) -> None:
    error = raised(lambda: resolve_credentials(environ=env_for(home, TENCENTCLOUD_SECRET_ID="x")))
    message = str(error)
    assert "TENCENTCLOUD_SECRET_ID set" in message
    assert "TENCENTCLOUD_SECRET_KEY not set" in message


def test_nothing_found_for_named_profile_names_it(home: Path) -> None:
    error = raised(lambda: resolve_credentials(environ=env_for(home, TENCENTCLOUD_PROFILE="prod")))
    assert "profile [prod] (TENCENTCLOUD_PROFILE set)" in str(error)
    error = raised(lambda: resolve_credentials(profile="prod", environ=env_for(home)))
    assert "profile [prod] (argument profile)" in str(error)
    assert "skipped: argument profile was given" in str(error)


def test_credentials_error_is_a_client_error() -> None:
    assert issubclass(errors.CredentialsError, errors.ClientError)


# No secret in repr or str


@pytest.mark.parametrize("render", [repr, str, format])
def test_credentials_never_show_key_or_token(render: Callable[[object], str]) -> None:
    text = render(Credentials(SECRET_ID, SECRET_KEY, TOKEN))
    assert_no_secrets(text)
    assert mask(SECRET_ID) in text
    assert SECRET_ID not in text
    assert "token=<set>" in text


def test_credentials_without_token_do_not_mention_one() -> None:
    assert "token" not in repr(Credentials(SECRET_ID, SECRET_KEY))


def test_resolved_credentials_from_every_source_hide_their_secrets(home: Path) -> None:
    write_profile(home, TWO_PROFILES)
    environ = env_for(
        home,
        TENCENTCLOUD_SECRET_ID=SECRET_ID,
        TENCENTCLOUD_SECRET_KEY=SECRET_KEY,
        TENCENTCLOUD_TOKEN=TOKEN,
    )
    for credentials in (
        resolve_credentials(secret_id=SECRET_ID, secret_key=SECRET_KEY, token=TOKEN),
        resolve_credentials(environ=environ),
        resolve_credentials(profile="prod", environ=environ),
    ):
        assert_no_secrets(repr(credentials))
        assert_no_secrets(str(credentials))


def test_mask_shows_only_the_ends_of_long_values() -> None:
    assert mask(SECRET_ID) == f"{SECRET_ID[:4]}…{SECRET_ID[-4:]}"
    assert mask("AKIDshort123") == "…"
    assert mask("") == "…"


def test_short_secret_id_is_not_shown_at_all() -> None:
    assert "AKIDshort" not in repr(Credentials("AKIDshort123", SECRET_KEY))


def test_credentials_are_frozen() -> None:
    credentials = Credentials(SECRET_ID, SECRET_KEY)
    with pytest.raises(AttributeError):
        credentials.secret_key = OTHER_KEY
