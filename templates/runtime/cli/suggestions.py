"""What to say about a command name that is no action: the closest names, if any are close."""

from __future__ import annotations

import difflib

from ._actions import ACTIONS
from .usage import PROGRAM

CUTOFF = 0.6  # difflib's default: below it, names share too little to suggest
MARGIN = 0.1  # how much less close than the closest a name may be and still be suggested


def unknown_action(name: str) -> str:
    """``tcsms: error: unknown action 'SendSMS'; did you mean SendSms?`` and where to look."""
    message = f"{PROGRAM}: error: unknown action {name!r}"
    close = closest_actions(name)
    if close:
        message += f"; did you mean {' or '.join(close)}?"
    return f"{message}\nrun '{PROGRAM} --help' for the list of actions"


def closest_actions(name: str) -> list[str]:
    """Actions spelled like ``name``: the same letters in another case or with ``-``/``_``
    (``send-sms``, ``sendsms``), else the nearest spellings."""
    key = _letters(name)
    same = [action for action in ACTIONS if _letters(action) == key]
    if same:
        return same
    by_key = {_letters(action): action for action in ACTIONS}
    scored = sorted(
        ((difflib.SequenceMatcher(None, key, k).ratio(), k) for k in by_key), reverse=True
    )
    best = scored[0][0] if scored else 0.0
    # Names about as close as the closest, and close at all: one obvious answer stays alone.
    return [by_key[k] for ratio, k in scored[:3] if ratio >= max(CUTOFF, best - MARGIN)]


def _letters(name: str) -> str:
    return name.replace("-", "").replace("_", "").lower()
