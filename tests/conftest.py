"""Fixtures shared by several test modules."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SHARED_SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"


@pytest.fixture(scope="session")
def shared_score() -> ModuleType:
    """The shared gold-set scorer (../shared/eval/score.py); skipped where it is absent, as on a
    user's machine."""
    if not SHARED_SCORER.is_file():
        pytest.skip(f"the shared scorer {SHARED_SCORER} is missing (users do not have ../shared)")
    spec = importlib.util.spec_from_file_location("detente_shared_score", SHARED_SCORER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module
