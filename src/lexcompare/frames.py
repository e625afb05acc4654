"""Store rows -> pandas DataFrames with declared schemas, validated once at the boundary."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from lexcompare.errors import LexcompareError

# Declared schemas: column -> pandas dtype kind ("O" object/str, "i" int, "f" float, "b" bool).
SCHEMAS: dict[str, dict[str, str]] = {
    "laws": {
        "id": "O",
        "country": "O",
        "title": "O",
        "year": "f",
        "language": "O",
        "format": "O",
        "source_url": "O",
        "sha256": "O",
        "whole_code": "b",
        "n_citable": "i",
        "n_relevant": "i",
    },
    "provisions": {
        "law": "O",
        "eid": "O",
        "num": "O",
        "label": "O",
        "kind": "O",
        "heading": "O",
        "text": "O",
        "position": "i",
        "relevant": "b",
        "country": "O",
        "language": "O",
    },
    "tags": {
        "law": "O",
        "eid": "O",
        "num": "O",
        "code": "O",
        "score": "f",
        "method": "O",
        "spans": "O",
        "patterns": "O",
        "evidence": "O",
    },
    "sdg_tags": {"law": "O", "eid": "O", "num": "O", "target": "O", "because": "O"},
    "penalties": {
        "law": "O",
        "eid": "O",
        "num": "O",
        "kind": "O",
        "min_years": "f",
        "max_years": "f",
        "life": "b",
        "fine": "O",
        "currency": "O",
        "aggravated": "b",
        "child_age": "f",
    },
}


def validate(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """Check columns and coerce dtypes of a frame against its declared schema."""
    schema = SCHEMAS[name]
    missing = [c for c in schema if c not in df.columns]
    if missing:
        raise LexcompareError(
            f"table {name} lacks columns {missing}",
            remedy="Rebuild the database with `lexcompare build --force`",
        )
    out = df.copy()
    for col, kind in schema.items():
        if kind == "O":
            out[col] = out[col].astype(object).where(out[col].notna(), "")
            out[col] = out[col].map(str)
        elif kind == "i":
            out[col] = pd.to_numeric(out[col]).fillna(0).astype("int64")
        elif kind == "f":
            out[col] = pd.to_numeric(out[col]).astype("float64")
        elif kind == "b":
            out[col] = out[col].fillna(False).astype(bool)
    return out


@dataclass(frozen=True)
class Frames:
    laws: pd.DataFrame
    provisions: pd.DataFrame
    tags: pd.DataFrame
    sdg_tags: pd.DataFrame
    penalties: pd.DataFrame

    def law_country(self) -> dict[str, str]:
        return dict(zip(self.laws["id"], self.laws["country"], strict=True))

    def law_url(self) -> dict[str, str]:
        return dict(zip(self.laws["id"], self.laws["source_url"], strict=True))


def make_frames(**tables: pd.DataFrame) -> Frames:
    return Frames(**{name: validate(name, tables[name]) for name in SCHEMAS})


def load_frames(db: str | Path | None = None) -> Frames:
    from lexcompare.store import connect

    con = connect(db, read_only=True)
    try:
        tables = {name: con.execute(f"SELECT * FROM {name}").df() for name in SCHEMAS}
    finally:
        con.close()
    return make_frames(**tables)
