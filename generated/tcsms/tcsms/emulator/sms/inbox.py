# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The SMS inbox: every message sent, on a page beside the API (``GET /_inbox``), like a mail
catcher for SMS.

``GET /_inbox`` is the page (``?phone=`` one number, ``?before=`` older messages),
``GET /_inbox.json`` the same data, ``GET /_inbox/version`` what the page polls to refresh itself.
The actions are form POSTs under ``/_inbox/``: approve or reject a signature or template, inject a
reply to a message, fail a message's delivery; each answers 303 back to the page.

With an admin token every request needs it: ``Authorization: Bearer``, ``X-Admin-Token``, the
cookie a ``GET ...?token=`` sets (then redirected without it), 401 without, 403 with another.
Actions also need the form's ``csrf`` value and are refused when the browser says they come from
another site (``Origin``, ``Sec-Fetch-Site``).
"""

from __future__ import annotations

import hmac
import json
import re
import secrets
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from tcsms.emulator.admin_checks import AdminError, check_text
from tcsms.emulator.http import check_token
from tcsms.emulator.sms.admin import SmsAdmin
from tcsms.emulator.sms.inbox_data import (
    QueryError,
    inbox,
    parse_phone,
    parse_query,
    version,
)
from tcsms.emulator.sms.inbox_html import (
    DEFAULT_FAILURE,
    PREFIX,
    SECURITY_HEADERS,
    error_page,
    inbox_page,
)
from tcsms.emulator.web import WebAnswer, WebRequest

__all__ = ["COOKIE", "InboxPages", "cookie_name"]

COOKIE = "inbox_token"
_HTML = "text/html; charset=utf-8"
_JSON = "application/json; charset=utf-8"
_FORM = "application/x-www-form-urlencoded"
_MAX_FIELDS = 20
_READ_ROUTES = {PREFIX: "page", f"{PREFIX}.json": "json", f"{PREFIX}/version": "version"}
_REVIEW = re.compile(PREFIX + r"/(signs|templates)/([0-9]{1,19})/(approve|reject)", re.ASCII)
_MESSAGE = re.compile(rf"{PREFIX}/messages/([^/]+)/(reply|fail)")


class InboxPages:
    """``web.Pages`` for the SMS emulator: the inbox, under ``admin_token`` when there is one."""

    def __init__(self, admin: SmsAdmin, admin_token: str | None) -> None:
        self._admin = admin
        self._token = admin_token
        # Forms carry it; another site cannot read the page to learn it.
        self._csrf = secrets.token_urlsafe(16)
        self._instance = secrets.token_hex(4)

    @property
    def prefix(self) -> str:
        return PREFIX

    def answer(self, request: WebRequest) -> WebAnswer:
        """Never raises: whatever goes wrong is an answer."""
        try:
            return self._answer(request)
        except Exception as exc:  # a bug: answered, never a traceback on stderr
            return _error(500, f"internal error: {exc!r}", json_answer=False)

    def _answer(self, request: WebRequest) -> WebAnswer:
        path, _, query = request.target.partition("?")
        params = dict(parse_qsl(query, keep_blank_values=True))
        read = _READ_ROUTES.get(path)
        as_json = read in ("json", "version")
        refusal = self._authorise(request, path, params, as_json)
        if refusal is not None:
            return refusal
        if read is not None:
            if request.method != "GET":
                return _error(405, "use GET", as_json, (("Allow", "GET"),))
            return self._read(read, params)
        action = self._action(path)
        if action is None:
            return _error(404, f"no inbox page {path!r}", json_answer=False)
        if request.method != "POST":
            return _error(405, "actions are POST forms", False, (("Allow", "POST"),))
        return self._act(request, action)

    # The admin token

    def _authorise(
        self, request: WebRequest, path: str, params: dict[str, str], as_json: bool
    ) -> WebAnswer | None:
        if self._token is None:
            return None
        headers = request.headers
        given = params.get("token") if request.method == "GET" else None
        if given is not None:
            if not self._matches(given):
                return _error(403, "wrong admin token", as_json)
            if as_json:
                return None  # a script's request: answered, no cookie
            rest = urlencode([(name, value) for name, value in params.items() if name != "token"])
            name = cookie_name(headers.get("host", ""))
            cookie = (
                f"{name}={quote(self._token, safe='')}; HttpOnly; SameSite=Strict; Path={PREFIX}"
            )
            location = f"{path}?{rest}" if rest else path
            moved = (("Location", location), ("Set-Cookie", cookie))
            return WebAnswer(303, _HTML, b"", SECURITY_HEADERS + moved)
        if "authorization" in headers or "x-admin-token" in headers:
            refusal = check_token(self._token, headers)
            return None if refusal is None else _error(*refusal, as_json)
        cookie_value = _cookie(headers.get("cookie", ""), cookie_name(headers.get("host", "")))
        if cookie_value is None:
            problem = "the inbox needs the admin token (Authorization: Bearer, or ?token=)"
            return _error(401, problem, as_json)
        return (
            None
            if self._matches(unquote(cookie_value))
            else _error(403, "wrong admin token", as_json)
        )

    def _matches(self, given: str) -> bool:
        assert self._token is not None
        return hmac.compare_digest(given.encode("utf-8"), self._token.encode("utf-8"))

    # Reading

    def _read(self, kind: str, params: dict[str, str]) -> WebAnswer:
        context = self._admin.context
        if kind == "version":
            return _json({"version": version(context, self._instance)})
        try:
            query = parse_query(params)
        except QueryError as exc:
            return _error(400, str(exc), kind == "json")
        data = inbox(context, query, self._instance)
        if kind == "json":
            for message in data["messages"]:
                del message["row_id"]  # the cursor's business: next_before
            return _json(data)
        return WebAnswer(200, _HTML, inbox_page(data, self._csrf), SECURITY_HEADERS)

    # Acting

    def _action(self, path: str) -> Callable[[dict[str, str]], None] | None:
        """What a POST to ``path`` does with the form's fields, or None for no action."""
        review = _REVIEW.fullmatch(path)
        if review is not None:
            table, row_id, verdict = review.groups()
            operation = getattr(self._admin, f"{verdict}_{table[:-1]}")
            return lambda form: operation(int(row_id))
        message = _MESSAGE.fullmatch(path)
        if message is None:
            return None
        serial_no, verb = unquote(message.group(1)), message.group(2)
        if verb == "fail":
            return lambda form: self._admin.fail_message(
                serial_no,
                form.get("receipt_code", DEFAULT_FAILURE).strip(),
                form.get("reason", "internal_error"),
            )
        return lambda form: self._reply(serial_no, form.get("text", ""))

    def _reply(self, serial_no: str, text: str) -> None:
        check_text("text", text, empty=False)
        message = self._admin.context.store.one(
            "SELECT phone, app_id, sign_name FROM messages WHERE serial_no = ?", (serial_no,)
        )
        if message is None:
            raise AdminError(f"no such message: {serial_no!r}")
        self._admin.inject_reply(
            message["phone"], text, message["app_id"], sign_name=message["sign_name"]
        )

    def _act(self, request: WebRequest, action: Callable[[dict[str, str]], None]) -> WebAnswer:
        problem = _cross_site(request.headers)
        if problem is not None:
            return _error(403, problem, json_answer=False)
        content_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
        try:
            if content_type != _FORM:
                raise ValueError(f"an action is a form ({_FORM})")
            fields = parse_qsl(
                request.body.decode("utf-8"),
                keep_blank_values=True,
                strict_parsing=bool(request.body),
                max_num_fields=_MAX_FIELDS,
                errors="strict",
            )
        except ValueError as exc:  # UnicodeDecodeError included
            return _error(400, f"unreadable form: {exc}", json_answer=False)
        form = dict(fields)
        given = form.get("csrf", "")
        if not hmac.compare_digest(given.encode("utf-8"), self._csrf.encode("utf-8")):
            return _error(403, "the form's csrf field is missing or wrong: reload the page", False)
        try:
            action(form)
            back = {"phone": parse_phone(form["phone"])} if form.get("phone") else {}
        except (AdminError, QueryError) as exc:
            return _error(400, str(exc), json_answer=False)
        location = f"{PREFIX}?{urlencode(back)}" if back else PREFIX
        return WebAnswer(303, _HTML, b"", (*SECURITY_HEADERS, ("Location", location)))


def _cross_site(headers: dict[str, str]) -> str | None:
    """Why a browser's request is refused as coming from another site, or None."""
    if headers.get("sec-fetch-site", "").lower() == "cross-site":
        return "refused: a cross-site request (Sec-Fetch-Site)"
    origin = headers.get("origin")
    if origin is None:
        return None
    if origin == "null":
        # A privacy setting or a sandboxed frame hides the origin: taken only when the browser
        # vouches that the form is this page's own (the page's Referrer-Policy keeps its origin).
        if headers.get("sec-fetch-site", "").lower() == "same-origin":
            return None
        return "refused: the Origin is hidden (null) and the request is not same-origin"
    if urlsplit(origin).netloc.lower() != headers.get("host", "").lower():
        return "refused: the Origin is not this emulator's"
    return None


def cookie_name(host: str) -> str:
    """``inbox_token_<port>``: a browser sends a host's cookies to all its ports, so two
    emulators on one host, each with its own token, need a cookie each."""
    port = host.rpartition(":")[2] if not host.endswith("]") else ""
    return f"{COOKIE}_{port}" if port.isdigit() and port.isascii() else COOKIE


def _cookie(header: str, name: str) -> str | None:
    for pair in header.split(";"):
        key, _, value = pair.strip().partition("=")
        if key == name:
            return value
    return None


def _json(document: Any) -> WebAnswer:
    body = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return WebAnswer(200, _JSON, body, SECURITY_HEADERS)


def _error(
    status: int, message: str, json_answer: bool, headers: tuple[tuple[str, str], ...] = ()
) -> WebAnswer:
    if json_answer:
        body = json.dumps({"error": message}, ensure_ascii=False).encode("utf-8")
        return WebAnswer(status, _JSON, body, SECURITY_HEADERS + headers)
    return WebAnswer(status, _HTML, error_page(status, message), SECURITY_HEADERS + headers)
