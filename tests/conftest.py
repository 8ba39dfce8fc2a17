"""Fixtures shared by several test modules."""
from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def load_script(name: str, path: Path) -> ModuleType:
    """A Python file that is not part of a package, imported from its path. It is registered in
    sys.modules under ``name`` first: dataclasses look their module up while being built."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


@pytest.fixture(scope="session")
def shared_score() -> ModuleType:
    """The shared gold-set scorer (../shared/eval/score.py); skipped where it is absent, as on a
    user's machine."""
    if not SHARED_SCORER.is_file():
        pytest.skip(f"the shared scorer {SHARED_SCORER} is missing (users do not have ../shared)")
    return load_script("detente_shared_score", SHARED_SCORER)


@pytest.fixture(scope="session")
def bench_script() -> Callable[[str], ModuleType]:
    """``bench_script("agreement")`` imports bench/agreement.py, once per test session."""
    return cache(lambda name: load_script(name, ROOT / "bench" / f"{name}.py"))
