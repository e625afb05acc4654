"""Words per second of the full tagging pipeline over the whole corpus, next to the bare
`spacy.blank` tokenizer on the same texts in the same run, and peak memory.

    LEXCOMPARE_CORPUS=../shared/corpus python benchmarks/tagging.py [--relevant-only]

Writes benchmarks/results/tagging.json.  Goal: pipeline within 3x of the tokenizer; < 2 GB RSS.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from pathlib import Path

import spacy

from lexcompare import corpus as c
from lexcompare.tagging.pipeline import build_pipeline, provision_text, tag_provisions


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--relevant-only", action="store_true")
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "tagging.json"))
    args = ap.parse_args(argv)
    words = 0
    t_tok = 0.0
    t_pipe = 0.0
    n_prov = 0
    n_laws = 0
    for entry in c.load_manifest():
        # One law at a time, as `lexcompare build` does: memory is that of the pipeline plus
        # the law being tagged, not of the whole corpus held at once.
        law = c.load_law(entry)
        if args.relevant_only:
            from lexcompare.relevant import relevant

            provs = list(relevant(law))
        else:
            provs = list(law.citable())
        texts = [provision_text(p) for p in provs]
        words += sum(len(t.split()) for t in texts)
        n_prov += len(provs)
        n_laws += 1
        try:
            blank = spacy.blank(law.language)
        except Exception:
            blank = spacy.blank("xx")
        build_pipeline(law.language)  # built once per language, outside the timing
        t0 = time.perf_counter()
        for _ in blank.tokenizer.pipe(texts):
            pass
        t_tok += time.perf_counter() - t0
        t0 = time.perf_counter()
        tag_provisions(law, provs)
        t_pipe += time.perf_counter() - t0
        print(f"{law.id:<60} {len(provs):6d} provisions", file=sys.stderr)
        del law, provs, texts
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    summary = {
        "laws": n_laws,
        "provisions": n_prov,
        "words": words,
        "tokenizer_words_per_s": round(words / t_tok),
        "pipeline_words_per_s": round(words / t_pipe),
        "ratio_pipeline_to_tokenizer_time": round(t_pipe / t_tok, 2),
        "peak_rss_mb": round(rss_mb),
        "relevant_only": args.relevant_only,
        "python": platform.python_version(),
    }
    print(json.dumps(summary, indent=1))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(summary, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
