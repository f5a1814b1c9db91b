"""Form bodies parsed from ``application/x-www-form-urlencoded`` with the standard library.

Our own forms post nothing else, so this avoids the python-multipart dependency FastAPI's ``Form``
needs; a size cap keeps a hostile body from filling memory.
"""

from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import HTTPException, Request

MAX_FORM_BYTES = 32 * 1024


async def read_form(request: Request) -> dict[str, str]:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/x-www-form-urlencoded":
        # Not one of our forms: an empty form, which then fails its CSRF check with a plain 403.
        return {}
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            raise HTTPException(413, "form too large")
    try:
        parsed = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
    except UnicodeDecodeError as exc:
        raise HTTPException(400, "form is not UTF-8") from exc
    # A repeated key keeps its first value: no form of ours repeats one.
    return {key: values[0] for key, values in parsed.items()}
