"""Queue pulls hand each record out once: the clients never lose records to a retry.

PullSmsSendStatus and PullSmsReplyStatus consume what they return (the spec's ``consumes_records``),
so once a request may have reached the service it is never sent again, and the error says that
records may have been handed out. Their By-phone-number variants query a time window: they are
retried, and they return the records a lost answer took. Both clients, over loopback HTTP through
the emulator, which counts the requests it read.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest
from emulator_support.raw import APP_ID, setup_sending

from generator.naming import snake_case
from support.fault_server import unused_port
from support.sms_calls import SEND_SMS
from support.specs import sms_spec
from tcsms import AsyncSmsClient, NetworkError, SmsClient, TencentCloudError, _service, errors
from tcsms.emulator import Emulator

SPEC = sms_spec()
# What a caller gets without configuring anything.
DEFAULT_MAX_ATTEMPTS: int = inspect.signature(SmsClient).parameters["max_attempts"].default
# Document 003's SendSms example: one record per number in each queue.
PHONE_NUMBERS: list[str] = SEND_SMS["phone_number_set"]
RECORDS_LOST = "records may have been handed out"


@dataclass(frozen=True)
class Queue:
    """A queue action, its By-phone-number query, and how a test puts records in."""

    action: str
    by_phone_number: str
    fill: Callable[[Emulator], None]

    @property
    def method(self) -> str:
        return snake_case(self.action)

    @property
    def by_phone_number_method(self) -> str:
        return snake_case(self.by_phone_number)

    @property
    def records(self) -> str:
        """The response attribute holding the records, as the spec names it."""
        return snake_case(SPEC["actions"][self.action]["consumes_records"]["records"])

    @property
    def limit(self) -> int:
        return int(SPEC["actions"][self.action]["input"]["Limit"]["maximum"])

    def pull_args(self) -> dict[str, Any]:
        return {"limit": self.limit, "sms_sdk_app_id": APP_ID}

    def by_phone_number_args(self, phone_number: str) -> dict[str, Any]:
        return {
            "begin_time": int(time.time()) - 60,
            "offset": 0,
            "limit": self.limit,
            "phone_number": phone_number,
            "sms_sdk_app_id": APP_ID,
        }


def send_messages(emulator: Emulator) -> None:
    template_id = setup_sending(emulator)
    with emulator.client() as client:
        client.send_sms(
            phone_number_set=PHONE_NUMBERS,
            sms_sdk_app_id=APP_ID,
            template_id=template_id,
            sign_name="Tencent",
            template_param_set=["1"],
        )


def receive_replies(emulator: Emulator) -> None:
    for number in PHONE_NUMBERS:
        emulator.admin.inject_reply(number, "STOP", APP_ID, sign_name="Tencent")


QUEUES = [
    Queue("PullSmsSendStatus", "PullSmsSendStatusByPhoneNumber", send_messages),
    Queue("PullSmsReplyStatus", "PullSmsReplyStatusByPhoneNumber", receive_replies),
]
IDS = [queue.action for queue in QUEUES]


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    with Emulator(auto_approve=True, rate_limits=False) as running:
        yield running


def phone_numbers_of(response: Any, queue: Queue) -> list[str]:
    return sorted(record.phone_number for record in getattr(response, queue.records))


_Client = TypeVar("_Client", SmsClient, AsyncSmsClient)


def refused_client(client_class: type[_Client]) -> _Client:
    """A client with its default settings, pointed at a loopback port nothing listens on."""
    endpoint = f"http://127.0.0.1:{unused_port()}"
    return client_class(secret_id="AKIDrefused", secret_key="refused", endpoint=endpoint)


def sync_pull(emulator: Emulator, queue: Queue) -> Any:
    with emulator.client(max_attempts=DEFAULT_MAX_ATTEMPTS) as client:
        return getattr(client, queue.method)(**queue.pull_args())


def sync_by_phone_number(emulator: Emulator, queue: Queue) -> list[str]:
    """The phone numbers of every record the By-phone-number query returns, number by number."""
    found: list[str] = []
    with emulator.client(max_attempts=DEFAULT_MAX_ATTEMPTS) as client:
        for number in PHONE_NUMBERS:
            response = getattr(client, queue.by_phone_number_method)(
                **queue.by_phone_number_args(number)
            )
            found += phone_numbers_of(response, queue)
    return sorted(found)


async def async_pull(emulator: Emulator, queue: Queue) -> Any:
    async with emulator.async_client(max_attempts=DEFAULT_MAX_ATTEMPTS) as client:
        return await getattr(client, queue.method)(**queue.pull_args())


def test_the_spec_marks_exactly_the_two_queues_and_the_tests_cover_them() -> None:
    consuming = {name for name, info in _service.ACTIONS.items() if info.consumes_records}
    assert consuming == {queue.action for queue in QUEUES}
    for queue in QUEUES:
        assert not _service.ACTIONS[queue.action].idempotent
        assert _service.ACTIONS[queue.by_phone_number].idempotent
        assert not _service.ACTIONS[queue.by_phone_number].consumes_records


# The emulator models the split

# Every pull action the service has, so that a new one fails here until a queue above covers it.
PULL_ACTIONS = sorted(name for name in _service.ACTIONS if name.startswith("Pull"))


def queue_of(action: str) -> Queue:
    """The queue whose records ``action`` returns: the queue action itself or its query."""
    for queue in QUEUES:
        if action in (queue.action, queue.by_phone_number):
            return queue
    raise AssertionError(f"{action}: no queue in QUEUES puts in the records it pulls")


def pull_answers(emulator: Emulator, queue: Queue, action: str) -> list[list[str]]:
    """One pull of ``action``: each answer's records as JSON (a query answers per phone number)."""
    with emulator.client(max_attempts=DEFAULT_MAX_ATTEMPTS) as client:
        method = getattr(client, snake_case(action))
        if action == queue.action:
            responses = [method(**queue.pull_args())]
        else:
            responses = [method(**queue.by_phone_number_args(n)) for n in PHONE_NUMBERS]
    return [
        [json.dumps(record.to_wire(), sort_keys=True) for record in getattr(r, queue.records)]
        for r in responses
    ]


def test_every_pull_action_belongs_to_a_queue_the_tests_fill() -> None:
    assert PULL_ACTIONS
    for action in PULL_ACTIONS:
        queue_of(action)


@pytest.mark.parametrize("action", PULL_ACTIONS)
def test_emulator_pulled_twice_hands_records_out_once_or_repeats_them_as_the_spec_says(
    emulator: Emulator, action: str
) -> None:
    queue = queue_of(action)
    consumes = _service.ACTIONS[action].consumes_records
    queue.fill(emulator)
    if not consumes:
        sync_pull(emulator, queue)  # the queue handing them out does not hide them from the query
    first = pull_answers(emulator, queue, action)
    again = pull_answers(emulator, queue, action)
    for answer in first + again:
        assert len(set(answer)) == len(answer), f"one {action} answer repeats a record: {answer}"
    numbers = [json.loads(record)["PhoneNumber"] for answer in first for record in answer]
    assert sorted(numbers) == sorted(PHONE_NUMBERS)
    if consumes:
        # Nothing new arrived: the second pull returns none of what the first handed out.
        assert again == [[]]
    else:
        # A time-window query: the same records, in the same order, every time.
        assert again == first


# SmsClient


@pytest.mark.parametrize("queue", QUEUES, ids=IDS)
def test_a_lost_answer_is_not_retried_and_says_records_may_be_lost(
    emulator: Emulator, queue: Queue
) -> None:
    queue.fill(emulator)
    emulator.admin.add_fault(queue.action, drop="after")
    with pytest.raises(NetworkError) as caught:
        sync_pull(emulator, queue)
    assert emulator.admin.requests_received(queue.action) == 1
    assert caught.value.attempts == 1
    assert caught.value.request_sent is True
    assert caught.value.records_may_be_lost is True
    assert RECORDS_LOST in str(caught.value)
    # The records are gone from the queue, and the By-phone-number query still finds them all.
    assert getattr(sync_pull(emulator, queue), queue.records) == []
    assert sync_by_phone_number(emulator, queue) == sorted(PHONE_NUMBERS)


@pytest.mark.parametrize("queue", QUEUES, ids=IDS)
def test_an_error_that_may_follow_processing_is_not_retried_either(
    emulator: Emulator, queue: Queue
) -> None:
    emulator.admin.add_fault(queue.action, count=DEFAULT_MAX_ATTEMPTS, code="InternalError.Timeout")
    with pytest.raises(errors.InternalErrorTimeout) as caught:
        sync_pull(emulator, queue)
    assert emulator.admin.requests_received(queue.action) == 1
    assert caught.value.records_may_be_lost is True
    assert RECORDS_LOST in str(caught.value)


@pytest.mark.parametrize("queue", QUEUES, ids=IDS)
def test_a_lost_answer_of_the_by_phone_number_query_is_retried(
    emulator: Emulator, queue: Queue
) -> None:
    queue.fill(emulator)
    emulator.admin.add_fault(queue.by_phone_number, drop="after")
    assert sync_by_phone_number(emulator, queue) == sorted(PHONE_NUMBERS)
    # One lost answer, then one request per number.
    assert emulator.admin.requests_received(queue.by_phone_number) == len(PHONE_NUMBERS) + 1


@pytest.mark.parametrize("queue", QUEUES, ids=IDS)
def test_request_limit_exceeded_on_a_queue_is_retried(emulator: Emulator, queue: Queue) -> None:
    queue.fill(emulator)
    emulator.admin.add_fault(queue.action, code="RequestLimitExceeded")
    response = sync_pull(emulator, queue)
    assert phone_numbers_of(response, queue) == sorted(PHONE_NUMBERS)
    assert emulator.admin.requests_received(queue.action) == 2


@pytest.mark.parametrize("queue", QUEUES, ids=IDS)
def test_a_refused_connection_on_a_queue_is_retried(queue: Queue) -> None:
    with refused_client(SmsClient) as client, pytest.raises(NetworkError) as caught:
        getattr(client, queue.method)(**queue.pull_args())
    assert caught.value.request_sent is False
    assert caught.value.attempts == DEFAULT_MAX_ATTEMPTS
    assert caught.value.records_may_be_lost is False
    assert RECORDS_LOST not in str(caught.value)


def test_method_docstrings_say_the_queue_hands_records_out_once() -> None:
    for queue in QUEUES:
        assert "Hands each record out once" in (getattr(SmsClient, queue.method).__doc__ or "")
        by_phone = getattr(SmsClient, queue.by_phone_number_method).__doc__ or ""
        assert "Hands each record out once" not in by_phone


# AsyncSmsClient


@pytest.mark.parametrize("queue", QUEUES, ids=IDS)
def test_async_lost_answer_is_not_retried_and_says_records_may_be_lost(
    emulator: Emulator, queue: Queue
) -> None:
    queue.fill(emulator)
    emulator.admin.add_fault(queue.action, drop="after")

    async def main() -> TencentCloudError:
        with pytest.raises(NetworkError) as caught:
            await async_pull(emulator, queue)
        return caught.value

    error = asyncio.run(main())
    assert emulator.admin.requests_received(queue.action) == 1
    assert error.attempts == 1
    assert error.records_may_be_lost is True
    assert RECORDS_LOST in str(error)
    assert sync_by_phone_number(emulator, queue) == sorted(PHONE_NUMBERS)


@pytest.mark.parametrize("queue", QUEUES, ids=IDS)
def test_async_lost_answer_of_the_by_phone_number_query_is_retried(
    emulator: Emulator, queue: Queue
) -> None:
    queue.fill(emulator)
    emulator.admin.add_fault(queue.by_phone_number, drop="after")
    [number, *_] = PHONE_NUMBERS

    async def main() -> Any:
        async with emulator.async_client(max_attempts=DEFAULT_MAX_ATTEMPTS) as client:
            method = getattr(client, queue.by_phone_number_method)
            return await method(**queue.by_phone_number_args(number))

    response = asyncio.run(main())
    assert phone_numbers_of(response, queue) == [number]
    assert emulator.admin.requests_received(queue.by_phone_number) == 2


@pytest.mark.parametrize("queue", QUEUES, ids=IDS)
def test_async_request_limit_exceeded_on_a_queue_is_retried(
    emulator: Emulator, queue: Queue
) -> None:
    queue.fill(emulator)
    emulator.admin.add_fault(queue.action, code="RequestLimitExceeded")
    response = asyncio.run(async_pull(emulator, queue))
    assert phone_numbers_of(response, queue) == sorted(PHONE_NUMBERS)
    assert emulator.admin.requests_received(queue.action) == 2


@pytest.mark.parametrize("queue", QUEUES, ids=IDS)
def test_async_refused_connection_on_a_queue_is_retried(queue: Queue) -> None:
    async def main() -> NetworkError:
        async with refused_client(AsyncSmsClient) as client:
            with pytest.raises(NetworkError) as caught:
                await getattr(client, queue.method)(**queue.pull_args())
        return caught.value

    error = asyncio.run(main())
    assert error.request_sent is False
    assert error.attempts == DEFAULT_MAX_ATTEMPTS
    assert error.records_may_be_lost is False
