"""Generated models: wire names both ways, unknown fields kept, nullable fields optional."""

from __future__ import annotations

import dataclasses
import typing

import pytest

from tcsms import errors, models
from tcsms._core import decode

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


def test_a_response_missing_a_documented_field_is_a_parse_error() -> None:
    broken = {"PullSmsSendStatusSet": [{"CountryCode": "86"}], "RequestId": "r-9"}
    with pytest.raises(errors.ResponseParseError) as caught:
        decode(models.PullSmsSendStatusResponse.from_wire, broken)
    assert caught.value.request_id == "r-9"


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
        models.SendSmsRequest(["+8613711112222"], "1400006666", "1")  # type: ignore[call-arg]
