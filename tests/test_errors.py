"""The generated error hierarchy: one class per code under its category, aliases, fallbacks."""

from __future__ import annotations

import pytest

from support.specs import sms_spec
from tcsms import errors
from tcsms._core import RawResponse, parse_envelope

SPEC = sms_spec()


@pytest.mark.parametrize("code", sorted(SPEC["errors"]))
def test_every_documented_code_has_its_class(code: str) -> None:
    error_class = errors.from_code(code)
    assert error_class.code == code
    assert error_class.description == (SPEC["errors"][code]["description"] or f"{code} error.")
    category = errors.from_code(code.split(".")[0])
    assert issubclass(error_class, category)
    assert issubclass(error_class, errors.ServerError)


def test_subclasses_do_not_inherit_their_category_aliases() -> None:
    assert errors.UnsupportedOperation.aliases == ("UnsupportedOperation.",)
    assert errors.UnsupportedOperationUnsupportedRegion.aliases == ()


def test_aliases_map_to_the_canonical_class() -> None:
    assert errors.from_code("UnsupportedOperation.") is errors.UnsupportedOperation
    assert (
        errors.from_code("UnauthorizedOperation.SdkAppIdIsDisabled")
        is errors.UnauthorizedOperationSdkAppIdsDisabled
    )
    assert errors.UnauthorizedOperationSdkAppIdsDisabled.aliases == (
        "UnauthorizedOperation.SdkAppIdIsDisabled",
    )


def test_unknown_codes_fall_back_to_their_category_then_to_server_error() -> None:
    assert errors.from_code("LimitExceeded.SomethingNew") is errors.LimitExceeded
    assert errors.from_code("AuthFailure.NewKind") is errors.AuthFailure
    assert errors.from_code("BrandNewCategory.Thing") is errors.ServerError


def test_a_category_catches_all_of_its_codes() -> None:
    with pytest.raises(errors.LimitExceeded):
        raise errors.LimitExceededPhoneNumberCountLimit("too many", request_id="r")


def test_error_envelope_becomes_the_class_with_code_message_and_request_id() -> None:
    body = (
        b'{"Response": {"Error": {"Code": "LimitExceeded.Brandnew", "Message": "m"},'
        b' "RequestId": "r-1"}}'
    )
    with pytest.raises(errors.LimitExceeded) as caught:
        parse_envelope(RawResponse(200, {}, body))
    error = caught.value
    assert (error.code, error.message, error.request_id) == ("LimitExceeded.Brandnew", "m", "r-1")
    assert type(error).code == "LimitExceeded"
    assert str(error) == "[LimitExceeded.Brandnew] m (request id: r-1)"


@pytest.mark.parametrize(
    "body", [b"not json", b"[]", b'{"NoResponse": {}}', b'{"Response": "text"}']
)
def test_bodies_that_are_not_api_responses_are_parse_errors(body: bytes) -> None:
    with pytest.raises(errors.ResponseParseError) as caught:
        parse_envelope(RawResponse(502, {}, body))
    assert caught.value.http_status == 502
    assert isinstance(caught.value, errors.ClientError)


def test_the_lookup_table_knows_every_spelling() -> None:
    aliases = {a["code"] for e in SPEC["errors"].values() for a in e.get("aliases", [])}
    assert set(errors.ERRORS_BY_CODE) >= set(SPEC["errors"]) | aliases


@pytest.mark.parametrize("code", sorted(c for c, e in SPEC["errors"].items() if "retryable" in e))
def test_retryability_is_the_specs(code: str) -> None:
    assert errors.from_code(code).retryable == SPEC["errors"][code]["retryable"]


def test_unmarked_codes_inherit_their_categorys_retryability() -> None:
    assert errors.from_code("RequestLimitExceeded.SomethingNew").retryable == "not_processed"
    assert errors.from_code("InternalError.SomethingNew").retryable == "maybe_processed"
    assert errors.from_code("FailedOperation.ContainSensitiveWord").retryable == "never"
    assert errors.from_code("Brand.New").retryable == "never"
