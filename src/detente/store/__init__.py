"""The SQLite event store.

    Store(path)         open (and migrate) a store; save, save_many, articles, events,
                        counts, daily_dyad; canonical_events, canonical_counts, canonical_dyads
      schema            the named, recorded migrations
      rows              records ↔ rows, and the dyad expansion shared with the scorer
      links             linking saved events to canonical events (rule: analysis.fusion)
      canonical         canonical events: rebuilt from their members, and read
      sql               small SQL builders
      connection        opening the file, explicit transactions
"""
from __future__ import annotations

from .db import DEFAULT_PATH, Store

__all__ = ["DEFAULT_PATH", "Store"]
