"""Which HTTP proxy a client's requests go through: its ``proxy`` argument, or the environment.

``proxy=FROM_ENVIRONMENT`` (the default) reads the variables curl, requests and httpx read: for an
https endpoint ``https_proxy`` then ``HTTPS_PROXY``, for an http endpoint ``http_proxy`` then
``HTTP_PROXY``, then ``all_proxy`` and ``ALL_PROXY`` for both. The lower-case name wins, and an
empty variable counts as unset. Under CGI (``REQUEST_METHOD`` set) ``HTTP_PROXY`` is ignored, as
urllib and Go ignore it: there a request's ``Proxy:`` header lands in that variable.

``no_proxy`` (else ``NO_PROXY``) lists the hosts reached directly, separated by commas or spaces:
``*`` for all of them; a name, which covers its subdomains too (``example.com``, ``.example.com``
and ``*.example.com`` all match ``example.com`` and ``a.example.com``); an IP address or a CIDR
block (``10.0.0.0/8``, ``fd00::/8``, an IPv6 address with or without brackets), which matches an
endpoint given as an address (names are not resolved to find out); each optionally with ``:port``,
then matching that port only. An entry that is none of these matches nothing. For a listed
endpoint the proxy variable is not read at all, so a broken one there raises nothing.

Loopback is not bypassed unless listed, as curl does: what the variables say is what happens, and
a proxy on a developer's machine (a debugging proxy) may well be meant for local servers too.
``NO_PROXY=localhost,127.0.0.1,::1`` is the usual way to keep them direct.

``proxy=None`` connects directly whatever the environment says; ``proxy="http://host:3128"`` (or
``"host:3128"``) sends every request through that proxy, NO_PROXY notwithstanding. Only plain http
proxies are spoken to: https endpoints are reached through a CONNECT tunnel, so TLS still runs end
to end with the service. A port left out is 1080, as curl has it. Credentials in the URL
(percent-encoded) are sent as ``Proxy-Authorization: Basic``; no repr, log line or error shows
them, and a URL that cannot be used raises ValidationError naming its source, never quoting it.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal, NamedTuple

from . import _exceptions as errors

if TYPE_CHECKING:
    from ._core import Endpoint

__all__ = ["DEFAULT_PORT", "FROM_ENVIRONMENT", "Proxy", "ProxyArgument", "ProxyFrom", "proxy_for"]

DEFAULT_PORT = 1080
_URL_FORM = "http://[user:password@]host[:port]"


class ProxyFrom(enum.Enum):
    """Where a client finds its proxy when it is given no URL: only the environment, so far."""

    ENVIRONMENT = "environment"

    def __repr__(self) -> str:
        return "FROM_ENVIRONMENT"  # what help() shows as the default of ``proxy``


FROM_ENVIRONMENT = ProxyFrom.ENVIRONMENT
ProxyArgument = str | None | Literal[ProxyFrom.ENVIRONMENT]


class Proxy(NamedTuple):
    """An http proxy; ``authorization`` is the whole ``Proxy-Authorization`` value, or None."""

    scheme: str
    host: str
    port: int
    authorization: str | None = None

    @property
    def url(self) -> str:
        """``http://host:port``, without the credentials: for messages and logs."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"

    def __repr__(self) -> str:
        credentials = "" if self.authorization is None else ", credentials=<hidden>"
        return f"Proxy(url={self.url!r}{credentials})"

    @classmethod
    def parse(cls, url: str, source: str = "proxy") -> Proxy:
        """Reads ``url`` (a scheme-less one is http); ``source`` names it in a ValidationError."""
        from urllib.parse import unquote, urlsplit  # once per client: keep it off the import path

        text = url.strip()
        try:
            parts = urlsplit(text if "://" in text else f"http://{text}")
            port = parts.port
        except ValueError:  # its message may quote a piece of the password
            raise _refused(source, f"not a proxy URL ({_URL_FORM})") from None
        if parts.scheme != "http":
            raise _refused(
                source, f"unsupported proxy scheme {parts.scheme!r}: only http:// proxies"
            )
        host = parts.hostname
        if not host or not host.isprintable() or any(char.isspace() for char in host):
            raise _refused(source, f"the proxy URL has no valid host ({_URL_FORM})")
        if parts.path not in ("", "/") or parts.query or parts.fragment:
            raise _refused(source, f"the proxy URL has a path or query ({_URL_FORM})")
        if port == 0:
            raise _refused(source, "the proxy URL has port 0")
        authorization = None
        if "@" in parts.netloc:
            import base64

            user = unquote(parts.username or "")
            password = unquote(parts.password or "")
            token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
            authorization = f"Basic {token}"
        return cls("http", host, port or DEFAULT_PORT, authorization)


def proxy_for(
    endpoint: Endpoint, proxy: ProxyArgument, environ: Mapping[str, str] | None = None
) -> Proxy | None:
    """The proxy for requests to ``endpoint``, or None to connect directly (see the module).

    ``environ`` defaults to ``os.environ``. Raises ValidationError for a proxy URL that cannot be
    used, naming the argument or the variable it came from.
    """
    if proxy is None:
        return None
    if proxy is not FROM_ENVIRONMENT:
        if not isinstance(proxy, str):
            raise _refused("proxy", f"a URL, None or FROM_ENVIRONMENT, not {type(proxy).__name__}")
        return Proxy.parse(proxy, "proxy")
    environ = os.environ if environ is None else environ
    found = _variable(environ, f"{endpoint.scheme}_proxy") or _variable(environ, "all_proxy")
    if found is None or _bypassed(endpoint, environ):
        return None
    name, url = found
    return Proxy.parse(url, f"environment variable {name}")


def _variable(environ: Mapping[str, str], name: str) -> tuple[str, str] | None:
    """The first of ``name`` and its upper-case form that is set and not empty, with its value."""
    for variable in (name, name.upper()):
        if variable == "HTTP_PROXY" and "REQUEST_METHOD" in environ:
            continue
        value = environ.get(variable, "").strip()
        if value:
            return variable, value
    return None


def _bypassed(endpoint: Endpoint, environ: Mapping[str, str]) -> bool:
    """Whether NO_PROXY lists ``endpoint``."""
    found = _variable(environ, "no_proxy")
    if found is None:
        return False
    import ipaddress  # only with a NO_PROXY: for its addresses and CIDR blocks

    host = endpoint.host.lower().rstrip(".")
    address: ipaddress.IPv4Address | ipaddress.IPv6Address | None = None
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        pass  # a name: only name entries can match it
    for entry in found[1].replace(",", " ").split():
        if entry == "*":
            return True
        name, port = _split_port(entry.lower())
        if port is not None and port != str(endpoint.port):
            continue
        try:
            network = ipaddress.ip_network(name, strict=False)
        except ValueError:
            domain = name.lstrip("*").strip(".")  # "*.example.com" is taken as ".example.com"
            if domain and (host == domain or host.endswith(f".{domain}")):
                return True
            continue
        if address is not None and address in network:
            return True
    return False


def _split_port(entry: str) -> tuple[str, str | None]:
    """``host:port``, ``[v6]:port``, ``[v6]/bits`` -> (host or block, port or None).

    A bare IPv6 address (more than one colon) has no port; anything else after a bracketed
    address is kept as a port that matches none.
    """
    if entry.startswith("["):
        name, _, rest = entry[1:].partition("]")
        if rest.startswith("/"):
            return name + rest, None
        return name, (rest[1:] if rest.startswith(":") else rest) or None
    if entry.count(":") == 1:
        name, _, port = entry.partition(":")
        return name, port
    return entry, None


def _refused(source: str, problem: str) -> errors.ValidationError:
    return errors.ValidationError([f"{source}: {problem}"])
