"""Actors: the curated tables of states, IGOs, groups, bodies and office holders, and the
stages that turn a mention into an ``Entity``. Importing this package loads nothing."""
from __future__ import annotations

from .tables import ActorEntry, ActorTables, Country, load_tables

__all__ = ["ActorEntry", "ActorTables", "Country", "load_tables"]
