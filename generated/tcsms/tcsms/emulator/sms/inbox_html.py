# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""The inbox page: server-rendered HTML, every value escaped (``html.escape``, quotes included).

The one script and the one style sheet are static text, allowed by their hashes in the
Content-Security-Policy (``SECURITY_HEADERS``); no other script can run in the page. The script
polls ``/_inbox/version`` every second and, when the state changed and no form field has the
focus, fetches the page again and swaps in its ``<main id="inbox">``.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape
from typing import Any
from urllib.parse import quote, urlencode

__all__ = ["DEFAULT_FAILURE", "SECURITY_HEADERS", "error_page", "inbox_page"]

# What the "Fail delivery" form proposes: a documented receipt status code of a failure.
DEFAULT_FAILURE = "UNDELIVRD"
REFRESH_SECONDS = 1
PREFIX = "/_inbox"

_SCRIPT = """
(function () {
  "use strict";
  var busy = false;
  function typing() {
    var field = document.activeElement;
    return !!field && !!field.closest && !!field.closest("#inbox form");
  }
  function swap(html) {
    var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("inbox");
    var current = document.getElementById("inbox");
    if (fresh && current && !typing()) current.replaceWith(fresh);
  }
  function tick() {
    var main = document.getElementById("inbox");
    if (busy || !main || typing()) return;
    busy = true;
    var options = {credentials: "same-origin", cache: "no-store"};
    fetch("/_inbox/version", options)
      .then(function (answer) { return answer.ok ? answer.json() : null; })
      .then(function (state) {
        if (!state || state.version === main.dataset.version) return null;
        return fetch(location.href, options).then(function (answer) {
          return answer.ok ? answer.text() : null;
        });
      })
      .then(function (html) { if (html) swap(html); })
      .catch(function () {})
      .then(function () { busy = false; });
  }
  setInterval(tick, REFRESH_MS);
})();
""".replace("REFRESH_MS", str(REFRESH_SECONDS * 1000))

_STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #222; background: #f6f6f6; }
main { display: grid; grid-template-columns: 16em 1fr; gap: 1em; padding: 1em; }
h1 { grid-column: 1 / 3; margin: 0; font-size: 1.3em; }
h2 { font-size: 1.05em; margin: .8em 0 .3em; }
nav ul, .review ul { list-style: none; padding: 0; margin: 0; }
nav li { display: flex; justify-content: space-between; }
.count, .meta, .reply time, .empty { color: #777; }
.review li { background: #fff; margin: .3em 0; padding: .4em; border-radius: 4px; }
.review li[data-status="under review"] { border-left: 3px solid #d90; }
.message { background: #fff; margin: 0 0 .6em; padding: .6em .8em; border-radius: 4px; }
.message .meta { font-size: .85em; }
.text { white-space: pre-wrap; margin: .3em 0; font-size: 1.05em; }
.status { margin: .2em 0; }
.status .FAIL { color: #b00; font-weight: bold; }
.status .SUCCESS { color: #070; font-weight: bold; }
.replies { margin: .3em 0; padding-left: 1.2em; }
form { display: inline-block; margin: .2em .6em 0 0; }
input[name="text"] { width: 14em; }
input[name="receipt_code"] { width: 7em; }
"""


def _hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    (
        "Content-Security-Policy",
        f"default-src 'self'; script-src {_hash(_SCRIPT)}; style-src {_hash(_STYLE)};"
        " form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),  # forms keep their Origin; no other site learns URLs
    ("Cache-Control", "no-store"),
    ("X-Frame-Options", "DENY"),
)


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _href(**params: str | None) -> str:
    query = urlencode({name: value for name, value in params.items() if value})
    return _e(f"{PREFIX}?{query}" if query else PREFIX)


def _document(title: str, main: str, refresh: bool) -> bytes:
    script = f"<script>{_SCRIPT}</script>" if refresh else ""
    fallback = '<noscript><meta http-equiv="refresh" content="5"></noscript>' if refresh else ""
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title>{fallback}<style>{_STYLE}</style></head>"
        f"<body>{main}{script}</body></html>\n"
    ).encode()


def error_page(status: int, message: str) -> bytes:
    main = f'<main id="inbox"><h1>SMS inbox: {status}</h1><p class="error">{_e(message)}</p></main>'
    return _document(f"SMS inbox: {status}", main, refresh=False)


def inbox_page(data: dict[str, Any], csrf: str) -> bytes:
    """The whole page for ``inbox_data.inbox``'s ``data``."""
    phone = data["phone"]
    hidden = f'<input type="hidden" name="csrf" value="{_e(csrf)}">'
    if phone:
        hidden += f'<input type="hidden" name="phone" value="{_e(phone)}">'
    replies: dict[str | None, list[dict[str, Any]]] = {}
    for reply in data["replies"]:
        replies.setdefault(reply["serial_no"], []).append(reply)
    parts = [
        f'<main id="inbox" data-version="{_e(data["version"])}">',
        f"<h1>SMS inbox{': ' + _e(phone) if phone else ''}</h1>",
        '<div class="side">',
        _numbers(data["numbers"], phone),
        '<section class="review">',
        _reviewed("Signatures", "sign", "signs", data["signs"], hidden),
        _reviewed("Templates", "template", "templates", data["templates"], hidden),
        "</section></div>",
        '<section class="messages">',
        f"<h2>Messages{' to ' + _e(phone) if phone else ''}</h2>",
    ]
    if phone:
        parts.append(f'<p><a href="{PREFIX}">All numbers</a></p>')
    if not data["messages"]:
        parts.append('<p class="empty">No messages.</p>')
    parts.extend(
        _message(message, replies.get(message["serial_no"], []), hidden)
        for message in data["messages"]
    )
    if data["next_before"]:
        parts.append(
            f'<p><a class="older" href="{_href(phone=phone, before=data["next_before"])}">'
            "Older</a></p>"
        )
    others = replies.get(None, [])
    if others:
        parts.append('<h2>Recent replies</h2><ul class="replies">')
        parts.extend(_reply(reply, with_phone=True) for reply in others)
        parts.append("</ul>")
    parts.append("</section></main>")
    return _document("SMS inbox", "".join(parts), refresh=True)


_CURRENT = ' aria-current="page"'


def _numbers(numbers: list[dict[str, Any]], current: str | None) -> str:
    items = "".join(
        f'<li><a href="{_href(phone=number["phone"])}"'
        f"{_CURRENT if number['phone'] == current else ''}>"
        f'{_e(number["phone"])}</a> <span class="count">{_e(number["count"])}</span></li>'
        for number in numbers
    )
    return f'<nav class="numbers"><h2>Numbers</h2><ul>{items}</ul></nav>'


def _reviewed(title: str, kind: str, path: str, rows: list[dict[str, Any]], hidden: str) -> str:
    items = []
    for row in rows:
        status = row["status_text"]
        label = row["name"] if kind == "sign" else f"{row['name']}: {row['content']}"
        actions = ""
        if status == "under review":
            base = f"{PREFIX}/{path}/{row['id']}"
            actions = (
                f'<form method="post" action="{_e(base)}/approve">{hidden}'
                '<button type="submit" class="approve">Approve</button></form>'
                f'<form method="post" action="{_e(base)}/reject">{hidden}'
                '<button type="submit" class="reject">Reject</button></form>'
            )
        items.append(
            f'<li class="{kind}" id="{kind}-{_e(row["id"])}" data-status="{_e(status)}">'
            f'<span class="name">{_e(label)}</span> <span class="meta">#{_e(row["id"])}'
            f" {_e(status)}</span> {actions}</li>"
        )
    empty = '<li class="empty">None.</li>' if not rows else ""
    return f"<h2>{_e(title)}</h2><ul>{''.join(items)}{empty}</ul>"


def _message(message: dict[str, Any], replies: list[dict[str, Any]], hidden: str) -> str:
    serial = message["serial_no"]
    action = f"{PREFIX}/messages/{quote(serial, safe=':')}"
    report = message["report_status"]
    if report is None:
        status = f'<span class="NOT_SENT">not sent</span> {_e(message["code"])}'
    else:
        status = (
            f'<span class="{_e(report)}">{_e(report)}</span> {_e(message["receipt_code"])}'
            f'{": " + _e(message["receipt_explanation"]) if message["receipt_explanation"] else ""}'
        )
    thread = "".join(_reply(reply) for reply in replies)
    if thread:
        thread = f'<ul class="replies">{thread}</ul>'
    return (
        f'<article class="message" id="message-{_e(serial)}" data-phone="{_e(message["phone"])}">'
        f'<div class="meta"><a href="{_href(phone=message["phone"])}">{_e(message["phone"])}</a>'
        f' · <time datetime="{_e(message["time"])}">{_e(message["time"])}</time>'
        f' · sign <span class="sign">{_e(message["sign_name"])}</span>'
        f' · template <span class="template">{_e(message["template_id"])}</span>'
        f' · fee {_e(message["fee"])} · <span class="serial">{_e(serial)}</span></div>'
        f'<p class="text">{_e(message["text"])}</p>'
        f'<p class="status">{status} · <span class="callback">callback:'
        f' {_e(message["callback"])}</span></p>'
        f"{thread}"
        f'<form class="inject-reply" method="post" action="{_e(action)}/reply">{hidden}'
        '<input name="text" placeholder="reply text" aria-label="reply text" required>'
        '<button type="submit">Inject reply</button></form>'
        f'<form class="fail-delivery" method="post" action="{_e(action)}/fail">{hidden}'
        f'<input name="receipt_code" value="{DEFAULT_FAILURE}" aria-label="receipt code" required>'
        '<button type="submit">Fail delivery</button></form>'
        "</article>"
    )


def _reply(reply: dict[str, Any], with_phone: bool = False) -> str:
    who = f'{_e(reply["phone"])} ' if with_phone else ""
    outcome = reply["callback_ok"]
    callback = "" if outcome is None else f" · callback {'delivered' if outcome else 'failed'}"
    return (
        f'<li class="reply" id="reply-{_e(reply["id"])}">{who}'
        f'<span class="reply-text">{_e(reply["text"])}</span>'
        f' <time datetime="{_e(reply["time"])}">{_e(reply["time"])}</time>{callback}</li>'
    )
