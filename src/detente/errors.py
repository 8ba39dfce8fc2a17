"""One exception tree for Détente.

    DetenteError
    ├── InputError          an input file, line or text cannot be coded (names the input)
    │   └── UnsupportedInput    unknown extension, binary data, non-English text
    ├── DataError           a shipped data table is malformed (names the file and line)
    ├── StoreError          the SQLite store cannot be opened, migrated or written
    └── QueryError          a query asks for something impossible (unknown code, reversed range)

Each message says which input is at fault and what to do next.
"""
from __future__ import annotations


class DetenteError(Exception):
    """Base class of every error Détente raises on purpose."""


class InputError(DetenteError):
    """An input cannot be coded; the message starts with the file (and line)."""

    def __init__(self, origin: str, message: str) -> None:
        self.origin = origin
        self.reason = message
        super().__init__(f"{origin}: {message}" if origin else message)


class UnsupportedInput(InputError):
    """The input is of a kind Détente does not read (extension, binary, language)."""


class DataError(DetenteError):
    """A curated data table under ``detente/data`` is malformed."""


class StoreError(DetenteError):
    """The event store cannot be opened, migrated or written."""


class QueryError(DetenteError):
    """A query cannot be answered as asked."""
