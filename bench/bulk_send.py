"""One bulk send through the async client, in a process of its own so its peak memory is its own.

``python bench/bulk_send.py URL TEMPLATE_ID COUNT JOURNAL|- SECRET_ID SECRET_KEY`` prints a JSON
line: seconds, the counts, and the peak resident memory of this process in MiB. The numbers are made
one at a time by a generator, as a user streaming a file would.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time
from collections.abc import Iterator

from tcsms import AsyncSmsClient

CONCURRENCY = 32


def numbers(count: int) -> Iterator[str]:
    for index in range(count):
        yield f"+86137{index:08d}"


async def main(url: str, template_id: str, count: int, journal: str | None, key: list[str]) -> None:
    async with AsyncSmsClient(secret_id=key[0], secret_key=key[1], endpoint=url) as client:
        started = time.perf_counter()
        result = await client.send_bulk(
            numbers(count),
            sms_sdk_app_id="1400006666",
            template_id=template_id,
            sign_name="Tencent Cloud",
            template_param_set=["12345"],
            journal=journal,
            concurrency=CONCURRENCY,
        )
        seconds = time.perf_counter() - started
    print(
        json.dumps({"seconds": seconds, "counts": result.counts._asdict(), "peak_mib": peak_mib()})
    )


def peak_mib() -> float:
    """This process's peak resident memory. VmHWM starts again at exec; ru_maxrss does not, so
    it would report the size of the bench that started this process, if that was larger."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    url, template_id, count, journal, secret_id, secret_key = sys.argv[1:]
    asyncio.run(
        main(
            url,
            template_id,
            int(count),
            None if journal == "-" else journal,
            [secret_id, secret_key],
        )
    )
