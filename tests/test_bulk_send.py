"""send_bulk against the emulator over loopback HTTP: every number accounted for exactly once.

Request sizes come from the spec (SendSms's PhoneNumberSet max_items); the emulator stores every
message it sends, so "never sent twice" is checked against what the service did, not against what
the client believes.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from emulator_support.raw import APP_ID, setup_sending

from support.specs import input_constraint
from tcsms import (
    AsyncSmsClient,
    BulkCounts,
    BulkResult,
    JournalError,
    SmsClient,
    ValidationError,
    errors,
    models,
)
from tcsms.emulator import Emulator

MAX_NUMBERS = input_constraint("SendSms", "PhoneNumberSet", "max_items")
SIGN = "Tencent"


def mainland(count: int, start: int = 0) -> list[str]:
    return [f"+86138{start + index:08d}" for index in range(count)]


def global_numbers(count: int) -> list[str]:
    return [f"+4477009{index:05d}" for index in range(count)]


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator(rate_limits=False) as running:
        yield running


@pytest.fixture
def template_id(emulator: Emulator) -> str:
    return setup_sending(emulator)


def delivered(emulator: Emulator) -> Counter[str]:
    """Messages the emulator sent (code Ok), by E.164 number."""
    return Counter(row["phone"] for row in emulator.admin.messages() if row["code"] == "Ok")


def send_bulk(
    emulator: Emulator, numbers: Any, template_id: str, *, use_async: bool, **options: Any
) -> BulkResult[models.SendStatus]:
    arguments: dict[str, Any] = {
        "sms_sdk_app_id": APP_ID,
        "template_id": template_id,
        "sign_name": SIGN,
        "template_param_set": ["1234"],
        **options,
    }
    if use_async:

        async def run() -> BulkResult[models.SendStatus]:
            async with emulator.async_client() as client:
                assert isinstance(client, AsyncSmsClient)
                return await client.send_bulk(numbers, **arguments)

        return asyncio.run(run())
    with emulator.client() as client:
        assert isinstance(client, SmsClient)
        return client.send_bulk(numbers, **arguments)


both_clients = pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])


@both_clients
def test_a_list_longer_than_a_request_is_sent_once_each_in_capped_requests(
    emulator: Emulator, template_id: str, use_async: bool
) -> None:
    numbers = mainland(3 * MAX_NUMBERS + 7)
    seen: list[BulkCounts] = []
    result = send_bulk(
        emulator, iter(numbers), template_id, use_async=use_async, progress=seen.append
    )
    assert result.counts == BulkCounts(
        total=len(numbers), sent=len(numbers), rejected=0, unknown=0, invalid=0,
        duplicates=0, unsent=0,
    )  # fmt: skip
    assert result.sent == [] and result.stopped_by is None  # kept only when asked
    assert delivered(emulator) == Counter(numbers)
    assert emulator.admin.requests_received("SendSms") == -(-len(numbers) // MAX_NUMBERS)
    # Counts before the first request, then after each request.
    assert seen[0].unsent == len(numbers) and seen[-1] == result.counts
    assert [counts.sent for counts in seen] == sorted(counts.sent for counts in seen)


@both_clients
def test_mixed_kinds_go_in_separate_requests_and_a_template_of_one_kind_stops_only_the_other(
    emulator: Emulator, template_id: str, use_async: bool
) -> None:
    # A Chinese mainland template: global numbers are refused by kind, mainland ones all sent.
    home, abroad = mainland(MAX_NUMBERS + 5), global_numbers(MAX_NUMBERS + 3)
    numbers = [number for pair in zip(home, abroad, strict=False) for number in pair]
    numbers += home[len(abroad) :]
    result = send_bulk(emulator, numbers, template_id, use_async=use_async)
    assert result.counts.sent == len(home)
    assert result.counts.unsent == len(abroad)
    assert isinstance(
        result.stopped_by, errors.UnsupportedOperationChineseMainlandTemplateToGlobalPhone
    )
    assert delivered(emulator) == Counter(home)
    # No request mixed the kinds: the emulator would have refused it with this code.
    assert result.rejected == []


@both_clients
def test_invalid_numbers_and_repeats_are_accounted_for_and_never_sent(
    emulator: Emulator, template_id: str, use_async: bool
) -> None:
    numbers: list[Any] = ["+8613800000001", "13800000001", "", 12345, "+8613800000002", None]
    numbers += ["008613800000002", "+86 138 0000 0003"]
    result = send_bulk(emulator, numbers, template_id, use_async=use_async, keep_sent=True)
    assert result.counts.duplicates == 2  # "13800000001" and "008613800000002"
    assert [issue.number for issue in result.invalid] == ["", "12345", "None"]
    assert [issue.reason for issue in result.invalid] == [
        "empty",
        "not a string but int",
        "not a string but NoneType",
    ]
    # A form the client cannot read is still the service's to judge, in a request of its own.
    assert [status.phone_number for status in result.sent] == ["+8613800000001", "+8613800000002"]
    assert [status.code for status in result.rejected] == [
        "InvalidParameterValue.IncorrectPhoneNumber"
    ]
    assert result.rejected[0].phone_number == "+86 138 0000 0003"
    assert delivered(emulator) == Counter(["+8613800000001", "+8613800000002"])
    total = result.counts
    assert total.total == len(numbers)
    assert total.sent + total.rejected + total.invalid + total.duplicates == len(numbers)


@both_clients
def test_a_blocked_number_is_rejected_by_the_service_and_the_rest_sent(
    emulator: Emulator, template_id: str, use_async: bool
) -> None:
    numbers = mainland(5)
    emulator.admin.block_number(numbers[2])
    result = send_bulk(emulator, numbers, template_id, use_async=use_async)
    assert [status.phone_number for status in result.rejected] == [numbers[2]]
    assert result.rejected[0].error is errors.FailedOperationPhoneNumberInBlacklist
    assert result.counts.sent == 4


@both_clients
def test_a_request_whose_answer_is_lost_leaves_its_numbers_unknown_and_never_resent(
    emulator: Emulator, template_id: str, use_async: bool
) -> None:
    numbers = mainland(4 * MAX_NUMBERS)
    emulator.admin.add_fault("SendSms", drop="after")
    result = send_bulk(emulator, numbers, template_id, use_async=use_async, concurrency=2)
    assert result.counts.unknown == MAX_NUMBERS
    assert result.counts.sent == len(numbers) - MAX_NUMBERS
    unknown = [issue.number for issue in result.unknown]
    assert unknown == [number for number in numbers if number in set(unknown)]  # input order
    assert all("NetworkError" in issue.reason for issue in result.unknown)
    # The emulator handled the dropped request: every number got exactly one message.
    assert delivered(emulator) == Counter(numbers)
    assert emulator.admin.requests_received("SendSms") == len(numbers) // MAX_NUMBERS


@both_clients
def test_a_refusal_of_one_request_for_its_numbers_rejects_them_and_sending_goes_on(
    emulator: Emulator, template_id: str, use_async: bool
) -> None:
    numbers = mainland(3 * MAX_NUMBERS)
    emulator.admin.add_fault("SendSms", code="LimitExceeded.PhoneNumberDailyLimit")
    result = send_bulk(emulator, numbers, template_id, use_async=use_async, concurrency=1)
    assert result.counts.rejected == MAX_NUMBERS
    assert {status.code for status in result.rejected} == {"LimitExceeded.PhoneNumberDailyLimit"}
    assert [status.phone_number for status in result.rejected] == numbers[:MAX_NUMBERS]
    assert result.counts.sent == 2 * MAX_NUMBERS and result.stopped_by is None


@both_clients
def test_a_code_that_says_the_work_may_be_done_leaves_the_numbers_unknown(
    emulator: Emulator, template_id: str, use_async: bool
) -> None:
    numbers = mainland(2 * MAX_NUMBERS)
    emulator.admin.add_fault("SendSms", code="InternalError.Timeout")
    result = send_bulk(emulator, numbers, template_id, use_async=use_async, concurrency=1)
    assert result.counts.unknown == MAX_NUMBERS and result.counts.sent == MAX_NUMBERS
    assert emulator.admin.requests_received("SendSms") == 2  # never retried


@both_clients
def test_a_refusal_of_every_request_stops_and_the_same_journal_sends_the_rest_later(
    emulator: Emulator, template_id: str, use_async: bool, tmp_path: Path
) -> None:
    numbers = mainland(3 * MAX_NUMBERS)
    journal = tmp_path / "campaign.db"
    emulator.admin.add_fault("SendSms", code="FailedOperation.InsufficientBalanceInSmsPackage")
    stopped = send_bulk(
        emulator, numbers, template_id, use_async=use_async, concurrency=1, journal=journal
    )
    assert isinstance(stopped.stopped_by, errors.FailedOperationInsufficientBalanceInSmsPackage)
    assert stopped.counts.unsent == len(numbers) and delivered(emulator) == Counter()
    finished = send_bulk(emulator, numbers, template_id, use_async=use_async, journal=journal)
    assert finished.counts.sent == len(numbers) and finished.stopped_by is None
    assert delivered(emulator) == Counter(numbers)


@both_clients
def test_a_finished_journal_sends_nothing_again(
    emulator: Emulator, template_id: str, use_async: bool, tmp_path: Path
) -> None:
    numbers = mainland(MAX_NUMBERS + 1)
    journal = tmp_path / "campaign.db"
    first = send_bulk(emulator, numbers, template_id, use_async=use_async, journal=journal)
    again = send_bulk(
        emulator, numbers, template_id, use_async=use_async, journal=str(journal), keep_sent=True
    )
    assert again.counts == first.counts
    assert [status.phone_number for status in again.sent] == numbers
    assert emulator.admin.requests_received("SendSms") == 2
    assert again.journal == str(journal)


def test_a_journal_of_other_numbers_or_arguments_is_refused_before_sending(
    emulator: Emulator, template_id: str, tmp_path: Path
) -> None:
    journal = tmp_path / "campaign.db"
    numbers = mainland(3)
    send_bulk(emulator, numbers, template_id, use_async=False, journal=journal)
    sent = emulator.admin.requests_received("SendSms")
    with pytest.raises(JournalError, match="another list of numbers"):
        send_bulk(emulator, numbers[::-1], template_id, use_async=False, journal=journal)
    with pytest.raises(JournalError, match="template_param_set differs") as caught:
        send_bulk(
            emulator, numbers, template_id, use_async=False, journal=journal,
            template_param_set=["secret-code-991"],
        )  # fmt: skip
    assert "secret-code-991" not in str(caught.value) and "1234" not in str(caught.value)
    assert emulator.admin.requests_received("SendSms") == sent


def test_a_journal_in_use_by_another_run_is_refused(tmp_path: Path) -> None:
    from tcsms._journal import Journal

    journal = tmp_path / "campaign.db"
    first = Journal(journal)
    try:
        with pytest.raises(JournalError, match="in use by another run"):
            Journal(journal)
    finally:
        first.close()
    Journal(journal).close()  # free again once the first run is over


def test_a_file_that_is_no_journal_is_refused_and_kept(tmp_path: Path) -> None:
    from tcsms._journal import Journal

    notes = tmp_path / "notes.txt"
    notes.write_text("not a database, and not to be lost\n" * 100)
    with pytest.raises(JournalError, match="not a journal"):
        Journal(notes)
    assert notes.read_text().startswith("not a database")


@both_clients
@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"session_context": "x" * 600}, "session_context"),
        ({"concurrency": 0}, "concurrency"),
        ({"concurrency": True}, "concurrency"),
        ({"progress": "print"}, "progress"),
        ({"keep_sent": "yes"}, "keep_sent"),
        ({"journal": 5}, "journal"),
    ],
)
def test_a_bad_argument_is_refused_before_any_request(
    emulator: Emulator, template_id: str, use_async: bool, arguments: dict[str, Any], named: str
) -> None:
    with pytest.raises(ValidationError, match=named):
        send_bulk(emulator, mainland(3), template_id, use_async=use_async, **arguments)
    assert emulator.admin.requests_received("SendSms") == 0


@both_clients
@pytest.mark.parametrize("numbers", ["+8613800000001", b"+8613800000001", {"+8613800000001": 1}])
def test_numbers_that_are_no_list_of_numbers_are_refused_by_name(
    emulator: Emulator, template_id: str, use_async: bool, numbers: object
) -> None:
    with pytest.raises(ValidationError, match="phone_numbers"):
        send_bulk(emulator, numbers, template_id, use_async=use_async)
    assert emulator.admin.requests_received("SendSms") == 0


def test_an_empty_list_sends_nothing(emulator: Emulator, template_id: str) -> None:
    result = send_bulk(emulator, [], template_id, use_async=False)
    assert result.counts.total == 0
    assert emulator.admin.requests_received("SendSms") == 0


@both_clients
def test_a_bad_argument_leaves_no_journal_or_one_that_a_corrected_call_uses(
    emulator: Emulator, template_id: str, use_async: bool, tmp_path: Path
) -> None:
    journal = tmp_path / "campaign.db"
    numbers = mainland(2)
    with pytest.raises(ValidationError):
        send_bulk(
            emulator, numbers, template_id, use_async=use_async, journal=journal, concurrency=0
        )
    with pytest.raises(ValidationError):
        send_bulk(emulator, numbers[0], template_id, use_async=use_async, journal=journal)
    assert not journal.exists()
    # Checked once the numbers are read: nothing of the refused call stays recorded.
    with pytest.raises(ValidationError, match="session_context"):
        send_bulk(
            emulator, numbers, template_id, use_async=use_async, journal=journal,
            session_context="x" * 600,
        )  # fmt: skip
    result = send_bulk(emulator, numbers, template_id, use_async=use_async, journal=journal)
    assert result.counts.sent == len(numbers)
    assert emulator.admin.requests_received("SendSms") == 1
