"""Agreement between the gold labels and a second, independent annotation of a sample of
never-read provisions (annotations/agreement/second_annotator.jsonl): how far two annotators
following annotations/GUIDELINES.md agree, i.e. the ceiling a tagger can be expected to reach.

    LEXCOMPARE_CORPUS=../shared/corpus python benchmarks/agreement.py

Writes benchmarks/results/agreement.json.  The second annotators read the provisions and the
guidelines, never the gold lines.  Caveat: at the time the guidelines quoted the decisions of the
held-out batches by provision number, so this measures agreement given those written rulings.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from lexcompare.evaluate import Counts
from lexcompare.gold import load_gold
from lexcompare.resources import annotations_dir


def main() -> int:
    second = annotations_dir() / "agreement" / "second_annotator.jsonl"
    gold = {(g.law, g.num): g for g in load_gold()}
    elements, sdg = Counts(), Counts()
    per_law: dict[str, Counts] = defaultdict(Counts)
    per_code: dict[str, Counts] = defaultdict(Counts)
    n = 0
    for line in second.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        g = gold[(row["law"], row["num"])]
        mine, theirs = set(g.elements), set(row["elements"])
        elements.add(mine, theirs)
        sdg.add(set(g.sdg), set(row["sdg"]))
        per_law[row["law"]].add(mine, theirs)
        for code in mine | theirs:
            per_code[code].add({code} & mine, {code} & theirs)
        n += 1
    out = {
        "provisions": n,
        "elements_micro_f1": round(elements.f1, 4),
        "elements_precision": round(elements.precision, 4),
        "elements_recall": round(elements.recall, 4),
        "sdg_micro_f1": round(sdg.f1, 4),
        "per_law_elements_f1": {k: round(v.f1, 4) for k, v in sorted(per_law.items())},
        "codes_disagreed": {
            k: {"both": v.tp, "gold_only": v.fn, "second_only": v.fp}
            for k, v in sorted(per_code.items())
            if v.fp or v.fn
        },
    }
    print(json.dumps(out, indent=1))
    path = Path(__file__).parent / "results" / "agreement.json"
    path.write_text(json.dumps(out, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
