"""The emulator's throughput while 2,000 idle connections are open (``run.py --idle``).

Idle connections send nothing; the emulator must keep serving new clients next to them (it
closes them after its idle timeout, 30 s by default, longer than a measure takes).
"""

from __future__ import annotations

import asyncio
import resource
import socket
from contextlib import ExitStack, closing

from run import approved_sign_and_template, emulator_process, load_emulator, row

IDLE_CONNECTIONS = 2_000


def _open_idle(url: str, count: int, stack: ExitStack) -> int:
    """Opens ``count`` connections that send nothing; returns how many opened."""
    host, _, port = url.removeprefix("http://").rpartition(":")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = count + 512
    if soft < wanted and (hard == resource.RLIM_INFINITY or hard >= wanted):
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    for _ in range(count):
        stack.enter_context(closing(socket.create_connection((host, int(port)))))
    return count


def idle_load(url: str, template_id: str) -> tuple[int, float, int]:
    """(idle connections, requests/s, failures) of the load with the idle connections open."""
    with ExitStack() as stack:
        opened = _open_idle(url, IDLE_CONNECTIONS, stack)
        rate, failed = asyncio.run(load_emulator(url, template_id))
    return opened, rate, failed


def idle_row(url: str, template_id: str) -> str:
    opened, rate, failed = idle_load(url, template_id)
    return row(
        f"emulator: same load, {opened} idle connections open",
        f"{rate:.0f} requests/s",
        f"{failed} failed",
    )


def rows() -> list[str]:
    """requests/s without idle connections, then with IDLE_CONNECTIONS of them open."""
    with emulator_process() as url:
        template_id = approved_sign_and_template(url)
        rate, failed = asyncio.run(load_emulator(url, template_id))
        return [
            row("emulator: SendSms load", f"{rate:.0f} requests/s", f"{failed} failed"),
            idle_row(url, template_id),
        ]
