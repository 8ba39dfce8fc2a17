"""Files, directories and stdin → checked, normalised Articles.

    read_inputs(paths)      the one entry point: yields Article or InputError per input
      readers               one reader per format (.txt, .html/.htm, .json, .jsonl, stdin)
      webpage, htmltext     main text, title and date of a saved web page
      records               JSON object / title+text → Article (ids, dates, fields)
      checks, language      normalisation, size, binary and English checks
"""
from __future__ import annotations

from .readers import SUPPORTED, read_inputs

__all__ = ["SUPPORTED", "read_inputs"]
