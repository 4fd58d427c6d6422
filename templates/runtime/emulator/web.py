"""Pages a service overlay serves beside the API, such as an inbox: their requests and answers.

The server hands every request whose target starts with ``Pages.prefix`` to ``Pages.answer``,
on its event loop, with the body read (at most ``MAX_PAGE_BODY`` bytes). The overlay checks
methods, the admin token and cross-site requests itself: only it knows which of its pages act.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

__all__ = ["MAX_PAGE_BODY", "Pages", "WebAnswer", "WebRequest"]

MAX_PAGE_BODY = 1024 * 1024


@dataclass(frozen=True, slots=True)
class WebRequest:
    method: str
    target: str  # path and query, as sent
    headers: dict[str, str]  # names in lower case
    body: bytes


@dataclass(slots=True)
class WebAnswer:
    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


class Pages(Protocol):
    @property
    def prefix(self) -> str: ...

    def answer(self, request: WebRequest) -> WebAnswer: ...
