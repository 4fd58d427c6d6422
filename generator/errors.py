"""The one problem type every stage reports: a place in a spec file and what is wrong there."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class SpecError:
    """A problem in a spec, located by file, 1-based line and spec path."""

    file: Path
    line: int
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.path or '<root>'}: {self.message}"


class SpecInvalid(Exception):
    """Raised by a stage that cannot go on; carries every problem found."""

    def __init__(self, problems: list[SpecError]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
