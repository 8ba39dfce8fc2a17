"""Helpers shared by the CLI modules: argument parsing and opening the store."""
from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store import Store


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def open_store(path: str) -> Store:
    from .store import Store  # imported lazily: `detente --help` should not open SQLite code

    return Store(path)
