"""Staff accounts and login sessions, in ``OUT/review.sqlite`` (mode 0600).

Session tokens are random; only their SHA-256 is stored, so a copy of the database does not hand
out live sessions. Each session carries its own CSRF token, checked on every POST.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from review.passwords import DUMMY_HASH, MIN_LENGTH, hash_password, verify_password

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    token_sha256 TEXT PRIMARY KEY,
    user_name TEXT NOT NULL REFERENCES users(name),
    csrf TEXT NOT NULL,
    created TEXT NOT NULL,
    expires TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS failed_logins (
    user_name TEXT NOT NULL,
    at TEXT NOT NULL
);
"""

SESSION_HOURS = 10  # a working day; staff log in again the next morning
NAME_PATTERN = re.compile(r"^[A-Za-z0-9._-]{2,40}$")
# After this many wrong passwords for one name within the window, that name is refused until it passes.
MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=15)


class AccountError(ValueError):
    """A user name or password that cannot be used."""


@dataclass(frozen=True)
class Session:
    user: str
    csrf: str
    expires: datetime


def _now() -> datetime:
    return datetime.now(UTC)


def _token_key(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class Accounts:
    def __init__(self, out: Path) -> None:
        self.path = out / "review.sqlite"
        out.mkdir(parents=True, exist_ok=True)
        new = not self.path.exists()
        with self.connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(SCHEMA)
        if new:
            os.chmod(self.path, 0o600)

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30)
        db.row_factory = sqlite3.Row
        try:
            with db:
                yield db
        finally:
            db.close()

    # Users
    def add_user(self, name: str, password: str) -> None:
        if not NAME_PATTERN.match(name):
            raise AccountError("a user name is 2-40 letters, digits, dots, dashes or underscores")
        if len(password) < MIN_LENGTH:
            raise AccountError(f"a password needs at least {MIN_LENGTH} characters")
        try:
            with self.connect() as db:
                db.execute(
                    "INSERT INTO users (name, password_hash, created) VALUES (?, ?, ?)",
                    (name, hash_password(password), _now().isoformat(timespec="seconds")),
                )
        except sqlite3.IntegrityError as exc:
            raise AccountError(f"user {name!r} already exists") from exc

    def users(self) -> list[str]:
        with self.connect() as db:
            return [r["name"] for r in db.execute("SELECT name FROM users ORDER BY name")]

    def check_password(self, name: str, password: str) -> bool:
        """True for the right password; counts failures and refuses a name under attack."""
        now = _now()
        with self.connect() as db:
            row = db.execute("SELECT password_hash FROM users WHERE name=?", (name,)).fetchone()
            recent = db.execute(
                "SELECT COUNT(*) FROM failed_logins WHERE user_name=? AND at>?",
                (name, (now - FAILURE_WINDOW).isoformat()),
            ).fetchone()[0]
        ok = verify_password(password, row["password_hash"] if row else DUMMY_HASH) and row is not None
        if ok and recent < MAX_FAILURES:
            with self.connect() as db:
                db.execute("DELETE FROM failed_logins WHERE user_name=?", (name,))
            return True
        if not ok:
            with self.connect() as db:
                db.execute("INSERT INTO failed_logins VALUES (?, ?)", (name, now.isoformat()))
        return False

    # Sessions
    def create_session(self, name: str) -> tuple[str, Session]:
        token = secrets.token_urlsafe(32)
        now = _now()
        session = Session(name, secrets.token_urlsafe(32), now + timedelta(hours=SESSION_HOURS))
        with self.connect() as db:
            db.execute("DELETE FROM sessions WHERE expires<?", (now.isoformat(),))
            db.execute(
                "INSERT INTO sessions VALUES (?, ?, ?, ?, ?)",
                (_token_key(token), name, session.csrf, now.isoformat(), session.expires.isoformat()),
            )
        return token, session

    def session(self, token: str | None) -> Session | None:
        if not token or len(token) > 200:
            return None
        with self.connect() as db:
            row = db.execute(
                "SELECT user_name, csrf, expires FROM sessions WHERE token_sha256=?", (_token_key(token),)
            ).fetchone()
        if row is None:
            return None
        expires = datetime.fromisoformat(row["expires"])
        if expires <= _now():
            self.end_session(token)
            return None
        return Session(row["user_name"], row["csrf"], expires)

    def end_session(self, token: str) -> None:
        with self.connect() as db:
            db.execute("DELETE FROM sessions WHERE token_sha256=?", (_token_key(token),))
