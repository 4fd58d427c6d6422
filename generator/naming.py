"""The one authority for names: wire names to Python attributes, classes, methods and modules."""

from __future__ import annotations

import keyword
import re

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NOT_IDENTIFIER = re.compile(r"[^0-9a-zA-Z]+")


def snake_case(wire_name: str) -> str:
    """Wire name to attribute: ``SmsSdkAppId`` -> ``sms_sdk_app_id``, ``ISOCode`` -> ``iso_code``.

    Separators count as word breaks (``X-TC-Action`` -> ``x_tc_action``).

    Python keywords get a trailing underscore (``from`` -> ``from_``); soft keywords and builtins
    such as ``type`` are legal attribute names and stay as they are.
    """
    words = _NOT_IDENTIFIER.sub("_", _WORD_BOUNDARY.sub("_", wire_name)).strip("_").lower()
    name = re.sub("_+", "_", words)
    if name[:1].isdigit():
        name = f"n_{name}"
    return f"{name}_" if keyword.iskeyword(name) else name


def pascal_case(name: str) -> str:
    """``sms`` -> ``Sms``, ``send_status`` -> ``SendStatus``, ``SendSms`` stays ``SendSms``."""
    return "".join(part[:1].upper() + part[1:] for part in _NOT_IDENTIFIER.split(name) if part)


def error_class_name(code: str) -> str:
    """``AuthFailure.SignatureFailure`` -> ``AuthFailureSignatureFailure``."""
    return pascal_case(code.replace(".", "_"))


def package_name(service_name: str) -> str:
    """The import name of a service's generated package: ``sms`` -> ``tcsms``."""
    return f"tc{snake_case(service_name).replace('_', '')}"


def client_class_name(service_name: str) -> str:
    """``sms`` -> ``SmsClient``."""
    return f"{pascal_case(service_name)}Client"


def request_class_name(action: str) -> str:
    return f"{action}Request"


def response_class_name(action: str) -> str:
    return f"{action}Response"
