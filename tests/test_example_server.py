"""The test-side example server and its TC3 verifier, with requests signed by hand in this file.

Signatures here are computed step by step from document 003 ("Signature v3"), not with the
verifier's helpers, so that the server and these tests check each other.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from support import tc3_verifier
from support.example_server import ExampleServer
from support.tc3_verifier import Failure

SPEC_PATH = Path(__file__).resolve().parent.parent / "spec" / "sms.2021-01-11.yaml"
SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"
CONTENT_TYPE = "application/json; charset=utf-8"
VERSION = "2021-01-11"

# Document 003, "Signature v3", with the README's recomputed figures.
CVM_PAYLOAD = b'{"Limit": 1, "Filters": [{"Values": ["unnamed"], "Name": "instance-name"}]}'
CVM_HASHED_PAYLOAD = "99d58dfbc6745f6747f36bfca17dee5e6881dc0428a0a36f96199342bc5b4907"
CVM_HASHED_CANONICAL_REQUEST = "2815843035062fffda5fd6f2a44ea8a34818b0dc46f024b8b3786976a3adda7a"


def _sha256_hex(data: str | bytes) -> str:
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


def _hmac_sha256(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode(), hashlib.sha256).digest()


def authorization(
    host: str,
    body: bytes,
    timestamp: int,
    secret_id: str = SECRET_ID,
    secret_key: str = SECRET_KEY,
    service: str = "sms",
    date: str | None = None,
    content_type: str = CONTENT_TYPE,
) -> str:
    """The Authorization header over content-type and host, following the document's steps."""
    date = date or time.strftime("%Y-%m-%d", time.gmtime(timestamp))
    # Step 1: CanonicalRequest.
    canonical_request = (
        "POST\n/\n\n"
        f"content-type:{content_type}\nhost:{host}\n\n"
        "content-type;host\n"
        f"{_sha256_hex(body)}"
    )
    # Step 2: StringToSign.
    credential_scope = f"{date}/{service}/tc3_request"
    string_to_sign = (
        f"TC3-HMAC-SHA256\n{timestamp}\n{credential_scope}\n{_sha256_hex(canonical_request)}"
    )
    # Step 3: the derived key and the signature.
    secret_date = _hmac_sha256(("TC3" + secret_key).encode(), date)
    secret_service = _hmac_sha256(secret_date, service)
    secret_signing = _hmac_sha256(secret_service, "tc3_request")
    signature = hmac.new(secret_signing, string_to_sign.encode(), hashlib.sha256).hexdigest()
    # Step 4: Authorization.
    return (
        f"TC3-HMAC-SHA256 Credential={secret_id}/{credential_scope}, "
        f"SignedHeaders=content-type;host, Signature={signature}"
    )


def post(
    connection: http.client.HTTPConnection,
    action: str = "SendSms",
    body: bytes = b'{"SmsSdkAppId": "1400006666"}',
    **overrides: Any,
) -> tuple[int, dict[str, Any]]:
    """POST a signed request; ``overrides`` go to :func:`authorization` or replace headers."""
    host = f"{connection.host}:{connection.port}"
    timestamp = overrides.pop("timestamp", int(time.time()))
    signed_body = overrides.pop("signed_body", body)
    headers = {
        "Authorization": authorization(host, signed_body, timestamp, **overrides),
        "Content-Type": CONTENT_TYPE,
        "Host": host,
        "X-TC-Action": action,
        "X-TC-Version": VERSION,
        "X-TC-Timestamp": str(timestamp),
        "X-TC-Region": "ap-guangzhou",
    }
    return _send(connection, body, headers)


def _send(
    connection: http.client.HTTPConnection, body: bytes, headers: dict[str, str]
) -> tuple[int, dict[str, Any]]:
    connection.request("POST", "/", body=body, headers=headers)
    response = connection.getresponse()
    answer: dict[str, Any] = json.loads(response.read())
    return response.status, answer


def error_code(answer: dict[str, Any]) -> str:
    code: str = answer["Response"]["Error"]["Code"]
    uuid.UUID(answer["Response"]["RequestId"])
    return code


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture
def server(spec: dict[str, Any]) -> Iterator[ExampleServer]:
    with ExampleServer(spec, SECRET_ID, SECRET_KEY) as running:
        yield running


@pytest.fixture
def connection(server: ExampleServer) -> Iterator[http.client.HTTPConnection]:
    port = int(server.endpoint.rsplit(":", 1)[1])
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    yield connection
    connection.close()


def test_canonical_request_of_the_documented_example() -> None:
    assert _sha256_hex(CVM_PAYLOAD) == CVM_HASHED_PAYLOAD
    canonical = tc3_verifier.canonical_request(
        "POST",
        "/",
        "",
        {"Content-Type": CONTENT_TYPE, "Host": "cvm.tencentcloudapi.com"},
        ["content-type", "host"],
        CVM_PAYLOAD,
    )
    assert _sha256_hex(canonical) == CVM_HASHED_CANONICAL_REQUEST


def _verify(headers: dict[str, str], body: bytes = b"{}") -> tc3_verifier.VerificationResult:
    return tc3_verifier.verify("POST", "/", "", headers, body, {SECRET_ID: SECRET_KEY})


def _signed_headers(timestamp: int, **overrides: Any) -> dict[str, str]:
    return {
        "AUTHORIZATION": authorization("example.test", b"{}", timestamp, **overrides),
        "content-type": CONTENT_TYPE,
        "Host": "example.test",
        "X-TC-Timestamp": str(timestamp),
    }


def test_verifier_accepts_a_hand_signed_request_with_any_header_case() -> None:
    result = _verify(_signed_headers(int(time.time())))
    assert result.ok, result.detail
    assert result.secret_id == SECRET_ID


@pytest.mark.parametrize(
    ("overrides", "failure"),
    [
        ({"service": "cvm"}, Failure.WRONG_SERVICE),
        ({"date": "2019-02-25"}, Failure.DATE_MISMATCH),
        ({"secret_id": "AKIDunknown"}, Failure.UNKNOWN_SECRET_ID),
        ({"secret_key": "wrong"}, Failure.SIGNATURE_MISMATCH),
    ],
)
def test_verifier_names_the_failed_check(overrides: dict[str, Any], failure: Failure) -> None:
    assert _verify(_signed_headers(int(time.time()), **overrides)).failure is failure


def test_verifier_rejects_signed_headers_without_content_type() -> None:
    headers = _signed_headers(int(time.time()))
    headers["AUTHORIZATION"] = headers["AUTHORIZATION"].replace("content-type;host", "host")
    assert _verify(headers).failure is Failure.MISSING_SIGNED_HEADERS


def test_verifier_rejects_a_malformed_header_and_a_changed_body() -> None:
    headers = _signed_headers(int(time.time()))
    assert _verify(headers, body=b'{"x": 1}').failure is Failure.SIGNATURE_MISMATCH
    headers["AUTHORIZATION"] = "HmacSHA256 " + headers["AUTHORIZATION"]
    assert _verify(headers).failure is Failure.MALFORMED


def test_verifier_rejects_a_timestamp_more_than_five_minutes_away() -> None:
    timestamp = int(time.time())
    headers = _signed_headers(timestamp)
    assert _verify(headers).ok
    for now in (timestamp + 301, timestamp - 301):
        result = tc3_verifier.verify("POST", "/", "", headers, b"{}", {SECRET_ID: SECRET_KEY}, now)
        assert result.failure is Failure.EXPIRED


def test_signed_request_gets_the_documented_example(
    server: ExampleServer, connection: http.client.HTTPConnection, spec: dict[str, Any]
) -> None:
    status, answer = post(connection, body=b'{"PhoneNumberSet": ["+8618511122266"]}')
    assert status == 200
    assert answer == {"Response": spec["actions"]["SendSms"]["examples"][0]["response"]}
    [seen] = server.requests
    assert seen.verification.ok
    assert seen.action == "SendSms"
    assert seen.json_body == {"PhoneNumberSet": ["+8618511122266"]}
    assert seen.error_code is None
    assert server.host_header_seen == f"127.0.0.1:{connection.port}"
    assert server.endpoint == f"http://127.0.0.1:{connection.port}"


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"secret_key": "wrong-key"}, "AuthFailure.SignatureFailure"),
        ({"secret_id": "AKIDunknown"}, "AuthFailure.SecretIdNotFound"),
        ({"timestamp": int(time.time()) - 3600}, "AuthFailure.SignatureExpire"),
        ({"signed_body": b"{}"}, "AuthFailure.SignatureFailure"),
        ({"action": "SendSmsNow"}, "InvalidAction"),
    ],
)
def test_failed_checks_get_the_service_error(
    server: ExampleServer,
    connection: http.client.HTTPConnection,
    overrides: dict[str, Any],
    code: str,
) -> None:
    status, answer = post(connection, **overrides)
    assert status == 200
    assert error_code(answer) == code
    assert server.requests[-1].error_code == code


def _headers_of_a_signed_request(
    connection: http.client.HTTPConnection, content_type: str = CONTENT_TYPE
) -> dict[str, str]:
    host = f"{connection.host}:{connection.port}"
    timestamp = int(time.time())
    return {
        "Authorization": authorization(host, b"{}", timestamp, content_type=content_type),
        "Content-Type": content_type,
        "Host": host,
        "X-TC-Action": "SendSms",
        "X-TC-Version": VERSION,
        "X-TC-Timestamp": str(timestamp),
        "X-TC-Region": "ap-guangzhou",
    }


@pytest.mark.parametrize(
    ("header", "value", "code"),
    [
        ("X-TC-Version", "2019-07-11", "NoSuchVersion"),
        ("X-TC-Region", "", "MissingParameter"),
        ("Content-Type", "application/json", "AuthFailure.SignatureFailure"),
    ],
)
def test_common_parameters_are_checked(
    connection: http.client.HTTPConnection, header: str, value: str, code: str
) -> None:
    headers = _headers_of_a_signed_request(connection)
    headers[header] = value
    assert error_code(_send(connection, b"{}", headers)[1]) == code


@pytest.mark.parametrize(
    ("content_type", "code"),
    [("text/plain", "InvalidParameter"), ("application/json", None)],
)
def test_content_type_must_be_json(
    connection: http.client.HTTPConnection, content_type: str, code: str | None
) -> None:
    headers = _headers_of_a_signed_request(connection, content_type)
    answer = _send(connection, b"{}", headers)[1]
    assert answer["Response"].get("Error", {}).get("Code") == code


def test_token_is_required_when_configured(spec: dict[str, Any]) -> None:
    with ExampleServer(spec, SECRET_ID, SECRET_KEY, token="temporary-token") as server:
        port = int(server.endpoint.rsplit(":", 1)[1])
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        headers = _headers_of_a_signed_request(connection)
        assert error_code(_send(connection, b"{}", headers)[1]) == "AuthFailure.TokenFailure"
        headers["X-TC-Token"] = "temporary-token"
        assert "Error" not in _send(connection, b"{}", headers)[1]["Response"]
        connection.close()


def test_two_requests_share_one_kept_alive_connection(
    server: ExampleServer, connection: http.client.HTTPConnection
) -> None:
    first_status, first = post(connection)
    first_socket = connection.sock
    second_status, second = post(connection, action="DescribeSmsSignList")
    assert (first_status, second_status) == (200, 200)
    assert "Error" not in first["Response"] and "Error" not in second["Response"]
    assert first_socket is not None and connection.sock is first_socket
    assert [seen.action for seen in server.requests] == ["SendSms", "DescribeSmsSignList"]


def test_closing_the_server_ends_idle_kept_alive_connections(spec: dict[str, Any]) -> None:
    with ExampleServer(spec, SECRET_ID, SECRET_KEY) as server:
        port = int(server.endpoint.rsplit(":", 1)[1])
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        assert post(connection)[0] == 200
    assert connection.sock is not None
    assert connection.sock.recv(1) == b""  # the server hung up instead of waiting for a request
    connection.close()
