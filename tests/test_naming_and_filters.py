"""Names derived from wire names, and the filters that put documented prose into Python source."""

from __future__ import annotations

import ast

import pytest

from generator import naming
from generator.render import _docline, _pystring


@pytest.mark.parametrize(
    ("wire", "attr"),
    [
        ("SmsSdkAppId", "sms_sdk_app_id"),
        ("PhoneNumberSet", "phone_number_set"),
        ("ISOCode", "iso_code"),
        ("X-TC-Action", "x_tc_action"),
        ("user_receive_time", "user_receive_time"),
        ("from", "from_"),
        ("class", "class_"),
        ("type", "type"),
        ("2fa", "n_2fa"),
    ],
)
def test_snake_case(wire: str, attr: str) -> None:
    assert naming.snake_case(wire) == attr


def test_class_and_package_names() -> None:
    assert naming.error_class_name("AuthFailure.SignatureFailure") == "AuthFailureSignatureFailure"
    assert naming.package_name("sms") == "tcsms"
    assert naming.client_class_name("sms") == "SmsClient"


@pytest.mark.parametrize(
    "text",
    [
        'ends with a "quoted word"',
        'has """ three quotes inside',
        "has a back\\slash and a trailing backslash \\",
        "x" * 300,
        "plain",
    ],
)
def test_docline_always_yields_a_valid_docstring(text: str) -> None:
    source = _docline(text, "    ", '"""', "") + '"""\n'
    parsed = ast.parse("def f():\n" + source + "    pass\n")
    docstring = ast.get_docstring(parsed.body[0], clean=False)  # type: ignore[arg-type]
    assert docstring is not None
    assert " ".join(docstring.split()) == " ".join(text.split())


@pytest.mark.parametrize("text", ["short", "a long description " * 20, "  spaces  kept  " * 10])
def test_pystring_round_trips_exactly(text: str) -> None:
    assert ast.literal_eval(_pystring(text)) == text
