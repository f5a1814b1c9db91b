"""The review app: ``create_app(out)`` gives a FastAPI application over one OUT folder."""

from __future__ import annotations

import hmac
import re
import secrets
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from core.decisions import Decision
from core.models import CaseResult, DocType
from pipeline.review_actions import DecisionError
from pipeline.writer import case_status
from review.accounts import Accounts, Session
from review.actions import apply_form
from review.cases import STATUSES, CaseIndex
from review.evidence import EvidenceImages, EvidenceMissing
from review.forms import read_form
from review.pages import case_context, queue_context, templates
from review.security import (
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    LoginRequired,
    SecurityHeaders,
    check_csrf,
    check_origin,
    require_session,
    safe_next,
)

HERE = Path(__file__).parent
INDEX = re.compile(r"^\d{1,6}$")
IMAGE_CACHE = "private, max-age=600"
ERROR_TITLES = {403: "Refused", 404: "Not found", 405: "Not allowed", 413: "Too large"}
CurrentSession = Annotated[Session, Depends(require_session)]


def create_app(out: Path, allowed_hosts: list[str] | None = None) -> FastAPI:
    out = out.resolve()
    app = FastAPI(title="QMAS intake review", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.out = out
    app.state.cases = CaseIndex(out)
    app.state.accounts = Accounts(out)
    app.state.images = EvidenceImages()
    app.add_middleware(SecurityHeaders)
    if allowed_hosts:
        # Bound to loopback, only loopback names: a DNS-rebound name pointing here is refused.
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, exc: LoginRequired) -> Response:
        return RedirectResponse(exc.next_path, status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def error_page(request: Request, exc: StarletteHTTPException) -> Response:
        # A person reads these (a stale form, a mistyped case id): a page, not a JSON body.
        title = ERROR_TITLES.get(exc.status_code, "Something went wrong")
        return templates.TemplateResponse(
            request,
            "error.html",
            {"status_code": exc.status_code, "title": title, "detail": exc.detail, "session": None},
            status_code=exc.status_code,
        )

    _login_routes(app)
    _page_routes(app)
    _image_routes(app)
    return app


def _cookie_secure(request: Request) -> bool:
    return request.url.scheme == "https"


def _login_routes(app: FastAPI) -> None:
    def login_page(request: Request, next_path: str, error: str | None, status: int = 200) -> Response:
        # Double-submit token for the login form itself, so another site cannot log a person in as
        # someone else (there is no session yet to hold a CSRF token).
        token = request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(32)
        response = templates.TemplateResponse(
            request, "login.html", {"next": next_path, "error": error, "csrf": token}, status_code=status
        )
        response.set_cookie(
            LOGIN_CSRF_COOKIE,
            token,
            max_age=3600,
            httponly=True,
            samesite="strict",
            secure=_cookie_secure(request),
            path="/login",
        )
        return response

    @app.get("/login", response_class=HTMLResponse)
    async def login_form(request: Request, next: str = "/") -> Response:
        return login_page(request, safe_next(next), None)

    @app.post("/login")
    async def login(request: Request) -> Response:
        check_origin(request)
        form = await read_form(request)
        cookie = request.cookies.get(LOGIN_CSRF_COOKIE, "")
        sent = form.get("csrf", "")
        if not cookie or not hmac.compare_digest(sent.encode(), cookie.encode()):
            raise HTTPException(403, "the login form's security token is missing or wrong; reload the page")
        accounts: Accounts = app.state.accounts
        name = form.get("username", "").strip()
        ok = await run_in_threadpool(accounts.check_password, name, form.get("password", ""))
        next_path = safe_next(form.get("next"))
        if not ok:
            return login_page(request, next_path, "Wrong user name or password.", status=401)
        token, session = accounts.create_session(name)
        response = RedirectResponse(next_path, status_code=303)
        response.set_cookie(
            SESSION_COOKIE,
            token,
            expires=session.expires,
            httponly=True,
            samesite="strict",
            secure=_cookie_secure(request),
            path="/",
        )
        response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login", httponly=True, samesite="strict")
        return response

    @app.post("/logout")
    async def logout(request: Request, session: CurrentSession) -> Response:
        check_origin(request)
        check_csrf(session.csrf, await read_form(request))
        app.state.accounts.end_session(request.cookies.get(SESSION_COOKIE, ""))
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="strict")
        return response


def _load_case(app: FastAPI, case_id: str) -> tuple[CaseResult, dict[str, Any]]:
    cases: CaseIndex = app.state.cases
    result = cases.case(case_id)
    run = cases.store.case_run(case_id) if result else None
    if result is None or run is None:
        raise HTTPException(404, "no such case")
    return result, run


def _page_routes(app: FastAPI) -> None:
    @app.get("/", response_class=HTMLResponse)
    def queue(
        request: Request,
        session: CurrentSession,
        flag: str = "",
        missing: str = "",
        status: str = "",
    ) -> Response:
        rows = app.state.cases.queue_rows()
        status = status if status in STATUSES else ""
        context = queue_context(rows, flag=flag, missing=missing, status=status)
        return templates.TemplateResponse(request, "queue.html", {**context, "session": session})

    def render_case(
        request: Request, session: Session, case_id: str, error: str | None = None, decided: int | None = None
    ) -> Response:
        result, run = _load_case(app, case_id)
        cases: CaseIndex = app.state.cases
        decisions: list[Decision] = cases.store.decisions_for_case(case_id)
        context = case_context(result, run, decisions, cases.chain_intact(case_id))
        flash = next((d for d in decisions if decided is not None and d.id == decided), None)
        return templates.TemplateResponse(
            request,
            "case.html",
            {
                **context,
                "session": session,
                "status": case_status(result),
                "doc_types": [t.value for t in DocType],
                "error": error,
                "flash": flash,
            },
            status_code=400 if error else 200,
        )

    @app.get("/cases/{case_id}", response_class=HTMLResponse)
    def case_page(
        request: Request, session: CurrentSession, case_id: str, decided: int | None = None
    ) -> Response:
        return render_case(request, session, case_id, decided=decided)

    @app.post("/cases/{case_id}/decisions")
    async def decision(request: Request, session: CurrentSession, case_id: str) -> Response:
        check_origin(request)
        form = await read_form(request)
        check_csrf(session.csrf, form)
        result, _run = _load_case(app, case_id)
        try:
            await run_in_threadpool(apply_form, app.state.out, result, session.user, form)
        except DecisionError as exc:
            return await run_in_threadpool(render_case, request, session, case_id, str(exc))
        latest = app.state.cases.store.decisions_for_case(case_id)[-1]
        anchor = form.get("anchor", "")
        anchor = "#" + anchor if re.fullmatch(r"[a-z]+(-\d{1,6})?", anchor) else ""
        return RedirectResponse(f"/cases/{case_id}?decided={latest.id}{anchor}", status_code=303)


def _image_routes(app: FastAPI) -> None:
    def image(case_id: str, n: str, make: str) -> Response:
        # The index arrives as text so that anything but a plain number (a path, "..", "-1") is a 404.
        if not INDEX.match(n):
            raise HTTPException(404, "no such image")
        result, run = _load_case(app, case_id)
        images: EvidenceImages = app.state.images
        try:
            png = getattr(images, make)(run["upload_root"], result, int(n))
        except EvidenceMissing as exc:
            raise HTTPException(404, str(exc)) from exc
        return Response(png, media_type="image/png", headers={"Cache-Control": IMAGE_CACHE})

    @app.get("/cases/{case_id}/evidence/{n}")
    def evidence(session: CurrentSession, case_id: str, n: str) -> Response:
        return image(case_id, n, "crop")

    @app.get("/cases/{case_id}/evidence/{n}/page")
    def evidence_page(session: CurrentSession, case_id: str, n: str) -> Response:
        return image(case_id, n, "page_with_box")

    @app.get("/cases/{case_id}/documents/{n}/thumbnail")
    def thumbnail(session: CurrentSession, case_id: str, n: str) -> Response:
        return image(case_id, n, "thumbnail")
