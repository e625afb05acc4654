"""Parse throughput over the whole corpus: MB/s and provisions/s, per format and overall.

    LEXCOMPARE_CORPUS=../shared/corpus python benchmarks/parse_throughput.py

Writes benchmarks/results/parse_throughput.json.  Each law is parsed `--repeat` times (default 3);
the best run per law is kept (the machines are shared and noisy).
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path

from lexcompare import corpus as c


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument(
        "--out", default=str(Path(__file__).parent / "results" / "parse_throughput.json")
    )
    args = ap.parse_args(argv)
    root = c.corpus_dir()
    rows = []
    for entry in c.load_manifest():
        files, _ = c.primary_files(entry)
        size = sum((root / f).stat().st_size for f in files)
        best = float("inf")
        law = None
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            law = c.load_law(entry)
            best = min(best, time.perf_counter() - t0)
        assert law is not None
        n_all = sum(1 for _ in law.walk())
        n_cit = sum(1 for _ in law.citable())
        rows.append(
            {
                "law": entry.id,
                "format": law.format,
                "bytes": size,
                "seconds": round(best, 4),
                "provisions": n_all,
                "citable": n_cit,
                "mb_per_s": round(size / 1e6 / best, 2) if best else None,
            }
        )
        print(
            f"{entry.id:<60} {law.format:<20} {size / 1e6:7.2f} MB {best:7.3f} s "
            f"{n_all:6d} provisions",
            file=sys.stderr,
        )
    # Peak memory of one pass over the largest law.
    largest = max(rows, key=lambda r: r["bytes"])
    tracemalloc.start()
    c.load_law(largest["law"])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    by_format: dict[str, dict[str, float]] = defaultdict(
        lambda: {"bytes": 0, "seconds": 0.0, "provisions": 0}
    )
    for r in rows:
        f = by_format[r["format"]]
        f["bytes"] += r["bytes"]
        f["seconds"] += r["seconds"]
        f["provisions"] += r["provisions"]
    total_b = sum(r["bytes"] for r in rows)
    total_s = sum(r["seconds"] for r in rows)
    total_p = sum(r["provisions"] for r in rows)
    summary = {
        "laws": len(rows),
        "megabytes": round(total_b / 1e6, 2),
        "seconds": round(total_s, 2),
        "mb_per_s": round(total_b / 1e6 / total_s, 2),
        "provisions": total_p,
        "provisions_per_s": round(total_p / total_s),
        "largest_law": largest["law"],
        "largest_law_peak_python_mb": round(peak / 1e6, 1),
        "per_format": {
            k: {
                "mb_per_s": round(v["bytes"] / 1e6 / v["seconds"], 2),
                "provisions_per_s": round(v["provisions"] / v["seconds"]),
            }
            for k, v in sorted(by_format.items())
            if v["seconds"]
        },
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    print(json.dumps(summary, indent=1))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps({"summary": summary, "laws": rows}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
