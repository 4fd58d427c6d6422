"""A bulk send killed mid-way (SIGKILL, in a subprocess) and run again with its journal: no number
gets two messages, and every number ends in exactly one outcome.

The emulator runs in this process and slows each SendSms down, so that the kill lands while
requests are in flight; what it stored is the truth the journal is checked against.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from emulator_support.raw import APP_ID, setup_sending

from support.specs import input_constraint
from tcsms.emulator import Emulator

MAX_NUMBERS = input_constraint("SendSms", "PhoneNumberSet", "max_items")
CONCURRENCY = 3
REQUESTS = 12
NUMBERS = [f"+86139{index:08d}" for index in range(REQUESTS * MAX_NUMBERS - 17)]

# The child: the same call a user would write, printing the counts as requests finish.
CHILD = f"""
import asyncio, json, sys
from tcsms import AsyncSmsClient, SmsClient
settings, journal, numbers, use_async = json.loads(sys.argv[1])

def progress(counts):
    print(counts.done, flush=True)

arguments = dict(settings["call"], journal=journal, concurrency={CONCURRENCY}, progress=progress)
if use_async:
    async def main():
        async with AsyncSmsClient(**settings["client"]) as client:
            await client.send_bulk(numbers, **arguments)
    asyncio.run(main())
else:
    with SmsClient(**settings["client"]) as client:
        client.send_bulk(numbers, **arguments)
"""


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
def test_a_send_killed_mid_way_resumes_from_its_journal_without_sending_twice(
    tmp_path: Path, use_async: bool
) -> None:
    journal = str(tmp_path / "campaign.db")
    with Emulator(rate_limits=False) as emulator:
        template_id = setup_sending(emulator)
        settings = {
            "client": {
                "secret_id": emulator.credentials.secret_id,
                "secret_key": emulator.credentials.secret_key,
                "endpoint": emulator.endpoint,
            },
            "call": {
                "sms_sdk_app_id": APP_ID,
                "template_id": template_id,
                "sign_name": "Tencent",
                "template_param_set": ["4321"],
            },
        }
        emulator.admin.add_fault("SendSms", count=REQUESTS, delay=0.2)
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, json.dumps([settings, journal, NUMBERS, use_async])],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        assert child.stdout is not None
        deadline = time.monotonic() + 60
        # Killed once some requests are done and others are surely in flight.
        for line in child.stdout:
            if int(line) >= 2 * MAX_NUMBERS or time.monotonic() > deadline:
                break
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL
        emulator.admin.clear_faults()
        time.sleep(0.5)  # requests the child had in flight finish in the emulator

        before = Counter(row["phone"] for row in emulator.admin.messages())
        assert 0 < sum(before.values()) < len(NUMBERS)

        with emulator.client() as client:
            result = client.send_bulk(
                NUMBERS, journal=journal, keep_sent=True, **settings["call"]  # type: ignore[arg-type]
            )
        after = Counter(row["phone"] for row in emulator.admin.messages())

    assert max(after.values()) == 1  # nobody got two messages
    sent = [status.phone_number for status in result.sent]
    unknown = [issue.number for issue in result.unknown]
    # Every number is in exactly one outcome.
    assert sorted(sent + unknown) == sorted(NUMBERS)
    assert result.counts.sent + result.counts.unknown == len(NUMBERS)
    assert result.counts.unsent == 0
    # Unknown numbers are those the child had in flight when it died: never sent by the resume.
    assert 0 < len(unknown) <= CONCURRENCY * MAX_NUMBERS
    assert all(after[number] == before[number] for number in unknown)
    assert all(after[number] == 1 for number in sent)
    assert all("stopped before" in issue.reason for issue in result.unknown)
