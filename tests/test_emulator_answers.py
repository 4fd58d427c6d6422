"""The emulator's answers have the documented shape exactly: decoded with ``strict_responses``,
every documented field present and of its type, and nothing the documents do not name.

SendSms, the busiest action, builds its answer without the models; this is what keeps it honest.
"""

from __future__ import annotations

import asyncio
import json

from tcsms import models
from tcsms.emulator import Emulator

NUMBERS = ["+8613711112222", "13711113333", "+8613711114444"]


def test_send_sms_answers_in_the_documented_shape_sync_and_async() -> None:
    with Emulator() as emulator:
        seeded = emulator.admin.seed()
        emulator.admin.block_number("+8613711114444")  # a refused number answers differently
        with emulator.client(strict_responses=True) as client:
            answer = client.send_sms(
                phone_number_set=NUMBERS, template_param_set=["4321"], session_context="s", **seeded
            )

        async def send() -> models.SendSmsResponse:
            async with emulator.async_client(strict_responses=True) as client:
                return await client.send_sms(
                    phone_number_set=NUMBERS, template_param_set=["4321"], **seeded
                )

        answers = [answer, asyncio.run(send())]
    documented = {field.wire_name for field in models.SendStatus.FIELDS}
    for answer in answers:
        assert answer.unknown_fields == {}
        statuses = answer.send_status_set or []
        assert [status.code for status in statuses] == [
            "Ok",
            "Ok",
            "FailedOperation.PhoneNumberInBlacklist",
        ]
        for status in statuses:
            assert status.unknown_fields == {}
            assert all(getattr(status, field.name) is not None for field in status.FIELDS), status
        assert answer.http_response is not None
        raw = json.loads(answer.http_response.body)["Response"]["SendStatusSet"]
        assert [set(status) for status in raw] == [documented] * len(NUMBERS)
    assert answers[0].send_status_set and answers[0].send_status_set[0].session_context == "s"
