"""The two commands behind the CLI: serve the app with uvicorn, and add a staff account."""

from __future__ import annotations

import getpass
import ipaddress
import sys
from pathlib import Path

from review.accounts import AccountError, Accounts

LOOPBACK_NAMES = ["127.0.0.1", "localhost", "::1", "[::1]"]


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def serve(out: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    from review.app import create_app

    app = create_app(out, allowed_hosts=LOOPBACK_NAMES if _is_loopback(host) else None)
    if not Accounts(out).users():
        print(f"no staff accounts yet: add one with `qmas-intake user add NAME --out {out}`", file=sys.stderr)
    if not _is_loopback(host):
        print(f"warning: serving on {host}, reachable beyond this machine; put TLS in front", file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False)


def read_password() -> str:
    """Prompted twice on a terminal; one line from stdin otherwise, so scripts and tests can pipe it."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise AccountError("the two passwords differ")
    return first


def add_user(out: Path, name: str) -> int:
    try:
        Accounts(out).add_user(name, read_password())
    except AccountError as exc:
        print(f"qmas-intake: {exc}", file=sys.stderr)
        return 2
    print(f"added {name} to {out / 'review.sqlite'}")
    return 0
