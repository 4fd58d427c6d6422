"""A minimal HTTP/1.1 keep-alive server for the benchmark: answers every POST with one fixed body.

It does as little as possible (no signature checks), so the measured time is the clients' own.
Run as ``python bench/server.py PORT_FILE [ANSWER.json]``: writes its port to PORT_FILE and serves
until killed. The answer is the documented SendSms example, or the ``Response`` object in
ANSWER.json.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "sms.2021-01-11.yaml"


def documented_send_sms_answer() -> bytes:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    response = spec["actions"]["SendSms"]["examples"][0]["response"]
    body = json.dumps({"Response": response}).encode()
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n"
    )
    return head.encode() + body


class Answering(asyncio.Protocol):
    """Answers each complete request (head plus Content-Length bytes) with the fixed response."""

    def __init__(self, answer: bytes) -> None:
        self.answer = answer
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            length = 0
            for line in bytes(self.buffer[:end]).split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            total = end + 4 + length
            if len(self.buffer) < total:
                return
            del self.buffer[:total]
            assert self.transport is not None
            self.transport.write(self.answer)


def answer_from(file: Path) -> bytes:
    body = json.dumps({"Response": json.loads(file.read_text(encoding="utf-8"))}).encode()
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n"
    )
    return head.encode() + body


async def serve(port_file: Path, answer_file: Path | None = None) -> None:
    answer = documented_send_sms_answer() if answer_file is None else answer_from(answer_file)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Answering(answer), "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    port_file.write_text(str(port))
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None))
