"""Shared test setup: the real corpus is read from LEXCOMPARE_CORPUS (CI points it at ../shared/corpus)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_root() -> Path:
    env = os.environ.get("LEXCOMPARE_CORPUS")
    return Path(env) if env else DEFAULT_CORPUS


@pytest.fixture(scope="session")
def corpus() -> Path:
    root = corpus_root()
    if not (root / "MANIFEST.jsonl").is_file():
        if os.environ.get("CI"):
            pytest.fail(f"corpus not found at {root}: set LEXCOMPARE_CORPUS")
        pytest.skip(f"corpus not found at {root}")
    os.environ.setdefault("LEXCOMPARE_CORPUS", str(root))
    return root
