"""The sans-I/O HTTP/1.1 core both transports share: size cap, header checks, limits rules."""

from __future__ import annotations

import math
from typing import Any

import pytest

from tcsms import errors
from tcsms._base import CallOptions
from tcsms._core import Endpoint, PreparedRequest
from tcsms._http import (
    ProtocolError,
    ResponseParser,
    ResponseTooLarge,
    check_headers,
    encode_request,
    header_problems,
)
from tcsms._limits import AttemptLimits, call_limits, client_limits

ENDPOINT = Endpoint("http", "127.0.0.1", 8080)
CAP = 1024


def feed_all(parser: ResponseParser, data: bytes, piece: int = 7) -> bool:
    done = False
    for start in range(0, len(data), piece):
        done = parser.feed(data[start : start + piece])
        if done:
            break
    return done


# The size cap


def test_a_content_length_over_the_cap_is_refused_before_the_body_arrives() -> None:
    parser = ResponseParser(CAP)
    with pytest.raises(ResponseTooLarge) as caught:
        parser.feed(b"HTTP/1.1 200 OK\r\nContent-Length: 1025\r\nX-A: b\r\n\r\n")
    assert (caught.value.status, caught.value.headers["X-A"], caught.value.limit) == (200, "b", CAP)
    assert not parser.keep_alive


def test_a_body_exactly_at_the_cap_is_accepted() -> None:
    parser = ResponseParser(CAP)
    assert feed_all(parser, b"HTTP/1.1 200 OK\r\nContent-Length: 1024\r\n\r\n" + b"x" * CAP)
    assert len(parser.result().body) == CAP


def test_chunks_adding_up_past_the_cap_are_refused_at_the_size_line() -> None:
    parser = ResponseParser(CAP)
    head = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
    assert not parser.feed(head + b"200\r\n" + b"x" * 512 + b"\r\n")
    with pytest.raises(ResponseTooLarge):
        parser.feed(b"201\r\n")  # 512 + 513 > 1024, refused before its data is buffered


def test_a_body_to_the_end_of_the_connection_is_refused_once_past_the_cap() -> None:
    parser = ResponseParser(CAP)
    parser.feed(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + b"x" * CAP)
    with pytest.raises(ResponseTooLarge):
        parser.feed(b"x")


def test_the_default_cap_is_16_mib() -> None:
    assert ResponseParser().max_body_bytes == 16 * 1024 * 1024


def test_too_large_is_a_protocol_error_for_code_that_only_knows_framing() -> None:
    assert issubclass(ResponseTooLarge, ProtocolError)


def test_response_too_large_error_is_a_response_parse_error() -> None:
    assert issubclass(errors.ResponseTooLargeError, errors.ResponseParseError)
    assert not issubclass(errors.ResponseTooLargeError, errors.NetworkError)


# Header checks

SECRET = "tok\r\nX-Injected: 1-secret-part"


@pytest.mark.parametrize(
    "value",
    [SECRET, "line\nfeed-secret", "nul\x00-secret", "del\x7f-secret", "中文-secret-token"],
    ids=["crlf", "lf", "nul", "del", "not-latin-1"],
)
def test_a_bad_header_value_is_named_but_never_quoted(value: str) -> None:
    request = PreparedRequest("SendSms", "POST", "/", {"X-TC-Token": value}, b"{}")
    with pytest.raises(errors.ValidationError) as caught:
        encode_request(ENDPOINT, request)
    text = str(caught.value) + repr(caught.value) + repr(caught.value.problems)
    assert "X-TC-Token" in text
    assert "secret" not in text
    assert caught.value.__cause__ is None and caught.value.__suppress_context__ is False
    assert caught.value.__context__ is None


def test_a_bad_header_name_is_refused() -> None:
    assert header_problems({"X Bad": "v"}) == ["header name: not an HTTP token"]
    assert header_problems({"": "v"}) == ["header name: not an HTTP token"]
    with pytest.raises(errors.ValidationError):
        encode_request(ENDPOINT, PreparedRequest("A", "POST", "/", {"X:Y": "v"}, b""))


def test_latin_1_text_and_tabs_are_valid_header_values() -> None:
    check_headers({"X-A": "caf\xe9", "X-B": "a\tb"})
    data = encode_request(ENDPOINT, PreparedRequest("A", "POST", "/", {"X-A": "caf\xe9"}, b"{}"))
    assert b"X-A: caf\xe9\r\n" in data


def test_a_request_target_with_a_line_break_is_refused_without_quoting_it() -> None:
    request = PreparedRequest("A", "GET", "/?Token=secret\r\nX: 1", {}, b"")
    with pytest.raises(errors.ValidationError) as caught:
        encode_request(ENDPOINT, request)
    assert "secret" not in str(caught.value)


# The rules of timeouts and sizes

CLIENT = AttemptLimits(60.0, None, 1024)


def limits(**arguments: Any) -> AttemptLimits:
    settings: dict[str, Any] = {"timeout": 60.0, "connect_timeout": None}
    settings["max_response_bytes"] = 1024
    settings.update(arguments)
    return client_limits(**settings)


def test_valid_client_limits() -> None:
    made = limits(timeout=5, connect_timeout=2, max_response_bytes=10)
    assert (made.timeout, made.connect_timeout, made.max_response_bytes) == (5.0, 2.0, 10)


def test_a_huge_timeout_is_kept_within_what_sockets_accept() -> None:
    assert limits(timeout=1e300).timeout <= 1e9


@pytest.mark.parametrize("value", [0, -1, math.nan, math.inf, True, "1", None])
def test_bad_timeouts_name_the_argument(value: Any) -> None:
    with pytest.raises(errors.ValidationError) as caught:
        limits(timeout=value)
    assert caught.value.problems[0].startswith("timeout:")


def test_every_bad_argument_is_reported_at_once() -> None:
    with pytest.raises(errors.ValidationError) as caught:
        limits(timeout=0, connect_timeout="x", max_response_bytes=0)
    assert len(caught.value.problems) == 3


def test_call_options_left_none_keep_the_clients_limits() -> None:
    same = call_limits(CLIENT, CallOptions(max_attempts=2))
    assert (same.timeout, same.connect_timeout, same.max_response_bytes) == (60.0, None, 1024)


def test_read_timeout_is_an_alias_of_timeout_in_call_options() -> None:
    assert call_limits(CLIENT, CallOptions(read_timeout=3)).timeout == 3.0
    assert call_limits(CLIENT, CallOptions(timeout=4)).timeout == 4.0
    with pytest.raises(errors.ValidationError):
        call_limits(CLIENT, CallOptions(timeout=4, read_timeout=4))


def test_a_clients_connect_timeout_is_cut_short_by_a_shorter_call_timeout_not_refused() -> None:
    client = AttemptLimits(60.0, 10.0, 1024)
    shorter = call_limits(client, CallOptions(timeout=2))
    assert (shorter.timeout, shorter.connect_timeout) == (2.0, 10.0)  # the deadline bounds it


def test_a_call_connect_timeout_above_its_timeout_is_refused() -> None:
    with pytest.raises(errors.ValidationError) as caught:
        call_limits(CLIENT, CallOptions(timeout=1, connect_timeout=2))
    assert "options.connect_timeout" in str(caught.value)
