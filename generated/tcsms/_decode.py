# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""Reads the answer of a processed call into its response model: leniently, unless asked not to.

An answer to a request the service processed is never lost to its shape (a SendSms answer holds
the serial numbers; a retry would send again). By default a documented field the service left out
becomes None and a value of another type is kept as received; each such difference is logged once
at WARNING on the package's logger. With ``strict_responses=True`` they raise
``ResponseParseError`` instead, with the raw answer attached: for contract tests.

``RESPONSE_FIELDS`` gives, per response and data type, each documented field and its JSON type.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, Self, TypeVar

from tcsms import _exceptions as errors

if TYPE_CHECKING:
    from tcsms._core import RawResponse

__all__ = ["RESPONSE_FIELDS", "Difference", "ResponseField", "conforms", "decode", "differences"]


class ResponseField(NamedTuple):
    """A documented field of an answer: a JSON type (``string``, ``integer``, ``boolean``,
    ``float``, ``object``) or a data type of ``RESPONSE_FIELDS``, a list of those with ``array``;
    ``optional`` when the documents allow it to be absent or null."""

    wire_name: str
    name: str
    type_name: str
    array: bool = False
    optional: bool = False


RESPONSE_FIELDS: dict[str, tuple[ResponseField, ...]] = {
    "AddSignStatus": (ResponseField("SignId", "sign_id", "integer"),),
    "AddTemplateStatus": (ResponseField("TemplateId", "template_id", "string"),),
    "CallbackStatusStatistics": (
        ResponseField("CallbackCount", "callback_count", "integer"),
        ResponseField("RequestSuccessCount", "request_success_count", "integer"),
        ResponseField("CallbackFailCount", "callback_fail_count", "integer"),
        ResponseField("CallbackSuccessCount", "callback_success_count", "integer"),
        ResponseField("InternalErrorCount", "internal_error_count", "integer"),
        ResponseField("InvalidNumberCount", "invalid_number_count", "integer"),
        ResponseField("ShutdownErrorCount", "shutdown_error_count", "integer"),
        ResponseField("BlackListCount", "black_list_count", "integer"),
        ResponseField("FrequencyLimitCount", "frequency_limit_count", "integer"),
    ),
    "DeleteSignStatus": (
        ResponseField("DeleteStatus", "delete_status", "string"),
        ResponseField("DeleteTime", "delete_time", "integer"),
    ),
    "DeleteTemplateStatus": (
        ResponseField("DeleteStatus", "delete_status", "string"),
        ResponseField("DeleteTime", "delete_time", "integer"),
    ),
    "DescribeSignListStatus": (
        ResponseField("SignId", "sign_id", "integer"),
        ResponseField("International", "international", "integer"),
        ResponseField("StatusCode", "status_code", "integer"),
        ResponseField("ReviewReply", "review_reply", "string"),
        ResponseField("SignName", "sign_name", "string"),
        ResponseField("CreateTime", "create_time", "integer"),
    ),
    "DescribeTemplateListStatus": (
        ResponseField("TemplateId", "template_id", "integer"),
        ResponseField("International", "international", "integer"),
        ResponseField("StatusCode", "status_code", "integer"),
        ResponseField("ReviewReply", "review_reply", "string"),
        ResponseField("TemplateName", "template_name", "string"),
        ResponseField("CreateTime", "create_time", "integer"),
        ResponseField("TemplateContent", "template_content", "string"),
    ),
    "ModifySignStatus": (ResponseField("SignId", "sign_id", "integer"),),
    "ModifyTemplateStatus": (ResponseField("TemplateId", "template_id", "integer"),),
    "PhoneNumberInfo": (
        ResponseField("Code", "code", "string"),
        ResponseField("Message", "message", "string"),
        ResponseField("NationCode", "nation_code", "string"),
        ResponseField("SubscriberNumber", "subscriber_number", "string"),
        ResponseField("PhoneNumber", "phone_number", "string"),
        ResponseField("IsoCode", "iso_code", "string"),
        ResponseField("IsoName", "iso_name", "string"),
    ),
    "PullSmsReplyStatus": (
        ResponseField("ExtendCode", "extend_code", "string"),
        ResponseField("CountryCode", "country_code", "string"),
        ResponseField("PhoneNumber", "phone_number", "string"),
        ResponseField("SignName", "sign_name", "string"),
        ResponseField("ReplyContent", "reply_content", "string"),
        ResponseField("ReplyTime", "reply_time", "integer"),
        ResponseField("SubscriberNumber", "subscriber_number", "string"),
    ),
    "PullSmsSendStatus": (
        ResponseField("UserReceiveTime", "user_receive_time", "integer"),
        ResponseField("CountryCode", "country_code", "string"),
        ResponseField("SubscriberNumber", "subscriber_number", "string"),
        ResponseField("PhoneNumber", "phone_number", "string"),
        ResponseField("SerialNo", "serial_no", "string"),
        ResponseField("ReportStatus", "report_status", "string"),
        ResponseField("Description", "description", "string"),
        ResponseField("SessionContext", "session_context", "string", optional=True),
    ),
    "ReportConversionStatus": (
        ResponseField("Code", "code", "string"),
        ResponseField("Message", "message", "string"),
    ),
    "SendStatus": (
        ResponseField("SerialNo", "serial_no", "string"),
        ResponseField("PhoneNumber", "phone_number", "string"),
        ResponseField("Fee", "fee", "integer"),
        ResponseField("SessionContext", "session_context", "string"),
        ResponseField("Code", "code", "string"),
        ResponseField("Message", "message", "string"),
        ResponseField("IsoCode", "iso_code", "string"),
    ),
    "SendStatusStatistics": (
        ResponseField("FeeCount", "fee_count", "integer"),
        ResponseField("RequestCount", "request_count", "integer"),
        ResponseField("RequestSuccessCount", "request_success_count", "integer"),
    ),
    "PullSmsReplyStatusResponse": (
        ResponseField(
            "PullSmsReplyStatusSet", "pull_sms_reply_status_set", "PullSmsReplyStatus", array=True
        ),
        ResponseField("RequestId", "request_id", "string"),
    ),
    "PullSmsReplyStatusByPhoneNumberResponse": (
        ResponseField(
            "PullSmsReplyStatusSet", "pull_sms_reply_status_set", "PullSmsReplyStatus", array=True
        ),
        ResponseField("RequestId", "request_id", "string"),
    ),
    "PullSmsSendStatusResponse": (
        ResponseField(
            "PullSmsSendStatusSet", "pull_sms_send_status_set", "PullSmsSendStatus", array=True
        ),
        ResponseField("RequestId", "request_id", "string"),
    ),
    "PullSmsSendStatusByPhoneNumberResponse": (
        ResponseField(
            "PullSmsSendStatusSet", "pull_sms_send_status_set", "PullSmsSendStatus", array=True
        ),
        ResponseField("RequestId", "request_id", "string"),
    ),
    "SendStatusStatisticsResponse": (
        ResponseField("SendStatusStatistics", "send_status_statistics", "SendStatusStatistics"),
        ResponseField("RequestId", "request_id", "string"),
    ),
    "CallbackStatusStatisticsResponse": (
        ResponseField(
            "CallbackStatusStatistics", "callback_status_statistics", "CallbackStatusStatistics"
        ),
        ResponseField("RequestId", "request_id", "string"),
    ),
    "AddSmsSignResponse": (
        ResponseField("AddSignStatus", "add_sign_status", "AddSignStatus"),
        ResponseField("RequestId", "request_id", "string"),
    ),
    "DeleteSmsSignResponse": (
        ResponseField("DeleteSignStatus", "delete_sign_status", "DeleteSignStatus"),
        ResponseField("RequestId", "request_id", "string"),
    ),
    "DescribeSmsSignListResponse": (
        ResponseField(
            "DescribeSignListStatusSet",
            "describe_sign_list_status_set",
            "DescribeSignListStatus",
            array=True,
        ),
        ResponseField("RequestId", "request_id", "string"),
    ),
    "ModifySmsSignResponse": (
        ResponseField("ModifySignStatus", "modify_sign_status", "ModifySignStatus"),
        ResponseField("RequestId", "request_id", "string"),
    ),
    "SendSmsResponse": (
        ResponseField("SendStatusSet", "send_status_set", "SendStatus", array=True),
        ResponseField("RequestId", "request_id", "string"),
    ),
    "DescribePhoneNumberInfoResponse": (
        ResponseField("PhoneNumberInfoSet", "phone_number_info_set", "PhoneNumberInfo", array=True),
        ResponseField("RequestId", "request_id", "string"),
    ),
    "ReportConversionResponse": (
        ResponseField(
            "ReportConversionStatus", "report_conversion_status", "ReportConversionStatus"
        ),
        ResponseField("RequestId", "request_id", "string"),
    ),
    "AddSmsTemplateResponse": (
        ResponseField("AddTemplateStatus", "add_template_status", "AddTemplateStatus"),
        ResponseField("RequestId", "request_id", "string"),
    ),
    "DeleteSmsTemplateResponse": (
        ResponseField("DeleteTemplateStatus", "delete_template_status", "DeleteTemplateStatus"),
        ResponseField("RequestId", "request_id", "string"),
    ),
    "DescribeSmsTemplateListResponse": (
        ResponseField(
            "DescribeTemplateStatusSet",
            "describe_template_status_set",
            "DescribeTemplateListStatus",
            array=True,
        ),
        ResponseField("RequestId", "request_id", "string"),
    ),
    "ModifySmsTemplateResponse": (
        ResponseField("ModifyTemplateStatus", "modify_template_status", "ModifyTemplateStatus"),
        ResponseField("RequestId", "request_id", "string"),
    ),
}


class Difference(NamedTuple):
    """Where an answer differs from the documents: ``path`` in attribute names
    (``send_status_set[0].fee``), ``kind`` (``missing``, ``null`` or ``type``), and what was seen.
    """

    path: str
    kind: str
    detail: str

    def __str__(self) -> str:
        return f"{self.path}: {self.detail}"


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_float(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_JSON_TYPES: dict[str, tuple[str, Callable[[Any], bool]]] = {
    "string": ("str", lambda value: isinstance(value, str)),
    "integer": ("int", _is_int),
    "boolean": ("bool", lambda value: isinstance(value, bool)),
    "float": ("float", _is_float),
    "object": ("dict", lambda value: isinstance(value, dict)),
}
_SHOWN_CHARS = 40


# The fast check that runs on every answer: JSON decoding yields exactly these types (True is a
# bool, never an int), so a set lookup on the type stands for the isinstance checks below.
_EXACT_TYPES: dict[str, frozenset[type]] = {
    "string": frozenset({str}),
    "integer": frozenset({int}),
    "boolean": frozenset({bool}),
    "float": frozenset({int, float}),
    "object": frozenset({dict}),
}
# Per shape: (wire name, exact types or None for a data type, the data type, array, optional).
_Compiled = tuple[tuple[str, frozenset[type] | None, str, bool, bool], ...]
_COMPILED: dict[str, _Compiled] = {
    shape: tuple(
        (f.wire_name, _EXACT_TYPES.get(f.type_name), f.type_name, f.array, f.optional)
        for f in fields
    )
    for shape, fields in RESPONSE_FIELDS.items()
}


def conforms(shape: str, data: Mapping[str, Any]) -> bool:
    """Whether ``data`` has every documented field of ``shape`` with its JSON type (fast)."""
    for wire_name, types, type_name, array, optional in _COMPILED[shape]:
        value = data.get(wire_name)
        if value is None:
            if optional:
                continue
            return False
        items: Sequence[Any] = (value,)
        if array:
            if type(value) is not list:
                return False
            items = value
        for item in items:
            if types is None:
                if type(item) is not dict or not conforms(type_name, item):
                    return False
            elif type(item) not in types:
                return False
    return True


def differences(shape: str, data: Mapping[str, Any], path: str = "") -> list[Difference]:
    """Every way ``data`` (the JSON form of ``shape``) differs from the documented fields.

    Only absence, null and JSON types are compared: values and unknown fields are the service's
    business, and a newer service may add both.
    """
    found: list[Difference] = []
    for field in RESPONSE_FIELDS[shape]:
        where = path + field.name
        value = data.get(field.wire_name)
        if value is None:
            if not field.optional:
                kind = "null" if field.wire_name in data else "missing"
                found.append(Difference(where, kind, "missing" if kind == "missing" else "null"))
            continue
        if not field.array:
            found += _value_differences(field.type_name, value, where)
        elif not isinstance(value, list):
            found.append(_wrong_type(where, "list", value))
        else:
            for index, item in enumerate(value):
                found += _value_differences(field.type_name, item, f"{where}[{index}]")
    return found


def _value_differences(type_name: str, value: Any, path: str) -> list[Difference]:
    if type_name in RESPONSE_FIELDS:
        if not isinstance(value, dict):
            return [_wrong_type(path, "dict", value)]
        return differences(type_name, value, path + ".")
    expected, matches = _JSON_TYPES[type_name]
    return [] if matches(value) else [_wrong_type(path, expected, value)]


def _wrong_type(path: str, expected: str, value: Any) -> Difference:
    shown = repr(value)
    if len(shown) > _SHOWN_CHARS:
        shown = shown[:_SHOWN_CHARS] + "..."
    return Difference(path, "type", f"expected {expected}, got {type(value).__name__} {shown}")


class ResponseModel(Protocol):
    """What ``decode`` needs of a generated response model."""

    http_response: RawResponse | None

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> Self: ...


_Model = TypeVar("_Model", bound=ResponseModel)

# Differences already logged, so a service that always leaves a field out logs it once, not on every
# call; bounded, so a stream of ever-new paths cannot grow it without end.
_LOGGED: set[tuple[str, str, str]] = set()
_MAX_LOGGED = 1024
_INDEX = re.compile(r"\[[0-9]+\]")


def decode(
    model: type[_Model],
    action: str,
    response: dict[str, Any],
    raw: RawResponse,
    *,
    strict: bool,
) -> _Model:
    """The response model of ``action`` built from the ``Response`` object of its answer.

    Differences from the documents are logged (once each), or raise ``ResponseParseError`` with
    ``strict``.
    """
    name = model.__name__
    found = [] if conforms(name, response) else differences(name, response)
    if found:
        request_id = response.get("RequestId")
        request_id = request_id if isinstance(request_id, str) else None
        if strict:
            raise errors.ResponseParseError(
                f"{action}: the answer does not match the documented shape: "
                + "; ".join(map(str, found)),
                request_id=request_id,
                http_response=raw,
            )
        _log_new(action, found, request_id)
    result = model.from_wire(response)
    result.http_response = raw
    return result


def _log_new(action: str, found: list[Difference], request_id: str | None) -> None:
    new = []
    for difference in found:
        key = (action, _INDEX.sub("[]", difference.path), difference.kind)
        if key not in _LOGGED:
            if len(_LOGGED) < _MAX_LOGGED:
                _LOGGED.add(key)
            new.append(difference)
    if not new:
        return
    import logging  # only when an answer differs from the documents

    logging.getLogger("tcsms").warning(
        "%s: the answer differs from the documents, kept as received (request id %s): %s",
        action,
        request_id,
        "; ".join(map(str, new)),
    )
