"""The corpus database: full build from an empty file, an incremental rebuild (nothing to
re-tag), row counts, and the time to get the coverage matrix and SDG alignment for all countries.

    LEXCOMPARE_CORPUS=../shared/corpus python benchmarks/store.py [--db PATH]

Writes benchmarks/results/store.json.
"""

from __future__ import annotations

import argparse
import io
import json
import tempfile
import time
from pathlib import Path

from lexcompare import compare
from lexcompare.frames import load_frames
from lexcompare.store import build


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db", default=None, help="database file (default: a temporary one)")
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "store.json"))
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "bench.duckdb"
        if db.exists():
            db.unlink()
        first = build(db=db, stream=io.StringIO())
        second = build(db=db, stream=io.StringIO())
        timings = []
        for _ in range(5):
            t0 = time.perf_counter()
            f = load_frames(db)
            t1 = time.perf_counter()
            cov = compare.coverage(f)
            compare.coverage_matrix(cov)
            compare.group_rollup(cov)
            compare.sdg_alignment(f)
            t2 = time.perf_counter()
            timings.append((t1 - t0, t2 - t1))
        summary = {
            "first_build_s": first.seconds,
            "first_build_laws": len(first.built),
            "failed": [list(x) for x in first.failed],
            "second_build_s": second.seconds,
            "second_build_rebuilt": len(second.built),
            "second_build_skipped": len(second.skipped),
            "rows": first.rows,
            "load_frames_s": round(min(t[0] for t in timings), 3),
            "coverage_and_sdg_all_countries_s": round(min(t[1] for t in timings), 3),
            "countries": int(f.laws["country"].nunique()),
        }
    print(json.dumps(summary, indent=1))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(summary, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
