"""Which proxy a client uses: ``Proxy.parse`` and ``proxy_for`` with the argument or environment.

No traffic here (tests/test_proxy_transport.py sends through real loopback proxies). Every URL
with credentials uses the password ``s3cr3t``, which no repr, str or error may show.
"""

from __future__ import annotations

import base64

import pytest

import tcsms
from tcsms import FROM_ENVIRONMENT, Proxy, ValidationError
from tcsms._core import Endpoint
from tcsms._proxy import DEFAULT_PORT, proxy_for

HTTPS = Endpoint.parse("https://sms.tencentcloudapi.com")
HTTP = Endpoint.parse("http://127.0.0.1:8080")
PASSWORD = "s3cr3t"


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def from_env(endpoint: Endpoint, **environ: str) -> Proxy | None:
    return proxy_for(endpoint, FROM_ENVIRONMENT, environ)


# Proxy URLs


@pytest.mark.parametrize(
    ("url", "host", "port"),
    [
        ("http://proxy.corp:3128", "proxy.corp", 3128),
        ("HTTP://Proxy.Corp:3128/", "proxy.corp", 3128),
        ("proxy.corp:3128", "proxy.corp", 3128),
        ("http://proxy.corp", "proxy.corp", DEFAULT_PORT),
        ("proxy.corp", "proxy.corp", DEFAULT_PORT),
        ("  http://10.0.0.1:8080  ", "10.0.0.1", 8080),
        ("http://[fd00::1]:3128", "fd00::1", 3128),
    ],
)
def test_a_proxy_url_gives_host_and_port_and_defaults_to_http_and_1080(
    url: str, host: str, port: int
) -> None:
    proxy = Proxy.parse(url)
    assert proxy == Proxy("http", host, port, None)
    assert DEFAULT_PORT == 1080


def test_the_url_of_a_proxy_puts_an_ipv6_address_in_brackets() -> None:
    assert Proxy.parse("http://proxy.corp:3128").url == "http://proxy.corp:3128"
    assert Proxy.parse("[::1]:3128").url == "http://[::1]:3128"


@pytest.mark.parametrize(
    ("url", "authorization"),
    [
        (f"http://user:{PASSWORD}@proxy.corp:3128", basic("user", PASSWORD)),
        (f"user:{PASSWORD}@proxy.corp:3128", basic("user", PASSWORD)),
        ("http://us%40er:p%3As%2F3cr3t@proxy.corp:3128", basic("us@er", "p:s/3cr3t")),
        ("http://%E7%94%A8%E6%88%B7:s3cr3t@proxy.corp", basic("用户", PASSWORD)),
        ("http://user@proxy.corp:3128", basic("user", "")),
    ],
)
def test_credentials_in_the_url_become_a_basic_proxy_authorization(
    url: str, authorization: str
) -> None:
    assert Proxy.parse(url).authorization == authorization


def test_a_proxy_shows_its_url_but_never_its_credentials() -> None:
    proxy = Proxy.parse(f"http://user:{PASSWORD}@proxy.corp:3128")
    assert repr(proxy) == "Proxy(url='http://proxy.corp:3128', credentials=<hidden>)"
    assert str(proxy) == repr(proxy)
    assert proxy.url == "http://proxy.corp:3128"
    assert repr(Proxy.parse("proxy.corp:3128")) == "Proxy(url='http://proxy.corp:3128')"
    for shown in (repr(proxy), str(proxy), f"{proxy}", proxy.url, repr([proxy])):
        assert PASSWORD not in shown and "user" not in shown


@pytest.mark.parametrize("scheme", ["https", "socks5", "socks5h", "socks4"])
def test_only_http_proxies_are_supported(scheme: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Proxy.parse(f"{scheme}://user:{PASSWORD}@proxy.corp:1080")
    message = str(caught.value)
    assert caught.value.problems == (
        f"proxy: unsupported proxy scheme {scheme!r}: only http:// proxies",
    )
    assert PASSWORD not in message


@pytest.mark.parametrize(
    "url",
    [
        "http://",
        "http://:3128",
        f"http://user:{PASSWORD}@proxy.corp:port",
        f"http://user:{PASSWORD}@proxy.corp:99999",
        f"http://user:{PASSWORD}@proxy.corp:0",
        f"http://user:{PASSWORD}@proxy.corp:3128/proxy.pac",
        f"http://user:{PASSWORD}@proxy.corp:3128/?a=b",
        f"http://user:{PASSWORD}@[::1",
        f"http://user:{PASSWORD}@proxy corp:3128",
        # Unescaped "/" and "#" cut the password: the rest reads as a port, which is not quoted.
        f"http://user:{PASSWORD}/x@proxy.corp:3128",
        f"http://user:{PASSWORD}#x@proxy.corp:3128",
    ],
)
def test_a_malformed_proxy_argument_is_refused_naming_the_argument_not_the_password(
    url: str,
) -> None:
    with pytest.raises(ValidationError) as caught:
        proxy_for(HTTPS, url)
    (problem,) = caught.value.problems
    assert problem.startswith("proxy: ")
    assert PASSWORD not in str(caught.value) and PASSWORD not in repr(caught.value)
    # A traceback shows no chained exception (urllib's may quote a piece of the password).
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None or caught.value.__suppress_context__


@pytest.mark.parametrize("variable", ["https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"])
def test_a_malformed_proxy_variable_is_refused_naming_the_variable(variable: str) -> None:
    with pytest.raises(ValidationError) as caught:
        from_env(HTTPS, **{variable: f"http://user:{PASSWORD}@proxy.corp:port"})
    (problem,) = caught.value.problems
    assert problem.startswith(f"environment variable {variable}: ")
    assert PASSWORD not in str(caught.value)


def test_an_unsupported_scheme_in_the_environment_names_the_variable() -> None:
    with pytest.raises(ValidationError, match=r"environment variable HTTPS_PROXY: .*'socks5'"):
        from_env(HTTPS, HTTPS_PROXY="socks5://proxy.corp:1080")


@pytest.mark.parametrize("argument", [3128, b"http://proxy.corp:3128", True])
def test_a_proxy_argument_that_is_no_url_is_refused(argument: object) -> None:
    with pytest.raises(ValidationError, match="proxy: a URL, None or FROM_ENVIRONMENT"):
        proxy_for(HTTPS, argument)  # type: ignore[arg-type]


# The argument against the environment


def test_none_connects_directly_whatever_the_environment_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.corp:3128")
    monkeypatch.setenv("ALL_PROXY", "not a url at all:::")
    assert proxy_for(HTTPS, None) is None
    assert proxy_for(HTTPS, FROM_ENVIRONMENT) == Proxy("http", "proxy.corp", 3128)


def test_a_given_url_applies_to_every_endpoint_no_proxy_notwithstanding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NO_PROXY", "*")
    monkeypatch.setenv("HTTPS_PROXY", "http://other.corp:8080")
    for endpoint in (HTTPS, HTTP):
        assert proxy_for(endpoint, "proxy.corp:3128") == Proxy("http", "proxy.corp", 3128)


def test_the_environment_is_read_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    assert proxy_for(HTTPS, FROM_ENVIRONMENT) is None
    monkeypatch.setenv("https_proxy", "proxy.corp:3128")
    assert proxy_for(HTTPS, FROM_ENVIRONMENT) == Proxy("http", "proxy.corp", 3128)


def test_the_environment_sentinel_is_exported_and_reads_well() -> None:
    assert tcsms.FROM_ENVIRONMENT is FROM_ENVIRONMENT
    assert {"FROM_ENVIRONMENT", "Proxy"} <= set(tcsms.__all__)
    assert repr(FROM_ENVIRONMENT) == "FROM_ENVIRONMENT"


# Environment variables


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"https_proxy": "a:1", "HTTPS_PROXY": "b:1", "all_proxy": "c:1"}, "a"),
        ({"HTTPS_PROXY": "b:1", "all_proxy": "c:1"}, "b"),
        ({"all_proxy": "c:1", "ALL_PROXY": "d:1"}, "c"),
        ({"ALL_PROXY": "d:1"}, "d"),
        ({"https_proxy": "", "HTTPS_PROXY": "b:1"}, "b"),
        ({"https_proxy": "  ", "all_proxy": "c:1"}, "c"),
        ({"http_proxy": "h:1", "HTTP_PROXY": "h:1"}, None),
        ({"https_proxy": ""}, None),
        ({}, None),
    ],
)
def test_an_https_endpoint_reads_https_proxy_then_all_proxy_lower_case_first(
    environ: dict[str, str], expected: str | None
) -> None:
    proxy = from_env(HTTPS, **environ)
    assert (proxy and proxy.host) == expected


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"http_proxy": "a:1", "HTTP_PROXY": "b:1", "https_proxy": "x:1"}, "a"),
        ({"HTTP_PROXY": "b:1", "ALL_PROXY": "d:1"}, "b"),
        ({"https_proxy": "x:1", "ALL_PROXY": "d:1"}, "d"),
        ({"https_proxy": "x:1"}, None),
    ],
)
def test_an_http_endpoint_reads_http_proxy_then_all_proxy(
    environ: dict[str, str], expected: str | None
) -> None:
    proxy = from_env(HTTP, **environ)
    assert (proxy and proxy.host) == expected


def test_under_cgi_the_upper_case_http_proxy_is_not_trusted() -> None:
    # A CGI request's "Proxy:" header arrives as HTTP_PROXY.
    assert from_env(HTTP, HTTP_PROXY="evil:1", REQUEST_METHOD="POST") is None
    assert from_env(HTTP, http_proxy="proxy:1", REQUEST_METHOD="POST") == Proxy("http", "proxy", 1)
    assert from_env(HTTPS, HTTPS_PROXY="proxy:1", REQUEST_METHOD="POST") is not None


def test_loopback_goes_through_the_proxy_unless_no_proxy_lists_it() -> None:
    for url in ("http://127.0.0.1:8080", "http://localhost:8080", "http://[::1]:8080"):
        assert from_env(Endpoint.parse(url), http_proxy="proxy:3128") is not None
        assert from_env(Endpoint.parse(url), http_proxy="proxy:3128", no_proxy="*") is None


# NO_PROXY


@pytest.mark.parametrize(
    ("no_proxy", "endpoint", "bypassed"),
    [
        ("*", "https://sms.tencentcloudapi.com", True),
        ("example.com", "https://example.com", True),
        ("example.com", "https://a.example.com", True),
        ("example.com", "https://a.b.example.com", True),
        (".example.com", "https://a.example.com", True),
        (".example.com", "https://example.com", True),
        ("*.example.com", "https://a.example.com", True),
        ("Example.COM", "https://a.example.com", True),
        ("example.com.", "https://example.com", True),
        ("example.com", "https://badexample.com", False),
        ("example.com", "https://example.com.evil.net", False),
        ("a.example.com", "https://example.com", False),
        ("example.com:443", "https://example.com", True),
        ("example.com:8443", "https://example.com", False),
        ("example.com:8443", "https://example.com:8443", True),
        ("example.com:x", "https://example.com", False),
        ("10.0.0.0/8", "https://10.1.2.3", True),
        ("10.0.0.0/8", "https://11.1.2.3", False),
        ("10.0.0.0/8", "https://ten.example", False),  # names are not resolved
        ("10.1.2.3", "https://10.1.2.3", True),
        ("10.1.2.3:8443", "https://10.1.2.3", False),
        ("127.0.0.1", "http://localhost:8080", False),
        ("localhost", "http://127.0.0.1:8080", False),
        ("::1", "http://[::1]:8080", True),
        ("[::1]", "http://[::1]:8080", True),
        ("[::1]:8080", "http://[::1]:8080", True),
        ("[::1]:9090", "http://[::1]:8080", False),
        ("fd00::/8", "https://[fd12::1]", True),
        ("[fd00::]/8", "https://[fd12::1]", True),
        ("fd00::/8", "https://[fe80::1]", False),
        ("10.0.0.0/8", "https://[::1]", False),
        ("a.test, b.test", "https://b.test", True),
        ("a.test,b.test", "https://b.test", True),
        ("a.test b.test\tc.test", "https://c.test", True),
        (" , ,", "https://b.test", False),
        ("a.test", "https://b.test", False),
    ],
)
def test_no_proxy_lists_hosts_subdomains_ports_addresses_and_blocks(
    no_proxy: str, endpoint: str, bypassed: bool
) -> None:
    proxy = from_env(Endpoint.parse(endpoint), all_proxy="proxy:3128", no_proxy=no_proxy)
    assert (proxy is None) == bypassed


def test_the_lower_case_no_proxy_wins_and_an_empty_one_counts_as_unset() -> None:
    assert from_env(HTTPS, https_proxy="p:1", no_proxy="a.test", NO_PROXY="*") is not None
    assert from_env(HTTPS, https_proxy="p:1", no_proxy="", NO_PROXY="*") is None
    assert from_env(HTTPS, https_proxy="p:1", NO_PROXY="*") is None


def test_a_bypassed_endpoint_does_not_read_the_proxy_variable() -> None:
    assert from_env(HTTPS, HTTPS_PROXY="socks5://proxy:1080", NO_PROXY="*") is None
