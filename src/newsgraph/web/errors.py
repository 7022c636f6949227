"""The web layer's errors: an HTTP status for every library error, and the one error body.

Below app.py, api.py and pages.py, which all import it, so none of them imports another to raise an error.
"""
from __future__ import annotations

from typing import Any

from ..errors import (BinaryInput, EmptyInput, InputTooLarge, MalformedRecord, ModelNotInstalled, NewsgraphError,
                      NotADatabase, StoreError, StoreLocked, UnreadableInput, UnsupportedLanguage)

# What a library error means for HTTP: the caller's input (4xx) or the server's set-up (5xx); first match wins.
STATUS_OF_ERROR: dict[type[NewsgraphError], int] = {
    EmptyInput: 422, BinaryInput: 422, MalformedRecord: 422, UnreadableInput: 422, UnsupportedLanguage: 422,
    InputTooLarge: 413, ModelNotInstalled: 503, StoreLocked: 503, NotADatabase: 500, StoreError: 500,
}


class WebError(Exception):
    """An error with an HTTP status and a code, rendered through the one error handler."""

    def __init__(self, status: int, message: str, code: str | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or f"HTTP{status}"


def status_of(error: NewsgraphError) -> int:
    return next((s for cls, s in STATUS_OF_ERROR.items() if isinstance(error, cls)), 400)


def error_body(status: int, code: str, message: str) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message}}


def web_message(error: NewsgraphError) -> str:
    """The library's message with its remedy in the web's words: a field or parameter, not a flag."""
    return f"{error.message} (or choose one with the {error.option!r} field)" if error.option else error.message
