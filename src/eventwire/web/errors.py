"""JSON errors: a bad parameter is named (422), nothing leaks a stack trace (500)."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import EventwireError

log = logging.getLogger("eventwire.web")


class BadParameter(Exception):
    """A request parameter the API cannot use; answered 422 naming ``parameter``."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter
        self.message = message


def _error(status: int, message: str, parameter: str | None = None) -> JSONResponse:
    body: dict[str, object] = {"error": message, "status": status}
    if parameter is not None:
        body["parameter"] = parameter
    return JSONResponse(body, status_code=status)


async def _bad_parameter(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, BadParameter)
    return _error(422, str(exc), exc.parameter)


async def _validation(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    first = errors[0] if errors else {}
    loc = [str(part) for part in first.get("loc", ()) if part not in ("query", "path", "body")]
    name = ".".join(loc) or "request"
    message = f"{name}: {first.get('msg', 'invalid value')}"
    if "input" in first and isinstance(first["input"], str | int | float):
        message += f" (got {first['input']!r})"
    return _error(422, message, name)


async def _http(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    response = _error(exc.status_code, str(exc.detail))
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def _eventwire(_request: Request, exc: Exception) -> JSONResponse:
    log.warning("request failed: %s", exc)
    return _error(503, f"the store cannot answer: {exc}")


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.error("unexpected error on %s", request.url.path, exc_info=exc)
    return _error(500, "internal error (see the server log)")


def install(app: FastAPI) -> None:
    app.add_exception_handler(BadParameter, _bad_parameter)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(EventwireError, _eventwire)
    app.add_exception_handler(Exception, _unexpected)
