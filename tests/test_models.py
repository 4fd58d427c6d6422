"""Generated models: wire names both ways, unknown fields kept, nullable fields optional."""

from __future__ import annotations

import dataclasses
import logging
import typing

import pytest

from support.documents import docs_dir
from support.specs import sms_spec
from tcsms import errors, models
from tcsms._core import RawResponse
from tcsms._decode import _LOGGED, RESPONSE_FIELDS, conforms, decode, differences

STATUS = {
    "UserReceiveTime": 1620734188,
    "CountryCode": "86",
    "SubscriberNumber": "15291996666",
    "PhoneNumber": "+8615291996666",
    "SerialNo": "14:8995401185",
    "ReportStatus": "SUCCESS",
    "Description": "DELIVRD",
}


def test_wire_names_map_to_snake_case_and_back() -> None:
    status = models.PullSmsSendStatus.from_wire(STATUS)
    assert status.user_receive_time == 1620734188
    assert status.serial_no == "14:8995401185"
    assert status.to_wire() == STATUS


def test_unknown_response_fields_are_kept_not_fatal() -> None:
    status = models.PullSmsSendStatus.from_wire({**STATUS, "NewField": {"x": 1}})
    assert status.unknown_fields == {"NewField": {"x": 1}}
    assert status.to_wire()["NewField"] == {"x": 1}
    assert "NewField" not in repr(status)


def test_nullable_fields_are_optional() -> None:
    hints = typing.get_type_hints(models.PullSmsSendStatus)
    assert hints["session_context"] == str | None
    assert hints["serial_no"] is str
    assert models.PullSmsSendStatus.from_wire(STATUS).session_context is None
    with_null = models.PullSmsSendStatus.from_wire({**STATUS, "SessionContext": None})
    assert with_null.session_context is None


def test_nested_arrays_of_data_types_are_models() -> None:
    response = models.PullSmsSendStatusResponse.from_wire(
        {"PullSmsSendStatusSet": [STATUS, STATUS], "RequestId": "r"}
    )
    assert [type(s) for s in response.pull_sms_send_status_set] == [models.PullSmsSendStatus] * 2


def _raw(body: typing.Any) -> RawResponse:
    return RawResponse(200, {"Content-Type": "application/json"}, repr(body).encode())


BROKEN: dict[str, typing.Any] = {
    "PullSmsSendStatusSet": [
        {**STATUS, "SerialNo": None, "UserReceiveTime": "soon"},
        "odd",
        STATUS,
    ],
    "RequestId": "r-9",
}
del BROKEN["PullSmsSendStatusSet"][0]["CountryCode"]


def test_differences_name_every_missing_null_and_mistyped_field_by_path() -> None:
    found = differences("PullSmsSendStatusResponse", BROKEN)
    assert {(d.path, d.kind) for d in found} == {
        ("pull_sms_send_status_set[0].user_receive_time", "type"),
        ("pull_sms_send_status_set[0].country_code", "missing"),
        ("pull_sms_send_status_set[0].serial_no", "null"),
        ("pull_sms_send_status_set[1]", "type"),
    }


def test_a_documented_answer_has_no_differences() -> None:
    answer = {"PullSmsSendStatusSet": [STATUS], "RequestId": "r"}
    assert differences("PullSmsSendStatusResponse", answer) == []


def test_lenient_decoding_keeps_what_was_received_and_logs_each_difference_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="tcsms")
    _LOGGED.clear()
    raw = _raw(BROKEN)
    for _ in range(3):
        response = decode(
            models.PullSmsSendStatusResponse, "PullSmsSendStatus", BROKEN, raw, strict=False
        )
    first, odd, good = response.pull_sms_send_status_set
    assert isinstance(first, models.PullSmsSendStatus) and isinstance(
        good, models.PullSmsSendStatus
    )
    received: tuple[object, ...] = (first.country_code, first.serial_no, first.user_receive_time)
    assert received == (None, None, "soon")
    assert typing.cast(object, odd) == "odd"
    assert response.request_id == "r-9" and response.http_response is raw
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "country_code: missing" in warnings[0].getMessage()
    assert "r-9" in warnings[0].getMessage()


def test_strict_decoding_raises_with_the_raw_answer() -> None:
    raw = _raw(BROKEN)
    with pytest.raises(errors.ResponseParseError) as caught:
        decode(models.PullSmsSendStatusResponse, "PullSmsSendStatus", BROKEN, raw, strict=True)
    assert caught.value.request_id == "r-9"
    assert caught.value.http_response is raw and caught.value.http_status == 200
    assert "pull_sms_send_status_set[0].country_code: missing" in str(caught.value)


def test_every_response_and_data_type_has_a_field_table() -> None:
    responses = {name for name in models.__all__ if name.endswith("Response")}
    assert responses <= set(RESPONSE_FIELDS)
    for name, fields in RESPONSE_FIELDS.items():
        model = getattr(models, name)
        assert [f.name for f in fields] == [
            f.name for f in dataclasses.fields(model) if f.name in {x.name for x in fields}
        ]


def test_requests_leave_out_unset_optional_parameters() -> None:
    request = models.SendSmsRequest(
        phone_number_set=["+8613711112222"], sms_sdk_app_id="1400006666", template_id="1"
    )
    assert request.to_wire() == {
        "PhoneNumberSet": ["+8613711112222"],
        "SmsSdkAppId": "1400006666",
        "TemplateId": "1",
    }


def test_models_are_keyword_only_slotted_dataclasses() -> None:
    assert dataclasses.is_dataclass(models.SendStatus)
    assert hasattr(models.SendStatus, "__slots__")
    with pytest.raises(TypeError):
        # Through Any: the point is the run-time refusal, whatever a type checker says first.
        typing.cast(typing.Any, models.SendSmsRequest)(["+8613711112222"], "1400006666", "1")


def _answers() -> list[tuple[str, dict[str, typing.Any]]]:
    spec = sms_spec()
    cases = [
        (f"{name}Response", a["examples"][0]["response"]) for name, a in spec["actions"].items()
    ]
    cases.append(("PullSmsSendStatusResponse", BROKEN))
    values: list[object] = [None, True, 1, 1.5, "x", [], {}, [1], [{}]]
    for value in values:
        cases.append(("SendSmsResponse", {"SendStatusSet": value, "RequestId": "r"}))
        cases.append(("PullSmsSendStatus", {**STATUS, "UserReceiveTime": value}))
    return cases


@pytest.mark.parametrize(("shape", "answer"), _answers())
def test_the_fast_check_agrees_with_the_detailed_one(
    shape: str, answer: dict[str, typing.Any]
) -> None:
    assert conforms(shape, answer) == (differences(shape, answer) == [])


def test_partial_leaves_fields_not_given_none_and_refuses_unknown_names() -> None:
    status = models.SendStatus.partial(serial_no="s-1", fee=1)
    given: tuple[object, ...] = (status.serial_no, status.fee, status.code)
    assert given == ("s-1", 1, None)
    with pytest.raises(TypeError, match="no field segments"):
        models.SendStatus.partial(serial_no="s-1", segments=2)


def test_a_send_status_explains_its_own_result() -> None:
    success = sms_spec()["types"]["SendStatus"]["outcome"]["success"]
    assert models.SendStatus.partial(code=success).ok
    assert models.SendStatus.partial(code=success).error is None
    failed = models.SendStatus.partial(code="FailedOperation.PhoneNumberInBlacklist")
    assert not failed.ok
    assert failed.error is errors.from_code("FailedOperation.PhoneNumberInBlacklist")
    assert failed.error is not None and issubclass(failed.error, errors.FailedOperation)
    assert models.SendStatus.partial(code="LimitExceeded.SomethingNew").error is (
        errors.LimitExceeded
    )
    assert models.SendStatus.partial().error is None  # a lenient answer without a code


def test_the_outcome_quote_is_the_documents_own_sentence() -> None:
    outcome = sms_spec()["types"]["SendStatus"]["outcome"]
    assert outcome["quote"] in (docs_dir() / outcome["source"]).read_text(encoding="utf-8")
