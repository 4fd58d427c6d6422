"""Request validation: the spec's constraints, checked before anything is sent.

Payloads come from the real generated request models (``to_wire()``), as the client builds them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.specs import input_constraint, sms_spec
from tcsms import ValidationProblem, errors, models
from tcsms._validation import (
    ACTION_PARAMS,
    SERVICE_NORMALISED_FORMATS,
    Param,
    RequestValidator,
    request_problems,
    validate_request,
)

NUMBERS = ["+8618511122266", "+8618511122233"]
MAX_NUMBERS = input_constraint("SendSms", "PhoneNumberSet", "max_items")
MAX_TEMPLATES = input_constraint("DescribeSmsTemplateList", "Limit", "maximum")
MAX_CONTEXT_BYTES = input_constraint("SendSms", "SessionContext", "max_bytes")


def send_sms(**arguments: Any) -> dict[str, Any]:
    """The wire form of a valid SendSms request, with ``arguments`` changed."""
    defaults: dict[str, Any] = {
        "phone_number_set": NUMBERS,
        "sms_sdk_app_id": "1400006666",
        "template_id": "1234",
        "template_param_set": ["12345"],
    }
    return models.SendSmsRequest(**(defaults | arguments)).to_wire()


def statistics(**arguments: Any) -> dict[str, Any]:
    """The wire form of a valid SendStatusStatistics request, with ``arguments`` changed."""
    defaults: dict[str, Any] = {
        "begin_time": "2021050113",
        "end_time": "2021050123",
        "sms_sdk_app_id": "1400006874",
        "limit": 0,
        "offset": 0,
    }
    return models.SendStatusStatisticsRequest(**(defaults | arguments)).to_wire()


def add_template(**arguments: Any) -> dict[str, Any]:
    defaults: dict[str, Any] = {
        "template_name": "Verification code",
        "template_content": "Your verification code is {1}",
        "sms_type": 3,
        "international": 0,
        "remark": "xx",
    }
    return models.AddSmsTemplateRequest(**(defaults | arguments)).to_wire()


def problems_of(action: str, payload: dict[str, Any]) -> tuple[str, ...]:
    with pytest.raises(errors.ValidationError) as caught:
        validate_request(action, payload)
    return caught.value.problems


@pytest.mark.parametrize("action", sorted(sms_spec()["actions"]))
def test_the_documented_example_request_of_every_action_is_valid(action: str) -> None:
    example = sms_spec()["actions"][action]["examples"][0]["request"]
    payload = getattr(models, f"{action}Request").from_wire(example).to_wire()
    validate_request(action, payload)
    assert request_problems(action, payload) == []


def test_there_is_a_table_entry_for_every_input_parameter_of_every_action() -> None:
    actions = sms_spec()["actions"]
    assert sorted(ACTION_PARAMS) == sorted(actions)
    for name, action in actions.items():
        assert [p.wire_name for p in ACTION_PARAMS[name]] == list(action["input"])
    assert ACTION_PARAMS["SendSms"][0] == Param(
        "PhoneNumberSet",
        "phone_number_set",
        "string",
        array=True,
        required=True,
        min_items=1,
        max_items=MAX_NUMBERS,
        format="phone_number",
    )


@pytest.mark.parametrize(
    "number",
    [
        "13711112222",  # mainland numbers: the service defaults to +86
        "8613711112222",
        "008613711112222",
        "+86 18511122266",  # and forms whose fate only the service decides
        "+\uff18\uff1618511122266",
        "+86abc",
        "",
    ],
)
def test_phone_numbers_are_sent_as_given_for_the_service_to_normalise(number: str) -> None:
    for action in ("SendSms", "DescribePhoneNumberInfo"):
        assert SERVICE_NORMALISED_FORMATS >= {
            p.format for p in ACTION_PARAMS[action] if p.wire_name == "PhoneNumberSet"
        }
    assert request_problems("SendSms", send_sms(phone_number_set=[number])) == []
    payload = {"PhoneNumberSet": [number]}
    assert request_problems("DescribePhoneNumberInfo", payload) == []


def test_a_number_that_is_not_a_string_is_reported_with_its_argument_name_and_index() -> None:
    payload = send_sms(phone_number_set=[*NUMBERS, 8613711112222])
    assert problems_of("SendSms", payload) == (
        "phone_number_set[2]: expected str, got int 8613711112222",
    )


@pytest.mark.parametrize("value", ["\ud800", "ok\udfff", "é\udc80"])
def test_a_lone_surrogate_is_reported_without_the_value(value: str) -> None:
    (problem,) = problems_of("SendSms", send_sms(session_context=value))
    assert problem.startswith("session_context: not valid Unicode text: a lone surrogate")


def test_an_empty_required_string_is_reported() -> None:
    assert problems_of("SendSms", send_sms(sms_sdk_app_id="")) == (
        "sms_sdk_app_id: required, but ''",
    )
    validate_request("SendSms", send_sms(session_context=""))  # optional: the service's call


def test_one_number_above_the_documented_maximum_is_too_many_and_the_maximum_is_not() -> None:
    too_many = send_sms(phone_number_set=["+8618511122266"] * (MAX_NUMBERS + 1))
    assert problems_of("SendSms", too_many) == (
        f"phone_number_set: {MAX_NUMBERS + 1} items, at most {MAX_NUMBERS} allowed",
    )
    validate_request("SendSms", send_sms(phone_number_set=["+8618511122266"] * MAX_NUMBERS))


def test_no_numbers_is_too_few_for_send_sms_but_allowed_where_no_minimum_is_documented() -> None:
    assert problems_of("SendSms", send_sms(phone_number_set=[])) == (
        "phone_number_set: 0 items, at least 1 required",
    )
    validate_request(
        "DescribePhoneNumberInfo",
        models.DescribePhoneNumberInfoRequest(phone_number_set=[]).to_wire(),
    )


def test_a_limit_above_the_maximum_is_reported() -> None:
    above = MAX_TEMPLATES + 1
    too_many = models.DescribeSmsTemplateListRequest(international=0, limit=above).to_wire()
    assert problems_of("DescribeSmsTemplateList", too_many) == (
        f"limit: {above} is above the maximum {MAX_TEMPLATES}",
    )
    at_most = models.DescribeSmsTemplateListRequest(international=0, limit=MAX_TEMPLATES).to_wire()
    validate_request("DescribeSmsTemplateList", at_most)


def test_a_parameter_fixed_at_0_must_be_0() -> None:
    assert problems_of("SendStatusStatistics", statistics(limit=10)) == (
        "limit: 10 is not accepted: the value is currently fixed at 0",
    )


def test_a_value_outside_the_enum_is_reported_with_the_allowed_values() -> None:
    assert problems_of("AddSmsTemplate", add_template(international=2)) == (
        "international: 2 is not one of 0, 1",
    )


@pytest.mark.parametrize(
    ("action", "payload", "problem"),
    [
        (
            "SendSms",
            send_sms(sms_sdk_app_id=1400006666),
            "sms_sdk_app_id: expected str, got int 1400006666",
        ),
        (
            "SendSms",
            send_sms(template_param_set=[12345]),
            "template_param_set[0]: expected str, got int 12345",
        ),
        (
            "SendSms",
            send_sms(phone_number_set=[None]),
            "phone_number_set[0]: expected str, got NoneType None",
        ),
        ("SendStatusStatistics", statistics(limit=False), "limit: expected int, got bool False"),
        ("AddSmsTemplate", add_template(sms_type=3.0), "sms_type: expected int, got float 3.0"),
    ],
)
def test_a_value_of_the_wrong_type_is_reported(
    action: str, payload: dict[str, Any], problem: str
) -> None:
    assert problems_of(action, payload) == (problem,)


def test_a_string_where_a_list_is_expected_is_reported() -> None:
    # The models copy arrays with list(), which would split a str into characters; the check sees
    # the str when the payload is built any other way.
    payload = send_sms()
    payload["PhoneNumberSet"] = "+8618511122266"
    assert problems_of("SendSms", payload) == (
        "phone_number_set: expected list, got str '+8618511122266'",
    )


def test_a_tuple_is_a_list() -> None:
    payload = send_sms()
    payload["PhoneNumberSet"] = tuple(NUMBERS)
    validate_request("SendSms", payload)


def test_a_missing_or_none_required_parameter_is_reported() -> None:
    payload = send_sms(sms_sdk_app_id=None)
    del payload["TemplateId"]
    assert problems_of("SendSms", payload) == (
        "sms_sdk_app_id: required, but None",
        "template_id: required, but missing",
    )


def test_optional_parameters_may_be_left_out() -> None:
    validate_request("DescribeSmsTemplateList", {"International": 1})


def test_session_context_is_limited_in_utf8_bytes_not_characters() -> None:
    most = MAX_CONTEXT_BYTES
    two_byte = "é" * (most // 2 + 1)  # fewer characters than the maximum, more bytes
    four_byte = "😀" * (most // 4 + 1)
    for text in (two_byte, four_byte):
        assert len(text) <= most
        assert problems_of("SendSms", send_sms(session_context=text)) == (
            f"session_context: {len(text.encode())} bytes in UTF-8, at most {most} allowed",
        )
    validate_request("SendSms", send_sms(session_context="a" * most))
    validate_request("SendSms", send_sms(session_context="é" * (most // 2) + "a" * (most % 2)))


@pytest.mark.parametrize(
    "hour",
    [
        "2021023013",
        "2021050124",
        "2021130113",
        "2021050013",
        "202105011",
        "20210501130",
        "2021-05-01",
    ],
)
def test_a_yyyymmddhh_time_must_be_a_real_hour(hour: str) -> None:
    assert problems_of("SendStatusStatistics", statistics(end_time=hour)) == (
        f"end_time: {hour!r} is not a real date and hour as yyyymmddhh",
    )


@pytest.mark.parametrize("hour", ["2024022923", "2021050100", "2021123123"])
def test_real_yyyymmddhh_times_are_accepted(hour: str) -> None:
    validate_request("SendStatusStatistics", statistics(begin_time=hour, end_time=hour))


def test_a_negative_unix_time_is_rejected() -> None:
    payload = models.PullSmsSendStatusByPhoneNumberRequest(
        begin_time=-1,
        offset=0,
        limit=10,
        phone_number="+8618511122266",
        sms_sdk_app_id="1400006666",
    ).to_wire()
    assert problems_of("PullSmsSendStatusByPhoneNumber", payload) == (
        "begin_time: -1 is not a Unix time in seconds: it is negative",
    )


@pytest.mark.parametrize(
    ("image", "problem"),
    [
        ("AAA", "'AAA' is not valid base64"),
        ("AA AA", "'AA AA' is not valid base64"),
        ("A===", "'A===' is not valid base64"),
        (
            "data:image/jpeg;base64,/9j/",
            "'data:image/jpeg;base64,/9j/' is a data URL; pass only the",
        ),
    ],
)
def test_images_must_be_plain_base64(image: str, problem: str) -> None:
    payload = models.AddSmsSignRequest(
        sign_name="Tencent Cloud",
        sign_type=0,
        document_type=1,
        international=0,
        sign_purpose=1,
        proof_image="/9j/4AAQSkZJRg==",
        commission_image=image,
    ).to_wire()
    (reported,) = problems_of("AddSmsSign", payload)
    assert reported.startswith(f"commission_image: {problem}")


def test_unknown_fields_are_allowed() -> None:
    validate_request("SendSms", send_sms(unknown_fields={"NewParameter": object()}))


def test_every_problem_is_reported_together_with_its_path() -> None:
    payload = send_sms(
        phone_number_set=["+8618511122266", "12345", 5],
        sms_sdk_app_id=1400006666,
        template_id=None,
        session_context="é" * MAX_CONTEXT_BYTES,
    )
    with pytest.raises(errors.ValidationError) as caught:
        validate_request("SendSms", payload)
    context_bytes = 2 * MAX_CONTEXT_BYTES
    expected = (
        "phone_number_set[2]: expected str, got int 5",
        "sms_sdk_app_id: expected str, got int 1400006666",
        "template_id: required, but None",
        f"session_context: {context_bytes} bytes in UTF-8, at most {MAX_CONTEXT_BYTES} allowed",
    )
    assert caught.value.problems == expected
    assert str(caught.value) == "invalid request: " + "; ".join(expected)


def test_the_error_is_a_value_error_and_a_client_error() -> None:
    with pytest.raises(ValueError) as caught:
        validate_request("SendSms", send_sms(phone_number_set=[]))
    assert isinstance(caught.value, errors.ValidationError)
    assert isinstance(caught.value, errors.ClientError)
    assert isinstance(caught.value, errors.TencentCloudError)


def test_an_unknown_action_is_a_key_error() -> None:
    with pytest.raises(KeyError, match="SendSmsNow"):
        validate_request("SendSmsNow", {})


# The SMS API nests no data type in its inputs, so nested paths and the formats it does not use
# are checked through tables of their own.
NESTED = RequestValidator(
    actions={
        "Put": (
            Param("Thing", "thing", "Thing", required=True),
            Param("Things", "things", "Thing", array=True, max_items=2),
            Param("Weight", "weight", "float", minimum=0),
            Param("At", "at", "string", format="datetime"),
            Param("Link", "link", "string", format="url"),
            Param("Id", "id", "string", format="uuid", max_length=36),
        )
    },
    types={
        "Thing": (
            Param("Size", "size", "integer", required=True, maximum=3),
            Param("Parts", "parts", "Thing", array=True),
            Param("Done", "done", "boolean"),
        )
    },
)


def test_nested_data_types_are_checked_with_dotted_paths() -> None:
    payload = {
        "Thing": {"Size": 5, "Parts": [{"Size": 1}, {"Size": "2"}]},
        "Things": [{"Size": 1, "Done": 1}, {}, "x"],
    }
    assert NESTED.problems("Put", payload) == [
        "thing.size: 5 is above the maximum 3",
        "thing.parts[1].size: expected int, got str '2'",
        "things: 3 items, at most 2 allowed",
        "things[0].done: expected bool, got int 1",
        "things[1].size: required, but missing",
        "things[2]: expected dict, got str 'x'",
    ]


def test_each_problem_names_its_argument_and_path() -> None:
    payload = {
        "Thing": {"Size": 5, "Parts": [{"Size": 1}, {"Size": "2"}]},
        "Things": [{"Size": 1, "Done": 1}, {}, "x"],
    }
    with pytest.raises(errors.ValidationError) as caught:
        NESTED.validate("Put", payload)
    details = caught.value.details
    assert [(d.argument, d.path) for d in details] == [
        ("thing", "thing.size"),
        ("thing", "thing.parts[1].size"),
        ("things", "things"),
        ("things", "things[0].done"),
        ("things", "things[1].size"),
        ("things", "things[2]"),
    ]
    assert details[1].message == "expected int, got str '2'"
    # Each is its text, split: nothing is lost.
    assert [f"{d.path}: {d.message}" for d in details] == list(caught.value.problems)


def test_a_problem_about_no_one_argument_keeps_its_text() -> None:
    error = errors.ValidationError(["begin_time, end_time: one of them", "no path here"])
    assert error.details == (
        ValidationProblem("", "", "begin_time, end_time: one of them"),
        ValidationProblem("", "", "no path here"),
    )


def test_a_float_accepts_an_int_but_not_a_bool_or_nan() -> None:
    thing = {"Size": 1}
    assert NESTED.problems("Put", {"Thing": thing, "Weight": 2}) == []
    assert NESTED.problems("Put", {"Thing": thing, "Weight": True}) == [
        "weight: expected float, got bool True"
    ]
    assert NESTED.problems("Put", {"Thing": thing, "Weight": float("nan")}) == [
        "weight: nan is not a finite number (JSON has no such value)"
    ]
    assert NESTED.problems("Put", {"Thing": thing, "Weight": -0.5}) == [
        "weight: -0.5 is below the minimum 0"
    ]


@pytest.mark.parametrize(
    ("wire_name", "good", "bad", "problem"),
    [
        ("At", "2024-02-29 23:59:59", "2021-02-30 10:00:00", "is not a real time as YYYY-MM-DD"),
        ("At", "2024-02-29 23:59:59", "2021-05-01T10:00:00", "is not a real time as YYYY-MM-DD"),
        ("Link", "https://example.com/cb?x=1", "ftp://example.com", "is not an http(s) URL"),
        ("Link", "http://example.com", "https://exa mple.com", "is not an http(s) URL"),
        ("Id", "123e4567-e89b-12d3-a456-426614174000", "123e4567e89b12d3a456", "is not a UUID"),
    ],
)
def test_other_formats(wire_name: str, good: str, bad: str, problem: str) -> None:
    thing = {"Size": 1}
    assert NESTED.problems("Put", {"Thing": thing, wire_name: good}) == []
    (reported,) = NESTED.problems("Put", {"Thing": thing, wire_name: bad})
    assert problem in reported


@pytest.mark.parametrize(
    "param",
    [
        Param("Name", "name", "string", maximum=3),
        Param("Count", "count", "integer", format="e164"),
        Param("Count", "count", "integer", enum=("a",)),
        Param("Item", "item", "Missing"),
    ],
)
def test_a_table_with_a_constraint_that_cannot_apply_is_refused(param: Param) -> None:
    with pytest.raises(ValueError, match=param.wire_name):
        RequestValidator({"Put": (param,)}, {})
