"""How send_bulk reads answers it did not expect, and what an interrupted send leaves behind.

Against a loopback server that answers SendSms as a test script says (the service may write a
number in another form, leave one out, or answer nothing readable), and through the emulator for a
send stopped by the caller's own exception.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from emulator_support.raw import APP_ID, setup_sending

from support.fault_server import FaultServer, RawReply
from support.sms_calls import SECRET_ID, SECRET_KEY
from support.specs import input_constraint, sms_spec
from tcsms import BulkCounts, SmsClient
from tcsms.emulator import Emulator

SPEC = sms_spec()
MAX_NUMBERS = input_constraint("SendSms", "PhoneNumberSet", "max_items")


def status(number: str, code: str = "Ok") -> dict[str, Any]:
    return {
        "SerialNo": f"5000:{number}",
        "PhoneNumber": number,
        "Fee": 1,
        "SessionContext": "",
        "Code": code,
        "Message": "send success" if code == "Ok" else "refused",
        "IsoCode": "CN",
    }


def answer_with(transform: Any) -> Any:
    def respond(params: dict[str, Any]) -> dict[str, Any]:
        return {"SendStatusSet": transform(params["PhoneNumberSet"]), "RequestId": "r-1"}

    return respond


def bulk(server: FaultServer, numbers: list[str]) -> Any:
    with SmsClient(
        secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=server.endpoint, max_attempts=1
    ) as client:
        return client.send_bulk(
            numbers, sms_sdk_app_id=APP_ID, template_id="1", sign_name="S", keep_sent=True
        )


def test_results_are_matched_by_number_whatever_their_order_and_spelling() -> None:
    numbers = ["13800000001", "+8613800000002", "008613800000003"]
    # The service answers in E.164, in reverse order.
    reply = answer_with(lambda given: [status(f"+86{n[-11:]}") for n in reversed(given)])
    with FaultServer(SPEC, responders={"SendSms": reply}) as server:
        result = bulk(server, numbers)
    assert [s.phone_number for s in result.sent] == [f"+86{n[-11:]}" for n in numbers]


def test_a_number_the_answer_leaves_out_is_unknown_not_resent() -> None:
    numbers = ["+8613800000001", "+8613800000002", "+8613800000003"]
    reply = answer_with(lambda given: [status(n) for n in given if not n.endswith("2")])
    with FaultServer(SPEC, responders={"SendSms": reply}) as server:
        result = bulk(server, numbers)
        assert server.count("SendSms") == 1
    assert [issue.number for issue in result.unknown] == ["+8613800000002"]
    assert result.counts.sent == 2


def test_results_in_a_form_not_read_here_pair_up_in_order_when_counts_match() -> None:
    numbers = ["+86 138 0000 0001", "+86 138 0000 0002"]  # unreadable here: one request of them
    reply = answer_with(lambda given: [status(f"x{index}") for index, _ in enumerate(given)])
    with FaultServer(SPEC, responders={"SendSms": reply}) as server:
        result = bulk(server, numbers)
    assert [s.phone_number for s in result.sent] == ["x0", "x1"]


def test_an_unreadable_answer_leaves_the_request_unknown() -> None:
    garbage = RawReply(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")
    with FaultServer(SPEC, [garbage]) as server:
        result = bulk(server, ["+8613800000001"])
        assert server.count("SendSms") == 1
    assert result.counts.unknown == 1
    assert "ResponseParseError" in result.unknown[0].reason


def test_an_exception_from_progress_stops_the_send_and_the_journal_resumes_it(
    tmp_path: Path,
) -> None:
    journal = tmp_path / "campaign.db"
    numbers = [f"+86138{index:08d}" for index in range(6 * MAX_NUMBERS)]

    class Stop(Exception):
        pass

    def stop_after_two_requests(counts: BulkCounts) -> None:
        if counts.sent >= 2 * MAX_NUMBERS:
            raise Stop

    with Emulator(rate_limits=False) as emulator:
        template_id = setup_sending(emulator)
        arguments: dict[str, Any] = {
            "sms_sdk_app_id": APP_ID, "template_id": template_id, "sign_name": "Tencent",
            "template_param_set": ["1"], "journal": journal, "concurrency": 2,
        }  # fmt: skip
        with emulator.client() as client, pytest.raises(Stop):
            client.send_bulk(numbers, progress=stop_after_two_requests, **arguments)
        with emulator.client() as client:
            result = client.send_bulk(numbers, **arguments)
        delivered = Counter(row["phone"] for row in emulator.admin.messages())
    assert max(delivered.values()) == 1
    # The request still in flight when the send stopped is unknown; the rest went on resuming.
    assert result.counts.unknown <= MAX_NUMBERS
    assert result.counts.sent + result.counts.unknown == len(numbers)
    assert set(delivered) >= {n for n in numbers if n not in {i.number for i in result.unknown}}


def test_each_request_holds_one_kind_of_number_and_at_most_the_documented_count() -> None:
    home = [f"+86138{index:08d}" for index in range(MAX_NUMBERS + 3)]
    abroad = [f"+4477009{index:05d}" for index in range(MAX_NUMBERS + 5)]
    unreadable = ["+86 138 0000 0001"]
    numbers = [n for pair in zip(home, abroad, strict=False) for n in pair] + home[len(abroad) :]
    numbers += unreadable
    reply = answer_with(lambda given: [status(n) for n in given])
    with FaultServer(SPEC, responders={"SendSms": reply}) as server:
        result = bulk(server, numbers)
        requests = [request.params["PhoneNumberSet"] for request in server.received("SendSms")]
    assert result.counts.sent == len(numbers)
    kinds = [{n.startswith("+86") and " " not in n for n in request} for request in requests]
    assert all(len(kind) == 1 for kind in kinds)
    assert all(len(request) <= MAX_NUMBERS for request in requests)
    assert sorted(n for request in requests for n in request) == sorted(numbers)
    # The unreadable number never shares a request with readable ones.
    assert [request for request in requests if unreadable[0] in request] == [unreadable]


def test_a_list_that_fails_while_being_read_leaves_nothing_half_recorded(tmp_path: Path) -> None:
    journal = tmp_path / "campaign.db"
    numbers = [f"+86138{index:08d}" for index in range(MAX_NUMBERS + 1)]

    def broken() -> Any:
        yield from numbers[:50]
        raise OSError("the file went away")

    reply = answer_with(lambda given: [status(n) for n in given])
    with FaultServer(SPEC, responders={"SendSms": reply}) as server:
        with SmsClient(
            secret_id=SECRET_ID, secret_key=SECRET_KEY, endpoint=server.endpoint
        ) as client:
            arguments: dict[str, Any] = {
                "sms_sdk_app_id": APP_ID, "template_id": "1", "sign_name": "S", "journal": journal,
            }  # fmt: skip
            with pytest.raises(OSError, match="went away"):
                client.send_bulk(broken(), **arguments)
            assert server.count("SendSms") == 0
            # The whole list is read again: the failed reading left no trace in the journal.
            result = client.send_bulk(numbers, **arguments)
        assert server.count("SendSms") == 2
    assert result.counts.sent == len(numbers)


def test_cancelling_an_async_send_leaves_its_requests_unknown_and_the_journal_resumes(
    tmp_path: Path,
) -> None:
    import asyncio

    journal = tmp_path / "campaign.db"
    numbers = [f"+86138{index:08d}" for index in range(4 * MAX_NUMBERS)]
    with Emulator(rate_limits=False) as emulator:
        template_id = setup_sending(emulator)
        arguments: dict[str, Any] = {
            "sms_sdk_app_id": APP_ID, "template_id": template_id, "sign_name": "Tencent",
            "template_param_set": ["1"], "journal": journal, "concurrency": 2,
        }  # fmt: skip
        emulator.admin.add_fault("SendSms", count=2, delay=2)

        async def cancelled() -> None:
            async with emulator.async_client() as client:
                task = asyncio.ensure_future(client.send_bulk(numbers, **arguments))
                await asyncio.sleep(0.5)
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task

        asyncio.run(cancelled())
        emulator.admin.clear_faults()
        with emulator.client() as client:
            result = client.send_bulk(numbers, **arguments)
        time.sleep(2)  # the two delayed requests finish in the emulator
        delivered = Counter(row["phone"] for row in emulator.admin.messages())
    assert result.counts.unknown == 2 * MAX_NUMBERS
    assert result.counts.sent == 2 * MAX_NUMBERS
    assert max(delivered.values()) == 1
