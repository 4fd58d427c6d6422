"""A request's rows are stored together or not at all, even when the emulator is killed -9.

Each round starts ``python -m tcsms.emulator --db FILE`` as a process, fires concurrent SendSms
of four numbers each, kills the process mid-way and starts it again on the same file: every
request's numbers are all stored or none, and every acknowledged request is stored in full.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tcsms.emulator import AdminClient, Emulator

ROUNDS = 5
REQUESTS = 64
NUMBERS = 4
COMMAND = [sys.executable, "-m", "tcsms.emulator", "--port", "0", "--quiet", "--no-rate-limits"]


@contextmanager
def emulator_process(db: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    process = subprocess.Popen(
        [*COMMAND, "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("listening on "), first
        yield first.strip().removeprefix("listening on "), process
    finally:
        if process.poll() is None:
            process.terminate()
        _, stderr = process.communicate(timeout=10)
        assert "Traceback" not in stderr, stderr


def numbers_of(request: int) -> list[str]:
    return [f"+86137{request:04d}{index:04d}" for index in range(NUMBERS)]


async def fire(endpoint: str, seed: dict[str, str], process: subprocess.Popen[str]) -> set[int]:
    """Sends every request at once, kills the process after the first answers; returns the
    requests that were answered with their send statuses."""
    emulator = Emulator(port=int(endpoint.rsplit(":", 1)[1]))  # only for its client settings
    acknowledged: set[int] = set()

    def kill() -> None:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)

    async with emulator.async_client(max_attempts=1, timeout=10) as client:

        async def send(request: int) -> None:
            answer = await client.send_sms(
                phone_number_set=numbers_of(request),
                sms_sdk_app_id=seed["sms_sdk_app_id"],
                sign_name=seed["sign_name"],
                template_id=seed["template_id"],
                template_param_set=[str(request)],
                session_context=str(request),
            )
            if len(answer.send_status_set or []) == NUMBERS:
                acknowledged.add(request)
            if len(acknowledged) == 1:
                # Somewhere in the burst: most requests are still being read or handled.
                asyncio.get_running_loop().call_later(random.uniform(0, 0.02), kill)

        await asyncio.gather(
            *(send(request) for request in range(REQUESTS)), return_exceptions=True
        )
    kill()
    return acknowledged


def test_killed_emulator_keeps_each_request_whole(tmp_path: Path) -> None:
    started = time.monotonic()
    db = tmp_path / "state.db"
    sent = 0
    for round_ in range(ROUNDS):
        with emulator_process(db) as (endpoint, process):
            admin = AdminClient(endpoint)
            seed = admin.call("seed", template_content="Round " + str(round_) + " code {1}")
            acknowledged = asyncio.run(fire(endpoint, seed, process))
            process.wait(timeout=10)
            assert process.returncode == -signal.SIGKILL
        with emulator_process(db) as (endpoint, _):
            rows = AdminClient(endpoint).call("messages")
        stored = Counter(
            int(row["session_context"]) for row in rows if row["template_id"] == seed["template_id"]
        )
        assert all(count == NUMBERS for count in stored.values()), stored
        assert acknowledged <= set(stored), acknowledged - set(stored)
        sent += len(stored)
    assert sent > 0
    assert time.monotonic() - started < 60


KILLED_MID_TRANSACTION = """
import os, signal, sys
from tcsms.emulator.overlay import SCHEMA
from tcsms.emulator.state import Store

store = Store(sys.argv[1], SCHEMA)
with store.transaction():
    store.insert("replies", {"app_id": "1", "phone": "+8613711112222", "nation_code": "86",
        "subscriber": "13711112222", "sign_name": "", "extend_code": "", "text": "committed",
        "reply_time": 0})
for _ in range(2):
    store.after_commit(lambda: print("after commit", flush=True))
with store.transaction():
    for index in range(3):
        store.insert("replies", {"app_id": "1", "phone": "+8613711112222", "nation_code": "86",
            "subscriber": "13711112222", "sign_name": "", "extend_code": "", "text": "lost",
            "reply_time": index})
    store.after_commit(lambda: print("never", flush=True))
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_process_killed_inside_a_transaction_leaves_none_of_it(tmp_path: Path) -> None:
    db = tmp_path / "state.db"
    run = subprocess.run(
        [sys.executable, "-c", KILLED_MID_TRANSACTION, str(db)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert run.returncode == -signal.SIGKILL
    assert run.stdout == "after commit\nafter commit\n" and run.stderr == ""
    with Emulator(db=str(db)) as emulator:
        assert [reply["text"] for reply in emulator.admin.replies()] == ["committed"]


def test_a_handler_that_raises_stores_nothing(tmp_path: Path) -> None:
    with Emulator(db=str(tmp_path / "state.db")) as emulator:
        store = emulator.store
        try:
            with store.transaction():
                store.execute("INSERT INTO number_rules (phone, blocked) VALUES ('+1', 1)")
                with store.transaction():  # nested: joins the outer one
                    store.execute("INSERT INTO number_rules (phone, blocked) VALUES ('+2', 1)")
                raise RuntimeError("handler failed")
        except RuntimeError:
            pass
        assert store.query("SELECT * FROM number_rules") == []
