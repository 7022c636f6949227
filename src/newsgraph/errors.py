"""Coded, actionable errors. Each says what is wrong, with what, and what to do.

The library raises these; the CLI turns them into one-line messages and exit codes.
"""
from __future__ import annotations


class NewsgraphError(Exception):
    code = "E000"

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None,
                 option: str | None = None):
        super().__init__(message)
        self.message = message
        self.source = source
        self.line = line
        # the setting that would fix it (e.g. "lang"): each interface names it its own way,
        # `--lang` on the command line, the `lang` field or parameter on the web
        self.option = option

    def __str__(self) -> str:
        where = ""
        if self.source:
            where = f"{self.source}:{self.line}: " if self.line else f"{self.source}: "
        return f"{where}[{self.code}] {self.message}{self.cli_hint()}"

    def cli_hint(self) -> str:
        """The remedy in command-line words, for messages printed or stored by the command line."""
        return f" (or force one with --{self.option})" if self.option else ""


class EmptyInput(NewsgraphError):
    code = "E001"


class BinaryInput(NewsgraphError):
    code = "E002"


class UnsupportedLanguage(NewsgraphError):
    code = "E003"


class MalformedRecord(NewsgraphError):
    code = "E004"


class InputTooLarge(NewsgraphError):
    code = "E005"


class UnreadableInput(NewsgraphError):
    code = "E006"


class ModelNotInstalled(NewsgraphError):
    code = "E007"


class StoreError(NewsgraphError):
    code = "E010"


class StoreLocked(StoreError):
    code = "E011"


class NotADatabase(StoreError):
    code = "E012"


class SqlRefused(StoreError):
    code = "E013"
