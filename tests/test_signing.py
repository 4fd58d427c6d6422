"""The signing runtime of the generated package against the documents' worked examples.

Vectors come from ../shared/docs (README, "Worked examples that serve as test vectors"): document
003 "Signature v3" and "Signature" (v1); the legacy ``sig`` is tested in test_legacy.py.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tcsms import _signing

# Document 003, "Signature v3": the DescribeInstances example.
TC3_PAYLOAD = b'{"Limit": 1, "Filters": [{"Values": ["unnamed"], "Name": "instance-name"}]}'
TC3_HOST = "cvm.tencentcloudapi.com"
TC3_SERVICE = "cvm"
TC3_TIMESTAMP = 1551113065  # 2019-02-26 00:44:25 in UTC+8, 2019-02-25 in UTC
TC3_CONTENT_TYPE = "application/json; charset=utf-8"
TC3_HASHED_PAYLOAD = "99d58dfbc6745f6747f36bfca17dee5e6881dc0428a0a36f96199342bc5b4907"
TC3_HASHED_CANONICAL_REQUEST = "2815843035062fffda5fd6f2a44ea8a34818b0dc46f024b8b3786976a3adda7a"
TC3_CANONICAL_REQUEST = (
    "POST\n"
    "/\n"
    "\n"
    "content-type:application/json; charset=utf-8\n"
    "host:cvm.tencentcloudapi.com\n"
    "\n"
    "content-type;host\n"
    f"{TC3_HASHED_PAYLOAD}"
)
TC3_STRING_TO_SIGN = (
    "TC3-HMAC-SHA256\n"
    "1551113065\n"
    "2019-02-25/cvm/tc3_request\n"
    f"{TC3_HASHED_CANONICAL_REQUEST}"
)

# The documents mask the keys with "*****"; the README's vectors use these unmasked stand-ins.
SECRET_ID = "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"
SECRET_KEY = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"

# Document 003, "Signature" (v1): the DescribeInstances GET example.
V1_PARAMS = {
    "Action": "DescribeInstances",
    "InstanceIds.0": "ins-09dx96dg",
    "Limit": "20",
    "Nonce": "11886",
    "Offset": "0",
    "Region": "ap-guangzhou",
    "SecretId": SECRET_ID,
    "Timestamp": "1465185768",
    "Version": "2017-03-12",
}
V1_SIGNATURE_SHA1 = "EliP9YW3pW28FpsEdkXt/+WcGeI="

AUTHORIZATION = re.compile(
    r"TC3-HMAC-SHA256 Credential=(?P<id>[^/]+)/(?P<scope>\d{4}-\d\d-\d\d/[a-z]+/tc3_request), "
    r"SignedHeaders=content-type;host, Signature=(?P<signature>[0-9a-f]{64})"
)


def reference_tc3_authorization(
    *,
    secret_id: str,
    secret_key: str,
    service: str,
    host: str,
    timestamp: int,
    payload: bytes,
    content_type: str,
    method: str,
    canonical_query: str,
) -> str:
    """The document's steps written out plainly, sharing nothing with the module under test."""
    date = time.strftime("%Y-%m-%d", time.gmtime(timestamp))
    payload_hash = hashlib.sha256(payload).hexdigest()
    canonical = "\n".join(
        [
            method,
            "/",
            canonical_query,
            f"content-type:{content_type}\nhost:{host}\n",
            "content-type;host",
            payload_hash,
        ]
    )
    scope = date + "/" + service + "/tc3_request"
    to_sign = "\n".join(
        [
            "TC3-HMAC-SHA256",
            str(timestamp),
            scope,
            hashlib.sha256(canonical.encode("utf-8")).hexdigest(),
        ]
    )

    def sign(key: bytes, message: str) -> bytes:
        return hmac.new(key, message.encode("utf-8"), hashlib.sha256).digest()

    key = sign(sign(sign(("TC3" + secret_key).encode("utf-8"), date), service), "tc3_request")
    signature = hmac.new(key, to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    return (
        f"TC3-HMAC-SHA256 Credential={secret_id}/{scope}, "
        f"SignedHeaders=content-type;host, Signature={signature}"
    )


# --- TC3-HMAC-SHA256 ---------------------------------------------------------------------------


def test_hashed_payload_matches_document_example() -> None:
    assert _signing.hashed_payload(TC3_PAYLOAD) == TC3_HASHED_PAYLOAD


def test_hashed_payload_of_empty_get_body() -> None:
    assert _signing.hashed_payload(b"") == hashlib.sha256(b"").hexdigest()


def test_canonical_request_matches_document_text() -> None:
    request = _signing.canonical_request(
        host=TC3_HOST, payload=TC3_PAYLOAD, content_type=TC3_CONTENT_TYPE
    )
    assert request == TC3_CANONICAL_REQUEST


def test_canonical_request_hashes_to_document_value() -> None:
    request = _signing.canonical_request(host=TC3_HOST, payload=TC3_PAYLOAD)
    assert hashlib.sha256(request.encode()).hexdigest() == TC3_HASHED_CANONICAL_REQUEST


def test_canonical_request_of_get_carries_method_and_query() -> None:
    request = _signing.canonical_request(
        host=TC3_HOST,
        payload=b"",
        content_type="application/x-www-form-urlencoded",
        method="get",
        canonical_query="Limit=10&Offset=0",
    )
    assert request.split("\n") == [
        "GET",
        "/",
        "Limit=10&Offset=0",
        "content-type:application/x-www-form-urlencoded",
        "host:cvm.tencentcloudapi.com",
        "",
        "content-type;host",
        hashlib.sha256(b"").hexdigest(),
    ]


def test_canonical_headers_are_lower_cased_and_trimmed() -> None:
    request = _signing.canonical_request(
        host=" CVM.TencentCloudAPI.com ",
        payload=TC3_PAYLOAD,
        content_type=" Application/JSON; charset=UTF-8 ",
    )
    assert request == TC3_CANONICAL_REQUEST


def test_string_to_sign_matches_document_text() -> None:
    scope = _signing.credential_scope(date="2019-02-25", service=TC3_SERVICE)
    assert scope == "2019-02-25/cvm/tc3_request"
    to_sign = _signing.string_to_sign(
        timestamp=TC3_TIMESTAMP, credential_scope=scope, canonical_request=TC3_CANONICAL_REQUEST
    )
    assert to_sign == TC3_STRING_TO_SIGN


@pytest.fixture
def shanghai_local_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("shanghai_local_time")
def test_utc_date_ignores_local_time_zone() -> None:
    # The document's warning: 1551113065 is 2019-02-26 00:44:25 in UTC+8, but the date is UTC's.
    assert time.strftime("%Y-%m-%d", time.localtime(TC3_TIMESTAMP)) == "2019-02-26"
    assert _signing.utc_date(TC3_TIMESTAMP) == "2019-02-25"


@pytest.mark.parametrize(
    ("timestamp", "date"),
    [(0, "1970-01-01"), (1551052799, "2019-02-24"), (1551052800, "2019-02-25")],
)
def test_utc_date_changes_at_utc_midnight(timestamp: int, date: str) -> None:
    assert _signing.utc_date(timestamp) == date


def test_authorization_header_layout() -> None:
    header = _signing.tc3_authorization(
        secret_id="ID",
        secret_key=SECRET_KEY,
        service=TC3_SERVICE,
        host=TC3_HOST,
        timestamp=TC3_TIMESTAMP,
        payload=TC3_PAYLOAD,
    )
    match = AUTHORIZATION.fullmatch(header)
    assert match is not None, header
    assert header.startswith(
        "TC3-HMAC-SHA256 Credential=ID/2019-02-25/cvm/tc3_request, "
        "SignedHeaders=content-type;host, Signature="
    )


TC3_CASES = {
    "document example": {},
    "other service and day": {"service": "sms", "host": "sms.tencentcloudapi.com", "timestamp": 0},
    "utf-8 payload": {"payload": '{"SignName": "腾讯云", "Note": "a+b c"}'.encode()},
    "get with query": {
        "method": "GET",
        "payload": b"",
        "content_type": "application/x-www-form-urlencoded",
        "canonical_query": "Filters.0.Name=instance-name&Limit=10&Offset=0",
    },
    "multipart": {"content_type": "multipart/form-data; boundary=58731222010402"},
}


@pytest.mark.parametrize("overrides", TC3_CASES.values(), ids=TC3_CASES.keys())
def test_tc3_authorization_matches_independent_implementation(overrides: dict[str, Any]) -> None:
    arguments: dict[str, Any] = {
        "secret_id": SECRET_ID,
        "secret_key": SECRET_KEY,
        "service": TC3_SERVICE,
        "host": TC3_HOST,
        "timestamp": TC3_TIMESTAMP,
        "payload": TC3_PAYLOAD,
        "content_type": TC3_CONTENT_TYPE,
        "method": "POST",
        "canonical_query": "",
        **overrides,
    }
    assert _signing.tc3_authorization(**arguments) == reference_tc3_authorization(**arguments)


def test_tc3_defaults_are_a_json_post_without_query() -> None:
    common: dict[str, Any] = {
        "secret_id": SECRET_ID,
        "secret_key": SECRET_KEY,
        "service": TC3_SERVICE,
        "host": TC3_HOST,
        "timestamp": TC3_TIMESTAMP,
        "payload": TC3_PAYLOAD,
    }
    explicit = _signing.tc3_authorization(
        **common, content_type=TC3_CONTENT_TYPE, method="POST", canonical_query=""
    )
    assert _signing.tc3_authorization(**common) == explicit


def test_signing_key_is_the_documented_chain() -> None:
    def sign(key: bytes, message: str) -> bytes:
        return hmac.new(key, message.encode(), hashlib.sha256).digest()

    expected = sign(sign(sign(b"TC3" + SECRET_KEY.encode(), "2019-02-25"), "cvm"), "tc3_request")
    assert _signing.signing_key(SECRET_KEY, "2019-02-25", "cvm") == expected


def test_cached_signing_key_changes_with_the_date() -> None:
    _signing.signing_key.cache_clear()
    first = _signing.signing_key(SECRET_KEY, "2019-02-25", "cvm")
    again = _signing.signing_key(SECRET_KEY, "2019-02-25", "cvm")
    next_day = _signing.signing_key(SECRET_KEY, "2019-02-26", "cvm")
    other_service = _signing.signing_key(SECRET_KEY, "2019-02-25", "sms")
    assert again is first
    assert next_day != first
    assert other_service != first
    info = _signing.signing_key.cache_info()
    assert (info.hits, info.misses) == (1, 3)


def test_signature_changes_across_utc_midnight() -> None:
    def authorization(timestamp: int) -> str:
        return _signing.tc3_authorization(
            secret_id=SECRET_ID,
            secret_key=SECRET_KEY,
            service=TC3_SERVICE,
            host=TC3_HOST,
            timestamp=timestamp,
            payload=TC3_PAYLOAD,
        )

    before = AUTHORIZATION.fullmatch(authorization(1551052799))
    after = AUTHORIZATION.fullmatch(authorization(1551052800))
    assert before is not None and after is not None
    assert before["scope"] == "2019-02-24/cvm/tc3_request"
    assert after["scope"] == "2019-02-25/cvm/tc3_request"
    expected_after = reference_tc3_authorization(
        secret_id=SECRET_ID,
        secret_key=SECRET_KEY,
        service=TC3_SERVICE,
        host=TC3_HOST,
        timestamp=1551052800,
        payload=TC3_PAYLOAD,
        content_type=TC3_CONTENT_TYPE,
        method="POST",
        canonical_query="",
    )
    assert authorization(1551052800) == expected_after


# --- Signature v1 ------------------------------------------------------------------------------


def test_v1_string_to_sign_matches_document_text() -> None:
    to_sign = _signing.v1_string_to_sign(
        method="GET", host="cvm.tencentcloudapi.com", path="/", params=V1_PARAMS
    )
    assert to_sign == (
        "GETcvm.tencentcloudapi.com/?Action=DescribeInstances&InstanceIds.0=ins-09dx96dg"
        "&Limit=20&Nonce=11886&Offset=0&Region=ap-guangzhou"
        f"&SecretId={SECRET_ID}&Timestamp=1465185768&Version=2017-03-12"
    )


def test_v1_hmac_sha1_matches_document_example() -> None:
    signature = _signing.v1_signature(
        secret_key=SECRET_KEY,
        method="GET",
        host="cvm.tencentcloudapi.com",
        path="/",
        params=V1_PARAMS,
        algorithm="HmacSHA1",
    )
    assert signature == V1_SIGNATURE_SHA1


def test_v1_request_url_of_document_example() -> None:
    # The document's final URL, with its signature URL-encoded ("%2F%2B...%3D").
    query = _signing.form_encode({**V1_PARAMS, "Signature": V1_SIGNATURE_SHA1})
    assert query == (
        "Action=DescribeInstances&InstanceIds.0=ins-09dx96dg&Limit=20&Nonce=11886&Offset=0"
        f"&Region=ap-guangzhou&SecretId={SECRET_ID}&Signature=EliP9YW3pW28FpsEdkXt%2F%2BWcGeI%3D"
        "&Timestamp=1465185768&Version=2017-03-12"
    )


def test_v1_hmac_sha256() -> None:
    params = {**V1_PARAMS, "SignatureMethod": "HmacSHA256"}
    message = "POSTsms.tencentcloudapi.com/?" + "&".join(
        f"{name}={params[name]}" for name in sorted(params)
    )
    expected = base64.b64encode(
        hmac.new(SECRET_KEY.encode(), message.encode(), hashlib.sha256).digest()
    ).decode()
    signature = _signing.v1_signature(
        secret_key=SECRET_KEY,
        method="POST",
        host="sms.tencentcloudapi.com",
        path="/",
        params=params,
        algorithm="HmacSHA256",
    )
    assert signature == expected
    assert len(base64.b64decode(signature)) == 32


def test_v1_sorts_names_by_ascii_code() -> None:
    # "InstanceIds.2 should be arranged after InstanceIds.12"; upper case sorts before lower case.
    params = {"b": "1", "InstanceIds.2": "x", "InstanceIds.12": "y", "Z": "2"}
    to_sign = _signing.v1_string_to_sign(method="GET", host="h", path="/", params=params)
    assert to_sign == "GETh/?InstanceIds.12=y&InstanceIds.2=x&Z=2&b=1"


def test_v1_signs_raw_values_not_url_encoded() -> None:
    params = {"Text": "a b+c/d=中"}
    to_sign = _signing.v1_string_to_sign(method="POST", host="h", path="/", params=params)
    assert to_sign == "POSTh/?Text=a b+c/d=中"


@pytest.mark.parametrize("algorithm", ["TC3-HMAC-SHA256", "hmacsha1", "HmacSHA512", ""])
def test_v1_rejects_unknown_algorithm(algorithm: str) -> None:
    with pytest.raises(ValueError, match="HmacSHA1 or HmacSHA256"):
        _signing.v1_signature(
            secret_key=SECRET_KEY, method="GET", host="h", path="/", params={}, algorithm=algorithm
        )


# --- Parameters and form encoding --------------------------------------------------------------


def test_flatten_params_of_document_example() -> None:
    params = {"Limit": 1, "Filters": [{"Values": ["unnamed"], "Name": "instance-name"}]}
    assert _signing.flatten_params(params) == {
        "Limit": "1",
        "Filters.0.Values.0": "unnamed",
        "Filters.0.Name": "instance-name",
    }


def test_flatten_params_arrays_nested_booleans_and_none() -> None:
    params: dict[str, object] = {
        "PhoneNumberSet": ["+8613711112222", "+8613711113333"],
        "Filter": {"Name": "x", "Values": [1, 2], "Deep": {"On": True}},
        "Flags": [False, None, True],
        "Limit": 0,
        "Rate": 0.5,
        "SessionContext": None,
        "Empty": [],
    }
    assert _signing.flatten_params(params) == {
        "PhoneNumberSet.0": "+8613711112222",
        "PhoneNumberSet.1": "+8613711113333",
        "Filter.Name": "x",
        "Filter.Values.0": "1",
        "Filter.Values.1": "2",
        "Filter.Deep.On": "true",
        "Flags.0": "false",
        "Flags.2": "true",
        "Limit": "0",
        "Rate": "0.5",
    }


def test_flatten_params_rejects_unsupported_values() -> None:
    with pytest.raises(TypeError, match="'Blob'"):
        _signing.flatten_params({"Blob": b"bytes"})


def test_form_encode_percent_encodes_all_but_unreserved() -> None:
    params = {
        "b": "a+b c/d",
        "a": "中",
        "c": "AZaz09-_.~",
        "d": "=&?%#*'!",
        "Filters.0.Name": "instance-name",
    }
    assert _signing.form_encode(params) == (
        "Filters.0.Name=instance-name&a=%E4%B8%AD&b=a%2Bb%20c%2Fd&c=AZaz09-_.~"
        "&d=%3D%26%3F%25%23%2A%27%21"
    )


def test_form_encode_of_nothing_is_empty() -> None:
    assert _signing.form_encode({}) == ""


# --- The official SDK, when installed ------------------------------------------------------------


@pytest.mark.parametrize(
    ("service", "timestamp", "payload"),
    [("cvm", TC3_TIMESTAMP, TC3_PAYLOAD), ("sms", 1700000000, '{"Text": "中"}'.encode())],
)
def test_tc3_signature_agrees_with_official_sdk(
    service: str, timestamp: int, payload: bytes
) -> None:
    sign = pytest.importorskip("tencentcloud.common.sign")
    host = f"{service}.tencentcloudapi.com"
    header = _signing.tc3_authorization(
        secret_id=SECRET_ID,
        secret_key=SECRET_KEY,
        service=service,
        host=host,
        timestamp=timestamp,
        payload=payload,
    )
    match = AUTHORIZATION.fullmatch(header)
    assert match is not None
    to_sign = _signing.string_to_sign(
        timestamp=timestamp,
        credential_scope=match["scope"],
        canonical_request=_signing.canonical_request(host=host, payload=payload),
    )
    date = match["scope"].split("/")[0]
    assert sign.Sign.sign_tc3(SECRET_KEY, date, service, to_sign) == match["signature"]


@pytest.mark.parametrize("algorithm", ["HmacSHA1", "HmacSHA256"])
def test_v1_signature_agrees_with_official_sdk(algorithm: str) -> None:
    sign = pytest.importorskip("tencentcloud.common.sign")
    message = "GETcvm.tencentcloudapi.com/?" + "&".join(
        f"{name}={V1_PARAMS[name]}" for name in sorted(V1_PARAMS)
    )
    signature = _signing.v1_signature(
        secret_key=SECRET_KEY,
        method="GET",
        host="cvm.tencentcloudapi.com",
        path="/",
        params=V1_PARAMS,
        algorithm=algorithm,
    )
    assert signature == sign.Sign.sign(SECRET_KEY, message, algorithm)


def test_flatten_params_agrees_with_official_sdk() -> None:
    client = pytest.importorskip("tencentcloud.common.abstract_client")
    params: dict[str, object] = {
        "PhoneNumberSet": ["+8613711112222", "+8613711113333"],
        "Filters": [{"Name": "instance-name", "Values": ["unnamed", "x"]}],
        "Limit": 20,
        "Nested": {"Inner": {"Leaf": "v"}},
        "Missing": None,
    }
    # An instance without __init__: _format_params uses nothing but itself.
    sdk = object.__new__(client.AbstractClient)
    expected = {name: str(value) for name, value in sdk._format_params(None, params).items()}
    assert _signing.flatten_params(params) == expected
