"""Signature v1 (HmacSHA1, HmacSHA256) end to end, against an independent verifying server.

The server (support/v1_server.py) is written from document 003's "Signature" section; it is first
held against the document's own worked example, then the clients must satisfy it over GET and POST.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any, Literal

import pytest

from support import v1_server
from support.sms_calls import PULL_SEND_STATUS, SECRET_ID, SECRET_KEY, SEND_SMS, TOKEN
from support.specs import sms_spec
from support.v1_server import V1ExampleServer
from tcsms import AsyncSmsClient, SmsClient, errors

SPEC = sms_spec()
SEND_SMS_EXAMPLE = SPEC["actions"]["SendSms"]["examples"][0]
SIGN_METHODS = ["HmacSHA1", "HmacSHA256"]
HTTP_METHODS = ["POST", "GET"]

# Document 003, "Signature", sections 2.1-2.4 and the demo URL of "Signature v3", 5 (whose
# "...WcGel%3D" is a transcription of "...WcGeI%3D"), with the keys unmasked as "...EXAMPLE".
DOC_PARAMS = {
    "Action": "DescribeInstances",
    "InstanceIds.0": "ins-09dx96dg",
    "Limit": "20",
    "Nonce": "11886",
    "Offset": "0",
    "Region": "ap-guangzhou",
    "SecretId": "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
    "Timestamp": "1465185768",
    "Version": "2017-03-12",
}
DOC_STRING_TO_SIGN = (
    "GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20"
    "&Nonce=11886&Offset=0&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
    "&Timestamp=1465185768&Version=2017-03-12"
)
DOC_SIGNATURE = "EliP9YW3pW28FpsEdkXt/+WcGeI="

SignMethod = Literal["HmacSHA1", "HmacSHA256"]
HttpMethod = Literal["POST", "GET"]


@pytest.fixture(scope="module")
def server() -> Iterator[V1ExampleServer]:
    with V1ExampleServer(SPEC, SECRET_ID, SECRET_KEY) as running:
        yield running


def v1_client(
    endpoint: str, sign_method: SignMethod, http_method: HttpMethod, **settings: Any
) -> SmsClient:
    return SmsClient(
        secret_id=SECRET_ID,
        secret_key=SECRET_KEY,
        endpoint=endpoint,
        region="ap-guangzhou",
        sign_method=sign_method,
        http_method=http_method,
        **settings,
    )


def test_the_verifier_reproduces_the_documents_worked_example() -> None:
    assert v1_server.string_to_sign("GET", "cvm.tencentcloudapi.com", "/", DOC_PARAMS) == (
        DOC_STRING_TO_SIGN
    )
    assert v1_server.sign(SECRET_KEY, DOC_STRING_TO_SIGN, "HmacSHA1") == DOC_SIGNATURE
    signed = {**DOC_PARAMS, "Signature": DOC_SIGNATURE}
    verdict = v1_server.verify(
        "GET",
        "cvm.tencentcloudapi.com",
        "/",
        signed,
        {DOC_PARAMS["SecretId"]: SECRET_KEY},
        1465185768,
    )
    assert verdict.ok, verdict.detail
    tampered = {**signed, "Limit": "21"}
    assert not v1_server.verify(
        "GET",
        "cvm.tencentcloudapi.com",
        "/",
        tampered,
        {DOC_PARAMS["SecretId"]: SECRET_KEY},
        1465185768,
    ).ok


@pytest.mark.parametrize("http_method", HTTP_METHODS)
@pytest.mark.parametrize("sign_method", SIGN_METHODS)
def test_send_sms_signed_with_v1_is_verified_and_answered(
    server: V1ExampleServer, sign_method: SignMethod, http_method: HttpMethod
) -> None:
    with v1_client(server.endpoint, sign_method, http_method) as client:
        response = client.send_sms(**SEND_SMS)

    recorded = server.requests[-1]
    assert recorded.verification.ok, recorded.verification.detail
    assert recorded.method == http_method
    params = recorded.params
    assert params["Action"] == "SendSms"
    assert params["Version"] == "2021-01-11"
    assert params["Region"] == "ap-guangzhou"
    assert params["SecretId"] == SECRET_ID
    assert params["SignatureMethod"] == sign_method
    assert params["Nonce"].isdigit() and int(params["Nonce"]) > 0
    assert abs(int(params["Timestamp"]) - time.time()) < 60
    assert "SecretKey" not in params and SECRET_KEY not in recorded.encoded
    # Arrays are flattened with zero-based indices, scalars keep their wire names.
    assert params["PhoneNumberSet.0"] == "+8618511122266"
    assert params["PhoneNumberSet.1"] == "+8618511122233"
    assert params["TemplateParamSet.0"] == "12345"
    assert params["SmsSdkAppId"] == "1400006666"
    assert params["SignName"] == "Tencent Cloud"
    assert "PhoneNumberSet" not in params
    assert recorded.rfc3986_encoded, recorded.encoded
    if http_method == "POST":
        assert recorded.content_type == "application/x-www-form-urlencoded"
    assert response.to_wire() == SEND_SMS_EXAMPLE["response"]


@pytest.mark.parametrize("http_method", HTTP_METHODS)
def test_non_ascii_values_are_utf8_percent_encoded_and_signed_raw(
    server: V1ExampleServer, http_method: HttpMethod
) -> None:
    with v1_client(server.endpoint, "HmacSHA256", http_method) as client:
        client.send_sms(**{**SEND_SMS, "sign_name": "腾讯云", "session_context": "a+b/c=d&e f~"})
    recorded = server.requests[-1]
    assert recorded.verification.ok, recorded.verification.detail
    assert recorded.params["SignName"] == "腾讯云"
    assert recorded.params["SessionContext"] == "a+b/c=d&e f~"
    assert "%E8%85%BE" in recorded.encoded  # 腾, upper-case hex
    assert recorded.rfc3986_encoded, recorded.encoded


def test_every_nonce_is_fresh(server: V1ExampleServer) -> None:
    with v1_client(server.endpoint, "HmacSHA1", "POST") as client:
        for _ in range(5):
            client.pull_sms_send_status(**PULL_SEND_STATUS)
    nonces = [request.params["Nonce"] for request in server.requests[-5:]]
    assert len(set(nonces)) == 5


def test_a_token_is_sent_as_the_token_parameter_and_signed() -> None:
    with V1ExampleServer(SPEC, SECRET_ID, SECRET_KEY, token=TOKEN) as server:
        with v1_client(server.endpoint, "HmacSHA256", "GET", token=TOKEN) as client:
            client.pull_sms_send_status(**PULL_SEND_STATUS)
        recorded = server.requests[-1]
    assert recorded.verification.ok, recorded.verification.detail
    assert recorded.params["Token"] == TOKEN


def test_language_is_sent_as_a_signed_parameter(server: V1ExampleServer) -> None:
    with v1_client(server.endpoint, "HmacSHA1", "GET", language="en-US") as client:
        client.pull_sms_send_status(**PULL_SEND_STATUS)
    recorded = server.requests[-1]
    assert recorded.verification.ok, recorded.verification.detail
    assert recorded.params["Language"] == "en-US"


@pytest.mark.parametrize("sign_method", SIGN_METHODS)
def test_a_wrong_key_is_refused_by_the_verifier(
    server: V1ExampleServer, sign_method: SignMethod
) -> None:
    with SmsClient(
        secret_id=SECRET_ID,
        secret_key="not-the-key",
        endpoint=server.endpoint,
        sign_method=sign_method,
    ) as client:
        with pytest.raises(errors.AuthFailureSignatureFailure) as caught:
            client.pull_sms_send_status(**PULL_SEND_STATUS)
    assert caught.value.request_id
    assert "not-the-key" not in str(caught.value)


@pytest.mark.parametrize("http_method", HTTP_METHODS)
@pytest.mark.parametrize("sign_method", SIGN_METHODS)
def test_async_client_signs_v1_the_same_way(
    server: V1ExampleServer, sign_method: SignMethod, http_method: HttpMethod
) -> None:
    async def main() -> Any:
        async with AsyncSmsClient(
            secret_id=SECRET_ID,
            secret_key=SECRET_KEY,
            endpoint=server.endpoint,
            sign_method=sign_method,
            http_method=http_method,
        ) as client:
            return await client.send_sms(**SEND_SMS)

    response = asyncio.run(main())
    recorded = server.requests[-1]
    assert recorded.verification.ok, recorded.verification.detail
    assert recorded.method == http_method
    assert recorded.params["PhoneNumberSet.1"] == "+8618511122233"
    assert recorded.params["SignatureMethod"] == sign_method
    assert response.to_wire() == SEND_SMS_EXAMPLE["response"]


def test_get_with_tc3_is_refused_before_any_request() -> None:
    with pytest.raises(errors.ValidationError, match="http_method"):
        SmsClient(
            secret_id=SECRET_ID,
            secret_key=SECRET_KEY,
            endpoint="http://127.0.0.1:9",
            http_method="GET",
        )
