"""The SMS emulator's inbox over HTTP: ``GET /_inbox`` shows every message sent (newest first, a
page at a time, one number at a time), its delivery, replies and callback outcome, and what waits
for review; ``/_inbox.json`` gives the same data; every value is escaped; the admin token guards
it all; actions are POST forms with a csrf field, refused from another site."""

from __future__ import annotations

import http.client
import json
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from html import escape
from typing import Any
from urllib.parse import urlencode

import pytest
from emulator_support.receivers import callback_receiver

from tcsms.emulator import AdminError, Emulator
from tcsms.emulator.sms.inbox_data import PAGE_SIZE
from tcsms.emulator.sms.inbox_html import DEFAULT_FAILURE
from tcsms.status_codes import describe_receipt

PHONE = "+8613711112222"
OTHER = "+8613711113333"
XSS = "<script>alert(1)</script>"

Answer = tuple[int, dict[str, str], bytes]


@pytest.fixture(autouse=True)
def no_traceback(capfd: pytest.CaptureFixture[str]) -> Iterator[None]:
    yield
    assert "Traceback" not in capfd.readouterr().err


def request(
    emulator: Emulator,
    method: str,
    target: str,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
) -> Answer:
    connection = http.client.HTTPConnection(emulator.host, emulator.port, timeout=10)
    try:
        connection.request(method, target, body=body, headers=headers or {})
        answer = connection.getresponse()
        names = {name.lower(): value for name, value in answer.getheaders()}
        return answer.status, names, answer.read()
    finally:
        connection.close()


def page(emulator: Emulator, target: str = "/_inbox", **headers: str) -> str:
    status, _, body = request(emulator, "GET", target, headers=headers)
    assert status == 200, body
    return body.decode("utf-8")


def data(emulator: Emulator, query: str = "", **headers: str) -> dict[str, Any]:
    status, names, body = request(emulator, "GET", f"/_inbox.json{query}", headers=headers)
    assert status == 200, body
    assert names["content-type"] == "application/json; charset=utf-8"
    document: dict[str, Any] = json.loads(body)
    return document


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match is not None, "no csrf field in the page"
    return match.group(1)


def post_form(
    emulator: Emulator, target: str, fields: dict[str, str], **headers: str
) -> tuple[int, dict[str, str], str]:
    status, names, body = request(
        emulator,
        "POST",
        target,
        urlencode(fields).encode(),
        {"Content-Type": "application/x-www-form-urlencoded", **headers},
    )
    return status, names, body.decode("utf-8")


def act(emulator: Emulator, target: str, **fields: str) -> tuple[int, dict[str, str], str]:
    """A form POST as the page's own forms send it (its csrf value, a same-origin Origin)."""
    csrf = csrf_of(page(emulator))
    origin = f"http://{emulator.host}:{emulator.port}"
    return post_form(emulator, target, {"csrf": csrf, **fields}, Origin=origin)


def send(emulator: Emulator, *params: str, phones: tuple[str, ...] = (PHONE,), **seed: Any) -> str:
    """Sends with a seeded signature and template; returns the first serial number."""
    seeded = emulator.admin.seed(**seed)
    with emulator.client() as client:
        answer = client.send_sms(
            phone_number_set=list(phones), template_param_set=list(params), **seeded
        )
    serial = (answer.send_status_set or [])[0].serial_no
    assert serial is not None
    return serial


def articles(html: str) -> list[str]:
    """The serial numbers of the messages shown, in page order."""
    return re.findall(r'<article class="message" id="message-([^"]+)"', html)


def add_sign_and_template(emulator: Emulator) -> tuple[int, int]:
    """A signature and a template submitted through the API: both under review."""
    with emulator.client() as client:
        sign = client.add_sms_sign(
            sign_name="Acme",
            sign_type=0,
            document_type=0,
            international=0,
            sign_purpose=0,
            proof_image="aGVsbG8=",
        )
        template = client.add_sms_template(
            template_name="welcome",
            template_content="Welcome, {1}",
            sms_type=1,
            international=0,
            remark="-",
        )
    return int(sign.add_sign_status.sign_id), int(template.add_template_status.template_id)


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator(auto_approve=False, rate_limits=False) as running:
        yield running


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[Any]]]:
    """A callback receiver on loopback: its URL and the payloads it took."""
    with callback_receiver() as received:
        yield received


# The page


def test_the_page_shows_each_message_with_its_delivery_and_safe_headers(
    emulator: Emulator,
) -> None:
    serial = send(emulator, "4321")
    status, headers, body = request(emulator, "GET", "/_inbox")
    html = body.decode("utf-8")
    assert status == 200
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert re.search(r"<title>[^<]*inbox[^<]*</title>", html)
    assert '<main id="inbox"' in html
    [message] = emulator.admin.messages()
    article = html[html.index(f'id="message-{serial}"') :].split("</article>")[0]
    assert f'data-phone="{PHONE}"' in article
    assert '<p class="text">【Tencent】Your code is 4321</p>' in article
    for shown in ("Tencent", message["template_id"], serial, f"fee {message['fee']}"):
        assert escape(str(shown)) in article
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ">', article)
    assert re.search(r'class="status">.*SUCCESS.*DELIVRD', article)
    assert escape(describe_receipt("DELIVRD") or "-") in article
    assert "callback: no callback URL" in article
    policy = headers["content-security-policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert re.search(r"script-src 'sha256-[A-Za-z0-9+/=]+'", policy)
    assert "unsafe-inline" not in policy
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"
    assert headers["cache-control"] == "no-store"
    # One script, ours; a fallback refresh without it.
    assert html.count("<script") == 1
    assert '<noscript><meta http-equiv="refresh"' in html


def test_the_numbers_list_counts_messages_and_links_to_the_filter(emulator: Emulator) -> None:
    send(emulator, "1", phones=(PHONE, OTHER))
    send(emulator, "2", phones=(OTHER,))
    numbers = data(emulator)["numbers"]
    assert numbers == [{"phone": OTHER, "count": 2}, {"phone": PHONE, "count": 1}]
    assert 'href="/_inbox?phone=%2B8613711113333"' in page(emulator)


@pytest.mark.parametrize("written", ["13711112222", "+8613711112222", "008613711112222"])
def test_a_number_filters_in_any_form_the_service_reads(emulator: Emulator, written: str) -> None:
    mine = send(emulator, "1", phones=(PHONE,))
    other = send(emulator, "2", phones=(OTHER,))
    emulator.admin.inject_reply(OTHER, "from the other", "1400000000")
    emulator.admin.inject_reply(PHONE, "from mine", "1400000000")
    query = "?" + urlencode({"phone": written})
    html = page(emulator, f"/_inbox{query}")
    assert articles(html) == [mine]
    assert "from mine" in html and "from the other" not in html
    document = data(emulator, query)
    assert document["phone"] == PHONE
    assert [message["serial_no"] for message in document["messages"]] == [mine]
    assert [reply["text"] for reply in document["replies"]] == ["from mine"]
    assert other in articles(page(emulator))


def test_an_unencoded_plus_in_the_filter_still_reads(emulator: Emulator) -> None:
    mine = send(emulator, "1")
    assert articles(page(emulator, "/_inbox?phone=+8613711112222")) == [mine]


def test_a_filter_that_is_no_number_is_a_400_escaped(emulator: Emulator) -> None:
    status, headers, body = request(emulator, "GET", "/_inbox?phone=%3Cscript%3Ex")
    assert status == 400 and headers["content-type"].startswith("text/html")
    assert b"<script>x" not in body and b"&lt;script&gt;x" in body
    status, _, body = request(emulator, "GET", "/_inbox.json?before=yesterday")
    assert status == 400 and "not a cursor" in json.loads(body)["error"]


def test_pages_go_back_newest_first_a_page_size_at_a_time(emulator: Emulator) -> None:
    seeded = emulator.admin.seed()
    extra = 5
    numbers = [f"+86137{index:08d}" for index in range(PAGE_SIZE + extra)]
    with emulator.client() as client:
        for start in range(0, len(numbers), 50):
            client.send_sms(
                phone_number_set=numbers[start : start + 50], template_param_set=["1"], **seeded
            )
    newest_first = [message["serial_no"] for message in reversed(emulator.admin.messages())]
    first = data(emulator)
    assert [message["serial_no"] for message in first["messages"]] == newest_first[:PAGE_SIZE]
    html = page(emulator)
    assert articles(html) == newest_first[:PAGE_SIZE]
    cursor = first["next_before"]
    older = f'class="older" href="/_inbox?{escape(urlencode({"before": cursor}))}"'
    assert older in html
    second = data(emulator, "?" + urlencode({"before": cursor}))
    assert [message["serial_no"] for message in second["messages"]] == newest_first[PAGE_SIZE:]
    assert second["next_before"] is None
    assert articles(page(emulator, f"/_inbox?before={cursor}")) == newest_first[PAGE_SIZE:]


def test_one_numbers_pages_go_back_too(emulator: Emulator) -> None:
    seeded = emulator.admin.seed()
    with emulator.client() as client:
        for index in range(PAGE_SIZE + 2):
            client.send_sms(phone_number_set=[PHONE], template_param_set=[str(index)], **seeded)
        client.send_sms(phone_number_set=[OTHER], template_param_set=["x"], **seeded)
    mine = [m["serial_no"] for m in reversed(emulator.admin.messages()) if m["phone"] == PHONE]
    first = data(emulator, "?phone=13711112222")
    assert [message["serial_no"] for message in first["messages"]] == mine[:PAGE_SIZE]
    query = urlencode({"phone": "13711112222", "before": first["next_before"]})
    second = data(emulator, f"?{query}")
    assert [message["serial_no"] for message in second["messages"]] == mine[PAGE_SIZE:]
    html = page(emulator, "/_inbox?phone=13711112222")
    assert escape(urlencode({"phone": PHONE, "before": first["next_before"]})) in html


def test_a_reply_shows_under_the_message_it_answers(emulator: Emulator) -> None:
    serial = send(emulator, "1")
    reply_id = emulator.admin.inject_reply(PHONE, "yes please", "1400000000")
    stray_id = emulator.admin.inject_reply("+8613900000000", "who?", "1400000000")
    html = page(emulator)
    article = html[html.index(f'id="message-{serial}"') :].split("</article>")[0]
    assert f'<li class="reply" id="reply-{reply_id}">' in article
    assert "yes please" in article
    # A reply to no message on the page is listed apart, once.
    assert html.count(f'id="reply-{stray_id}"') == 1 and "who?" in html
    replies = {reply["id"]: reply["serial_no"] for reply in data(emulator)["replies"]}
    assert replies == {reply_id: serial, stray_id: None}


# Escaping


def test_every_value_is_escaped_text_never_markup(emulator: Emulator) -> None:
    sign = "Ac\"me' <b>"
    serial = send(emulator, XSS, sign_name=sign, template_content="Hi {1}")
    emulator.admin.inject_reply(PHONE, XSS, "1400000000")
    with emulator.client() as client:
        client.add_sms_template(
            template_name=XSS,
            template_content='"><img src=x onerror=alert(1)>',
            sms_type=1,
            international=0,
            remark="-",
        )
    html = page(emulator)
    assert XSS not in html and "<b>" not in html and "<img" not in html
    assert html.count("<script") == 1
    assert f"Hi {escape(XSS)}" in html
    assert f'<span class="reply-text">{escape(XSS)}</span>' in html
    assert escape(sign) in html  # Ac&quot;me&#x27; &lt;b&gt;
    assert escape('"><img src=x onerror=alert(1)>') in html
    assert f'id="message-{serial}"' in html
    # The JSON holds the values as stored.
    document = data(emulator)
    assert document["messages"][0]["text"] == f"【{sign}】Hi {XSS}"


# JSON


def test_the_json_gives_the_same_data_for_scripts(emulator: Emulator) -> None:
    sign_id, template_id = add_sign_and_template(emulator)
    serial = send(emulator, "4321")
    reply_id = emulator.admin.inject_reply(PHONE, "ok", "1400000000")
    document = data(emulator)
    assert set(document) >= {"messages", "replies", "signs", "templates", "numbers", "version"}
    assert document["next_before"] is None
    [message] = document["messages"]
    stored = emulator.admin.messages()[0]
    assert {name: message[name] for name in stored} == stored  # values as stored
    assert message["serial_no"] == serial
    assert message["text"] == "【Tencent】Your code is 4321"
    assert message["receipt_explanation"] == describe_receipt("DELIVRD")
    assert message["callback"] == "no callback URL"
    assert [(reply["id"], reply["serial_no"]) for reply in document["replies"]] == [
        (reply_id, serial)
    ]
    signs = {sign["id"]: sign["status_text"] for sign in document["signs"]}
    templates = {template["id"]: template["status_text"] for template in document["templates"]}
    assert signs[sign_id] == "under review" and templates[template_id] == "under review"
    assert document["numbers"] == [{"phone": PHONE, "count": 1}]
    assert isinstance(document["version"], str)


# The admin token


@pytest.fixture
def guarded() -> Iterator[Emulator]:
    with Emulator(auto_approve=False, admin_token="s3cret/+=") as running:
        yield running


@pytest.mark.parametrize("target", ["/_inbox", "/_inbox.json", "/_inbox/version"])
def test_with_a_token_every_read_needs_it(guarded: Emulator, target: str) -> None:
    assert request(guarded, "GET", target)[0] == 401
    assert request(guarded, "GET", target, headers={"X-Admin-Token": "nope"})[0] == 403
    assert request(guarded, "GET", target, headers={"Authorization": "Bearer nope"})[0] == 403
    cookie = f"inbox_token_{guarded.port}=nope"
    assert request(guarded, "GET", target, headers={"Cookie": cookie})[0] == 403
    status, _, body = request(guarded, "GET", target, headers={"Authorization": "Bearer s3cret/+="})
    assert status == 200 and b"s3cret" not in body
    assert request(guarded, "GET", target, headers={"X-Admin-Token": "s3cret/+="})[0] == 200


def test_a_token_in_the_link_becomes_a_cookie_and_leaves_the_url(guarded: Emulator) -> None:
    send(guarded, "1")
    query = urlencode({"phone": "13711112222", "token": "s3cret/+="})
    status, headers, _ = request(guarded, "GET", f"/_inbox?{query}")
    assert status == 303
    assert headers["location"] == "/_inbox?phone=13711112222"
    cookie = headers["set-cookie"]
    value = cookie.split(";")[0]
    assert value.startswith(f"inbox_token_{guarded.port}=") and "s3cret" in value
    attributes = {part.strip() for part in cookie.split(";")[1:]}
    assert attributes == {"HttpOnly", "SameSite=Strict", "Path=/_inbox"}
    html = page(guarded, headers["location"], Cookie=value)
    assert len(articles(html)) == 1 and "s3cret" not in html
    assert request(guarded, "GET", "/_inbox?token=wrong")[0] == 403
    # A script's JSON read with the token in the query is answered at once.
    status, _, body = request(guarded, "GET", "/_inbox.json?token=s3cret%2F%2B%3D")
    assert status == 200 and len(json.loads(body)["messages"]) == 1


def test_with_a_token_actions_need_it_too(guarded: Emulator) -> None:
    _, template_id = add_sign_and_template(guarded)
    csrf = csrf_of(page(guarded, Authorization="Bearer s3cret/+="))
    target = f"/_inbox/templates/{template_id}/approve"
    assert post_form(guarded, target, {"csrf": csrf})[0] == 401
    name = f"inbox_token_{guarded.port}"
    assert post_form(guarded, target, {"csrf": csrf}, Cookie=f"{name}=no")[0] == 403
    assert guarded.admin.templates()[-1]["status"] == 1
    status, _, _ = post_form(guarded, target, {"csrf": csrf}, Cookie=f"{name}=s3cret%2F%2B%3D")
    assert status == 303 and guarded.admin.templates()[-1]["status"] == 0


def test_two_guarded_emulators_on_one_host_keep_a_cookie_each(guarded: Emulator) -> None:
    """A browser sends a host's cookies to every port: each emulator reads its own."""
    with Emulator(admin_token="other", rate_limits=False) as other:
        cookies = f"inbox_token_{other.port}=other; inbox_token_{guarded.port}=s3cret%2F%2B%3D"
        for emulator in (guarded, other):
            assert request(emulator, "GET", "/_inbox", headers={"Cookie": cookies})[0] == 200
        swapped = f"inbox_token_{other.port}=s3cret%2F%2B%3D; inbox_token_{guarded.port}=other"
        for emulator in (guarded, other):
            assert request(emulator, "GET", "/_inbox", headers={"Cookie": swapped})[0] == 403


# Cross-site requests


@pytest.mark.parametrize(
    ("fields", "headers"),
    [
        ({}, {}),
        ({"csrf": "guessed"}, {}),
        ({"csrf": None}, {"Origin": "http://evil.example"}),
        ({"csrf": None}, {"Origin": "http://127.0.0.1:1"}),
        ({"csrf": None}, {"Origin": "null", "Sec-Fetch-Site": "cross-site"}),
        ({"csrf": None}, {"Origin": "null"}),
        ({"csrf": None}, {"Sec-Fetch-Site": "cross-site"}),
    ],
    ids=[
        "no-csrf",
        "wrong-csrf",
        "other-origin",
        "other-port",
        "null-cross-site",
        "null-unvouched",
        "cross-site",
    ],
)
def test_a_cross_site_action_is_refused_and_changes_nothing(
    emulator: Emulator, fields: dict[str, str | None], headers: dict[str, str]
) -> None:
    sign_id, template_id = add_sign_and_template(emulator)
    serial = send(emulator, "1")
    csrf = csrf_of(page(emulator))
    form = {name: value or csrf for name, value in fields.items()}
    before = data(emulator)
    for target, extra in (
        (f"/_inbox/signs/{sign_id}/approve", {}),
        (f"/_inbox/templates/{template_id}/reject", {}),
        (f"/_inbox/messages/{serial}/reply", {"text": "hi"}),
        (f"/_inbox/messages/{serial}/fail", {"receipt_code": DEFAULT_FAILURE}),
    ):
        status, _, body = post_form(emulator, target, {**form, **extra}, **headers)
        assert status == 403, body
    assert data(emulator) == before
    assert emulator.admin.replies() == []


def test_the_pages_own_form_is_taken_with_the_origin_a_browser_sends(emulator: Emulator) -> None:
    """A browser hiding the origin (``Origin: null``) still says the form is the page's own."""
    sign_id, _ = add_sign_and_template(emulator)
    csrf = csrf_of(page(emulator))
    target = f"/_inbox/signs/{sign_id}/approve"
    headers = {"Origin": "null", "Sec-Fetch-Site": "same-origin"}
    assert post_form(emulator, target, {"csrf": csrf}, **headers)[0] == 303
    assert emulator.admin.signs()[-1]["status"] == 0


def test_an_action_is_a_form_post(emulator: Emulator) -> None:
    sign_id, _ = add_sign_and_template(emulator)
    csrf = csrf_of(page(emulator))
    body = json.dumps({"csrf": csrf}).encode()
    status, _, _ = request(
        emulator,
        "POST",
        f"/_inbox/signs/{sign_id}/approve",
        body,
        {"Content-Type": "application/json"},
    )
    assert status == 400
    assert emulator.admin.signs()[-1]["status"] == 1


# Actions


def test_review_actions_approve_and_reject_then_go_back_to_the_page(emulator: Emulator) -> None:
    sign_id, template_id = add_sign_and_template(emulator)
    html = page(emulator)
    for kind, row_id in (("sign", sign_id), ("template", template_id)):
        assert f'id="{kind}-{row_id}" data-status="under review"' in html
        for verdict in ("approve", "reject"):
            action = f'<form method="post" action="/_inbox/{kind}s/{row_id}/{verdict}">'
            assert action in html
            button = f'<button type="submit" class="{verdict}">{verdict.title()}</button>'
            assert button in html.split(action)[1].split("</form>")[0]
    status, headers, _ = act(emulator, f"/_inbox/signs/{sign_id}/approve")
    assert (status, headers["location"]) == (303, "/_inbox")
    status, _, _ = act(emulator, f"/_inbox/templates/{template_id}/reject")
    assert status == 303
    assert emulator.admin.signs()[-1]["status"] == 0
    assert emulator.admin.templates()[-1]["status"] == -1
    html = page(emulator)
    assert html.count(f'id="sign-{sign_id}"') == 1
    assert f'id="sign-{sign_id}" data-status="approved"' in html
    assert f'id="template-{template_id}" data-status="rejected"' in html
    assert f"/_inbox/signs/{sign_id}/approve" not in html


def test_a_reply_injected_from_the_page_is_stored_shown_and_kept_filtered(
    emulator: Emulator,
) -> None:
    serial = send(emulator, "1", sign_name="Acme")
    html = page(emulator)
    form = f'<form class="inject-reply" method="post" action="/_inbox/messages/{serial}/reply">'
    assert form in html and '<input name="text"' in html.split(form)[1].split("</form>")[0]
    status, headers, _ = act(
        emulator, f"/_inbox/messages/{serial}/reply", text=XSS, phone="13711112222"
    )
    assert (status, headers["location"]) == (303, "/_inbox?phone=%2B8613711112222")
    [reply] = emulator.admin.replies()
    assert (reply["phone"], reply["app_id"], reply["sign_name"]) == (PHONE, "1400000000", "Acme")
    assert reply["text"] == XSS
    assert f'id="reply-{reply["id"]}"' in page(emulator, headers["location"])
    assert data(emulator)["replies"][0]["text"] == XSS


def test_a_failed_delivery_from_the_page_reports_fail_and_posts_the_callback(
    receiver: tuple[str, list[Any]],
) -> None:
    url, payloads = receiver
    with Emulator(callback_url=url) as emulator:
        serial = send(emulator, "1")
        assert emulator.admin.flush_callbacks()
        payloads.clear()
        html = page(emulator)
        form = f'<form class="fail-delivery" method="post" action="/_inbox/messages/{serial}/fail">'
        assert form in html
        assert f'<input name="receipt_code" value="{DEFAULT_FAILURE}"' in html
        assert describe_receipt(DEFAULT_FAILURE) is not None  # a documented failure
        status, _, _ = act(emulator, f"/_inbox/messages/{serial}/fail", receipt_code="MX:0012")
        assert status == 303
        assert emulator.admin.flush_callbacks()
        [message] = emulator.admin.messages()
        assert (message["report_status"], message["receipt_code"]) == ("FAIL", "MX:0012")
        assert message["callback_ok"] == 1
        [[record]] = payloads
        assert (record["sid"], record["report_status"], record["errmsg"]) == (
            serial,
            "FAIL",
            "MX:0012",
        )
        article = page(emulator).split(f'id="message-{serial}"')[1].split("</article>")[0]
        assert re.search(r'class="status">.*FAIL.*MX:0012', article)
        assert escape(describe_receipt("MX:0012") or "-") in article
        assert "callback: delivered" in article
        # The pull queue hands the new report out.
        with emulator.client() as client:
            pulled = client.pull_sms_send_status(limit=10, sms_sdk_app_id="1400000000")
        statuses = pulled.pull_sms_send_status_set or []
        assert [status.report_status for status in statuses] == ["FAIL"]


@pytest.mark.parametrize(
    ("target", "fields", "problem"),
    [
        ("/_inbox/messages/5000:nope/fail", {"receipt_code": "UNDELIVRD"}, "no such message"),
        ("/_inbox/messages/{serial}/fail", {"receipt_code": "DELIVRD"}, "not a failure"),
        ("/_inbox/messages/{serial}/fail", {"receipt_code": " "}, "must not be empty"),
        ("/_inbox/messages/{serial}/fail", {"reason": "<bad luck>"}, "reason must be one of"),
        ("/_inbox/messages/{serial}/reply", {"text": ""}, "text must not be empty"),
        ("/_inbox/messages/5000:nope/reply", {"text": "hi"}, "no such message"),
        ("/_inbox/signs/999/approve", {}, "no such sign: 999"),
        ("/_inbox/templates/99999999999999999999/reject", {}, "no inbox page"),
    ],
)
def test_a_bad_action_argument_is_a_400_page(
    emulator: Emulator, target: str, fields: dict[str, str], problem: str
) -> None:
    serial = send(emulator, "1")
    before = data(emulator)
    status, headers, body = act(emulator, target.format(serial=serial), **fields)
    assert status == (404 if problem == "no inbox page" else 400), body
    assert headers["content-type"].startswith("text/html")
    assert escape(problem) in body and "<bad" not in body
    assert data(emulator) == before


def test_fail_message_checks_its_arguments_in_process(emulator: Emulator) -> None:
    serial = send(emulator, "1")
    for arguments, problem in (
        ({"serial_no": 5, "receipt_code": "X"}, "serial_no must be a string"),
        ({"serial_no": serial, "receipt_code": ""}, "receipt_code must not be empty"),
        ({"serial_no": serial, "receipt_code": "X", "reason": "?"}, "reason must be one of"),
        ({"serial_no": "none", "receipt_code": "X"}, "no such message"),
    ):
        with pytest.raises(AdminError, match=re.escape(problem)):
            emulator.admin.fail_message(**arguments)
    emulator.admin.fail_message(serial, "MX:0012", reason="blacklist")
    [message] = emulator.admin.messages()
    assert (message["report_status"], message["failure_reason"]) == ("FAIL", "blacklist")


def test_a_refused_message_cannot_fail(emulator: Emulator) -> None:
    emulator.admin.block_number(PHONE)
    serial = send(emulator, "1")
    with pytest.raises(AdminError, match="was not sent"):
        emulator.admin.fail_message(serial, "MX:0012")


# Methods, paths, refresh


@pytest.mark.parametrize(
    ("method", "target", "status", "allow"),
    [
        ("POST", "/_inbox", 405, "GET"),
        ("PUT", "/_inbox.json", 405, "GET"),
        ("DELETE", "/_inbox/version", 405, "GET"),
        ("GET", "/_inbox/templates/1/approve", 405, "POST"),
        ("GET", "/_inbox/messages/5000:1/reply", 405, "POST"),
        ("GET", "/_inbox/nothing", 404, None),
        ("GET", "/_inboxes", 404, None),
        ("POST", "/_inbox/signs/1/ban", 404, None),
    ],
)
def test_other_methods_and_paths_are_refused(
    emulator: Emulator, method: str, target: str, status: int, allow: str | None
) -> None:
    answered, headers, _ = request(emulator, method, target)
    assert answered == status
    assert headers.get("allow") == allow


def inbox_version(emulator: Emulator) -> str:
    status, _, body = request(emulator, "GET", "/_inbox/version")
    assert status == 200
    found: str = json.loads(body)["version"]
    return found


def test_the_version_changes_with_every_kind_of_change(emulator: Emulator) -> None:
    first = inbox_version(emulator)
    assert inbox_version(emulator) == first  # reading changes nothing
    serial = send(emulator, "1")
    assert inbox_version(emulator) != first
    changes: list[Callable[[], object]] = [
        lambda: add_sign_and_template(emulator),
        lambda: emulator.admin.approve_template(emulator.admin.templates()[-1]["id"]),
        lambda: emulator.admin.reject_sign(emulator.admin.signs()[-1]["id"]),
        lambda: emulator.admin.inject_reply(PHONE, "hi", "1400000000"),
        lambda: emulator.admin.fail_message(serial, "MX:0012"),
    ]
    for change in changes:
        before = inbox_version(emulator)
        change()
        assert inbox_version(emulator) != before
    assert data(emulator)["version"] == inbox_version(emulator)


def test_a_callbacks_outcome_changes_the_version() -> None:
    gate = threading.Event()  # the outcome is stored only once the test has read the version
    with callback_receiver(gate) as (url, _), Emulator(callback_url=url) as emulator:
        send(emulator, "1")
        pending = inbox_version(emulator)
        assert data(emulator)["messages"][0]["callback"] == "pending"
        gate.set()
        assert emulator.admin.flush_callbacks()
        assert inbox_version(emulator) != pending
        assert data(emulator)["messages"][0]["callback"] == "delivered"


def test_the_command_line_prints_the_inbox_url() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "tcsms.emulator", "--port", "0", "--quiet"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        endpoint = process.stdout.readline().strip().removeprefix("listening on ")
        assert process.stdout.readline().strip() == f"inbox at {endpoint}/_inbox"
    finally:
        process.terminate()
        process.wait(10)
