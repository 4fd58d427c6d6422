# Generated from spec/sms.2021-01-11.yaml by tcgen; do not edit.
"""``python -m tcsms.emulator``: serves the emulator until SIGINT or SIGTERM.

Prints ``listening on http://HOST:PORT`` (``https://`` with ``--tls-cert``) as the first line,
then the URL of the service's pages if it has some (``inbox at http://HOST:PORT/_inbox``), then
one line per request.
"""

from __future__ import annotations

import argparse
import sys

from tcsms.emulator.server import DEFAULT_SECRET_ID, DEFAULT_SECRET_KEY, Emulator


def main(argv: list[str] | None = None, prog: str = "python -m tcsms.emulator") -> int:
    """Serves until SIGINT or SIGTERM; ``prog`` names the command in its help and messages."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description="A local emulator of Short Message Service API 2021-01-11.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (loopback)")
    parser.add_argument("--port", type=int, default=0, help="port, 0 for any free one")
    parser.add_argument("--secret-id", default=DEFAULT_SECRET_ID)
    parser.add_argument("--secret-key", default=DEFAULT_SECRET_KEY)
    parser.add_argument("--token", default=None, help="session token requests must carry")
    parser.add_argument("--db", default=":memory:", help="SQLite file that keeps the state")
    parser.add_argument(
        "--auto-approve", action="store_true", help="approve what the service reviews on submission"
    )
    parser.add_argument(
        "--callback-url", default=None, help="where to POST the service's callbacks"
    )
    parser.add_argument(
        "--no-rate-limits", action="store_true", help="do not enforce the documented rates"
    )
    parser.add_argument("--quiet", action="store_true", help="no line per request")
    parser.add_argument(
        "--admin-token", default=None, help="token /_admin/ requests must carry (Bearer)"
    )
    parser.add_argument("--tls-cert", default=None, help="PEM certificate chain: serve HTTPS")
    parser.add_argument("--tls-key", default=None, help="PEM private key of --tls-cert")
    parser.add_argument(
        "--header-timeout", type=float, default=10.0, help="seconds for a request head"
    )
    parser.add_argument("--body-timeout", type=float, default=30.0, help="seconds for a body")
    parser.add_argument(
        "--idle-timeout", type=float, default=30.0, help="seconds an idle connection stays open"
    )
    args = parser.parse_args(argv)
    if (args.tls_cert is None) != (args.tls_key is None):
        parser.error("--tls-cert and --tls-key go together")

    def log(line: str) -> None:
        print(line, flush=True)

    emulator = Emulator(
        secret_id=args.secret_id,
        secret_key=args.secret_key,
        token=args.token,
        host=args.host,
        port=args.port,
        db=args.db,
        auto_approve=args.auto_approve,
        callback_url=args.callback_url,
        rate_limits=not args.no_rate_limits,
        log=None if args.quiet else log,
        admin_token=args.admin_token,
        tls_cert=args.tls_cert,
        tls_key=args.tls_key,
        header_timeout=args.header_timeout,
        body_timeout=args.body_timeout,
        idle_timeout=args.idle_timeout,
    )

    def ready(endpoint: str) -> None:
        log(f"listening on {endpoint}")
        if emulator.pages is not None:
            log(f"inbox at {endpoint}{emulator.pages.prefix}")

    emulator.serve_forever(ready=ready)
    return 0


if __name__ == "__main__":
    sys.exit(main())
