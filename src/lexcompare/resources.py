"""Where data files written by us live: `annotations/` in a source checkout, or the copy shipped
inside the wheel under `lexcompare/data/annotations`."""

from __future__ import annotations

from pathlib import Path


def annotations_dir() -> Path:
    here = Path(__file__).resolve()
    checkout = here.parents[2] / "annotations"
    if (checkout / "ontology.yaml").is_file():
        return checkout
    return here.parent / "data" / "annotations"
