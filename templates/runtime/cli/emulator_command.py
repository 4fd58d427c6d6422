"""``emulator``: the package's local emulator, as ``python -m <package>.emulator`` runs it.

The options are the emulator's own (``--port``, ``--quiet``, ``--auto-approve``...): this command
hands its arguments to the emulator's entry point instead of repeating them.
"""

from __future__ import annotations

from .usage import PROGRAM

__all__ = ["run"]


def run(argv: list[str]) -> int:
    """Serves the emulator until SIGINT or SIGTERM; the exit status (2 for a bad option)."""
    from ..emulator.__main__ import main

    try:
        return main(argv, prog=f"{PROGRAM} emulator")
    except SystemExit as exit_:  # --help, or a bad option argparse already reported
        return exit_.code if isinstance(exit_.code, int) else 2
