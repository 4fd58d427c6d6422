"""tcsms.callbacks: the documented callback records parse into typed models, strictly."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime, timedelta
from typing import Any

import pytest

from support.specs import callback_spec
from tcsms import ValidationError, callbacks
from tcsms.callbacks import InvalidCallbackError, SmsReply, SmsStatusNotification

STATUS = "SmsStatusNotification"
REPLY = "SmsReply"
MODELS: dict[str, type[callbacks.CallbackRecord]] = {
    STATUS: SmsStatusNotification,
    REPLY: SmsReply,
}
# A value of the wrong JSON type for each spec type.
WRONG_VALUES: dict[str, Any] = {"string": 12, "integer": "1457336869"}


def _parse(name: str, document: Any) -> list[Any]:
    body = json.dumps(document)
    if name == STATUS:
        return list(callbacks.parse_sms_status_notification(body))
    return [callbacks.parse_sms_reply(body)]


def _example_record(name: str) -> dict[str, Any]:
    example = callback_spec(name)["example"]
    record: dict[str, Any] = example[0] if isinstance(example, list) else example
    return dict(record)


def _document(name: str, record: dict[str, Any]) -> Any:
    return [record] if callback_spec(name)["payload"] == "array" else record


def test_the_documented_status_notification_parses_with_a_utc8_time() -> None:
    example = callback_spec(STATUS)["example"]
    [report] = callbacks.parse_sms_status_notification(json.dumps(example).encode())
    assert report.user_receive_time == datetime.fromisoformat("2015-10-17T08:03:04+08:00")
    assert report.user_receive_time.utcoffset() == timedelta(hours=8)
    assert report.raw["user_receive_time"] == example[0]["user_receive_time"]
    assert (report.report_status, report.errmsg, report.sid) == (
        example[0]["report_status"],
        example[0]["errmsg"],
        example[0]["sid"],
    )


def test_the_documented_reply_parses_with_its_unix_time_as_a_utc8_datetime() -> None:
    example = callback_spec(REPLY)["example"]
    reply = callbacks.parse_sms_reply(json.dumps(example))
    assert reply.time.timestamp() == example["time"]
    assert reply.time.utcoffset() == timedelta(hours=8)
    assert reply.raw == example
    assert (reply.mobile, reply.text, reply.extend) == (
        example["mobile"],
        example["text"],
        example["extend"],
    )


@pytest.mark.parametrize("name", [STATUS, REPLY])
def test_attributes_are_the_snake_case_fields_of_the_spec(name: str) -> None:
    attributes = {f.name for f in dataclasses.fields(MODELS[name])} - {"raw", "unknown_fields"}
    assert attributes == set(callback_spec(name)["fields"])


@pytest.mark.parametrize(
    ("name", "field"),
    [(name, field) for name in (STATUS, REPLY) for field in callback_spec(name)["fields"]],
)
def test_a_missing_field_is_refused_only_when_required(name: str, field: str) -> None:
    record = _example_record(name)
    del record[field]
    if callback_spec(name)["fields"][field].get("required", False):
        with pytest.raises(InvalidCallbackError) as caught:
            _parse(name, _document(name, record))
        assert field in str(caught.value) and isinstance(caught.value, ValidationError)
    else:
        [parsed] = _parse(name, _document(name, record))
        assert getattr(parsed, field) is None
        record[field] = None
        [parsed] = _parse(name, _document(name, record))
        assert getattr(parsed, field) is None


@pytest.mark.parametrize(
    ("name", "field"),
    [(name, field) for name in (STATUS, REPLY) for field in callback_spec(name)["fields"]],
)
def test_a_value_of_the_wrong_type_is_refused_naming_the_field(name: str, field: str) -> None:
    record = _example_record(name)
    record[field] = WRONG_VALUES[callback_spec(name)["fields"][field]["type"]]
    with pytest.raises(InvalidCallbackError) as caught:
        _parse(name, _document(name, record))
    assert any(problem_field.endswith(field) for problem_field in caught.value.fields)


def test_a_boolean_is_not_a_unix_time() -> None:
    record = _example_record(REPLY) | {"time": True}
    with pytest.raises(InvalidCallbackError, match="time"):
        callbacks.parse_sms_reply(json.dumps(record))


def test_a_time_that_is_not_the_documented_text_is_refused() -> None:
    record = _example_record(STATUS) | {"user_receive_time": "17/10/2015"}
    with pytest.raises(InvalidCallbackError, match=r"\[0\]\.user_receive_time"):
        callbacks.parse_sms_status_notification(json.dumps([record]))


def test_every_bad_record_of_a_batch_is_named_by_its_index() -> None:
    good = _example_record(STATUS)
    bad = {k: v for k, v in good.items() if k != "sid"}
    with pytest.raises(InvalidCallbackError) as caught:
        callbacks.parse_sms_status_notification(json.dumps([good, bad, bad]))
    assert caught.value.fields == ("[1].sid", "[2].sid")


def test_unknown_fields_are_kept() -> None:
    record = _example_record(REPLY) | {"added_later": 1}
    reply = callbacks.parse_sms_reply(json.dumps(record))
    assert reply.unknown_fields == {"added_later": 1}


@pytest.mark.parametrize("body", [b"", b"{", b"\xff\xfe", "null", "[]"])
def test_a_body_that_is_not_a_reply_object_is_refused(body: bytes | str) -> None:
    with pytest.raises(InvalidCallbackError):
        callbacks.parse_sms_reply(body)


def test_a_status_body_must_be_an_array() -> None:
    with pytest.raises(InvalidCallbackError, match="array"):
        callbacks.parse_sms_status_notification(json.dumps(_example_record(STATUS)))


@pytest.mark.parametrize("name", [STATUS, REPLY])
def test_the_answer_helper_gives_the_documented_answers(name: str) -> None:
    assert callbacks.answer() == callback_spec(name)["response"]["example"]
    failure = callbacks.answer("database unavailable")
    assert failure["result"] != 0 and failure["errmsg"] == "database unavailable"
    assert set(failure) == set(callback_spec(name)["response"]["fields"])
