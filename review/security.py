"""Login required on every page, CSRF checked on every POST, and headers that keep pages self-contained."""

from __future__ import annotations

import hmac
from urllib.parse import quote, urlsplit

from fastapi import HTTPException, Request
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.responses import Response

from review.accounts import Accounts, Session

SESSION_COOKIE = "qmas_review_session"
LOGIN_CSRF_COOKIE = "qmas_review_login"

# No script at all and nothing from elsewhere: an injected tag could neither run nor phone home.
CSP = (
    "default-src 'none'; img-src 'self'; style-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)


class LoginRequired(Exception):
    def __init__(self, next_path: str) -> None:
        self.next_path = next_path


def safe_next(value: str | None) -> str:
    """Only a path on this site: ``//evil.example`` or ``https://…`` would make the login an open redirect."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    parts = urlsplit(value)
    return "/" if parts.scheme or parts.netloc else value


def login_redirect_target(request: Request) -> str:
    path = request.url.path
    if request.url.query:
        path += "?" + request.url.query
    return "/login?next=" + quote(path, safe="")


def require_session(request: Request) -> Session:
    accounts: Accounts = request.app.state.accounts
    session = accounts.session(request.cookies.get(SESSION_COOKIE))
    if session is None:
        # GETs go to the login page and come back; a POST without a session is simply refused there too.
        raise LoginRequired(login_redirect_target(request) if request.method == "GET" else "/login")
    return session


def check_csrf(session_token: str, form: dict[str, str]) -> None:
    sent = form.get("csrf", "")
    if not sent or not hmac.compare_digest(sent.encode(), session_token.encode()):
        raise HTTPException(403, "the form's security token is missing or wrong; reload the page")


def check_origin(request: Request) -> None:
    """A browser says where a POST came from; refuse one from another site even if a cookie slipped by."""
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host"):
        raise HTTPException(403, "cross-site form refused")


class SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        # Case pages hold personal data: no copy in shared caches or the browser's disk cache.
        response.headers.setdefault("Cache-Control", "no-store")
        return response
