"""Segmentation benchmark: does `lexcompare.segment.segment` find the citable provisions that the
structured sources spell out?

For every structured source in the corpus (Justice Canada XML, Akoma Ntoso, provisions JSON, and
markdown whose headings carry the designations) the law is read with `lexcompare.sources.read_law`,
rendered to plain text as an official plain-text print would show it (designation and heading on
one line, then the text; subdivisions as "(1) ..."; no markup, no editorial notes), segmented again
with `segment()` (no hints), and the citable provisions are compared: a provision counts as matched
when its num and its first and last line agree with the structured parse.

    LEXCOMPARE_CORPUS=/work/shared/corpus python benchmarks/segmentation.py [--law ID ...] [--json]

Prints precision / recall / F1 per law and overall (micro-averaged over provisions) and writes
the figures to benchmarks/results/segmentation.json.  Readers that do not exist yet are reported
as "reader missing".  The acceptance bar is overall F1 >= 0.98.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lexcompare.errors import LexcompareError
from lexcompare.model import CITABLE_KINDS, SUBDIVISION_KINDS, Law, Provision
from lexcompare.segment import segment
from lexcompare.sources import ALIASES, FORMATS, LawMeta, read_law
from lexcompare.text import normalise

BAR = 0.98
STRUCTURED = {"justice-canada-xml", "akn", "provisions-json", "markdown"}
RESULTS = Path(__file__).resolve().parent / "results" / "segmentation.json"
# A markdown source counts as structured when (nearly) every citable provision it yields has a
# markdown heading line that carries a designation.
_MD_DESIGNATION = re.compile(
    r"^\s{0,3}#{1,6}\s*\**\s*(?:§|[0-9]|[^\W\d_][^\s]{0,14}\.?\s+[0-9IVXLC]|Άρθρο|المادة)",
    re.M,
)


@dataclass
class Rendered:
    text: str
    expected: list[tuple[str, int, int]]  # (num, first line, last line) of each citable unit


@dataclass
class Result:
    law: str
    status: str
    expected: int = 0
    predicted: int = 0
    matched: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


# --------------------------------------------------------------------------------------------
# Corpus selection
# --------------------------------------------------------------------------------------------


def manifest(corpus: Path) -> list[dict[str, Any]]:
    rows = [
        json.loads(line)
        for line in (corpus / "MANIFEST.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    seen: Counter[str] = Counter()
    for row in rows:  # the manifest lists one id twice (PDF+md and provisions JSON)
        seen[row["id"]] += 1
        if seen[row["id"]] > 1 and row["format"] == "provisions-json":
            row["id"] = f"{row['id']}@json"
    return rows


def structured_entries(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        fmt = ALIASES.get(row["format"], row["format"])
        if fmt in STRUCTURED:
            out.append({**row, "reader": fmt})
    return out


def law_files(corpus: Path, row: dict[str, Any]) -> list[Path]:
    files = [corpus / f for f in row["files"] if not f.endswith("metadata.json")]
    if any("chunck-" in f.name for f in files):
        files.sort(key=lambda p: int(re.search(r"(\d+)\.md$", p.name).group(1)))  # type: ignore[union-attr]
    return files


def reader_available(fmt: str) -> bool:
    try:
        importlib.import_module(FORMATS[fmt])
    except ModuleNotFoundError:
        return False
    return True


# --------------------------------------------------------------------------------------------
# Rendering a structured law as a plain-text print
# --------------------------------------------------------------------------------------------


# How official prints place the label when it follows the number, by language.
_POSTFIX = {
    "hu": "{num}. §",
    "is": "{num}. gr.",
    "sl": "{num}. člen",
    "lt": "{num} straipsnis",
    "lv": "{num}. pants",
    "sv": "{num} §",
}
_CJK = {"zh": "第 {num} 條", "ja": "第{num}条"}
_KIND_WORDS = {
    "book": "Book",
    "part": "Part",
    "title": "Title",
    "subtitle": "Subtitle",
    "chapter": "Chapter",
    "subchapter": "Subchapter",
    "division": "Division",
    "subdivision": "Subdivision",
    "schedule": "Schedule",
}


def designation(p: Provision, lang: str) -> str:
    """The designation as an official print of that language shows it."""
    if p.kind in CITABLE_KINDS and p.num:
        if lang in _POSTFIX:
            num = p.num.split(":")[-1] if lang == "sv" else p.num
            return _POSTFIX[lang].format(num=num)
        if lang in _CJK:
            base, _, sub = p.num.partition("-")
            text = _CJK[lang].format(num=base)
            return text + (("の" if lang == "ja" else "之") + sub if sub else "")
        return p.designation()
    if p.kind not in CITABLE_KINDS and p.num and not p.label:
        if lang == "sv" and p.kind == "chapter":
            return f"{p.num} kap."
        return f"{_KIND_WORDS.get(p.kind, p.kind.title())} {p.num}"
    return p.designation()


class _Printer:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.default_label = ""  # printed for citable units whose parse lost the label
        self.lines: list[str] = []
        self.expected: list[tuple[str, int, int]] = []

    def emit(self, text: str) -> None:
        for line in normalise(text).split("\n"):
            if line.strip():
                self.lines.append(line.strip())

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def last(self) -> int:
        k = len(self.lines) - 1
        while k >= 0 and not self.lines[k]:
            k -= 1
        return k

    def provision(self, p: Provision, in_unit: bool) -> None:
        if p.kind in SUBDIVISION_KINDS or in_unit:
            marker = f"({p.num})" if p.num and not p.label else p.designation()
            head = f"{marker} {p.heading}".strip() if p.heading else marker
            first = p.text.split("\n", 1)
            if p.heading:
                self.emit(head)
                self.emit(p.text)
            else:
                self.emit(f"{marker} {first[0]}".strip())
                if len(first) > 1:
                    self.emit(first[1])
            for c in p.children:
                self.provision(c, True)
            return
        self.blank()
        start = len(self.lines)
        designation_ = designation(p, self.lang)
        if (
            p.kind in CITABLE_KINDS
            and p.num
            and not p.label
            and self.default_label
            and self.lang not in _POSTFIX
            and self.lang not in _CJK
        ):
            designation_ = f"{self.default_label} {designation_}"
        if p.kind in CITABLE_KINDS:
            if p.heading or not p.text or p.label or self.lang in _POSTFIX or self.lang in _CJK:
                self.emit(f"{designation_} {p.heading}".strip())
                self.emit(p.text)
            else:
                # bare number, no heading: the text starts on the designation line
                # ("1 Section 7 of the Act is amended ...", as Canadian annual statutes print)
                first, _, more = p.text.partition("\n")
                self.emit(f"{designation_} {first}".strip())
                self.emit(more)
            for c in p.children:
                self.provision(c, True)
            self.expected.append((p.num, start, self.last()))
            return
        self.emit(f"{designation_} {p.heading}".strip() or p.heading or designation_)
        if p.text:
            self.emit(p.text)
        for c in p.children:
            self.provision(c, False)


def render(law: Law) -> Rendered:
    printer = _Printer(law.language)
    labels = Counter(p.label for p in law.citable() if p.label)
    printer.default_label = labels.most_common(1)[0][0] if labels else ""
    for p in law.provisions:
        printer.provision(p, False)
    return Rendered("\n".join(printer.lines), printer.expected)


# --------------------------------------------------------------------------------------------
# Comparison
# --------------------------------------------------------------------------------------------


def _line_index(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def predicted_units(text: str, lang: str) -> list[tuple[str, int, int]]:
    import bisect

    starts = _line_index(text)
    law_units: list[tuple[str, int, int]] = []

    def walk(ps: tuple[Provision, ...]) -> None:
        for p in ps:
            if p.kind in CITABLE_KINDS:
                first = bisect.bisect_right(starts, p.start) - 1
                last = bisect.bisect_right(starts, max(p.start, p.end - 1)) - 1
                law_units.append((p.num, first, last))
            else:
                walk(p.children)

    walk(segment(text, lang).provisions)
    return law_units


def compare(expected: list[tuple[str, int, int]], predicted: list[tuple[str, int, int]]) -> int:
    return sum((Counter(expected) & Counter(predicted)).values())


def is_explicit_markdown(files: list[Path], law: Law) -> bool:
    heads = sum(len(_MD_DESIGNATION.findall(f.read_text("utf-8", errors="replace"))) for f in files)
    units = sum(1 for _ in law.citable())
    return units >= 3 and 0.8 <= heads / units <= 1.5


def run_one(corpus: Path, row: dict[str, Any]) -> Result:
    lid, fmt = row["id"], row["reader"]
    if not reader_available(fmt):
        return Result(lid, "reader missing")
    files = law_files(corpus, row)
    t0 = time.perf_counter()
    meta = LawMeta(
        id=lid,
        country=row.get("country", ""),
        title=row.get("title", ""),
        year=row.get("year"),
        language=row.get("language", ""),
    )
    try:
        law = read_law(files, meta, fmt=fmt)
    except LexcompareError as e:
        return Result(lid, f"read error: {e}")
    except NotImplementedError as e:
        return Result(lid, f"reader incomplete: {e}")
    if fmt == "markdown" and not is_explicit_markdown(files, law):
        return Result(lid, "skipped: markdown without designation headings")
    rendered = render(law)
    if not rendered.expected:
        return Result(lid, "skipped: structured parse has no citable provisions")
    numbered = [u for u in rendered.expected if u[0]]
    if len(numbered) < 0.5 * len(rendered.expected):
        return Result(lid, "skipped: structured parse has no designations")
    predicted = predicted_units(rendered.text, row.get("language", ""))
    matched = compare(rendered.expected, predicted)
    res = Result(
        lid, "ok", len(rendered.expected), len(predicted), matched, time.perf_counter() - t0
    )
    missing = Counter(rendered.expected) - Counter(predicted)
    extra = Counter(predicted) - Counter(rendered.expected)
    res.errors = [f"missing {n!r} lines {a}-{b}" for (n, a, b) in list(missing)[:5]] + [
        f"extra {n!r} lines {a}-{b}" for (n, a, b) in list(extra)[:5]
    ]
    return res


def summarise(results: list[Result]) -> dict[str, Any]:
    ok = [r for r in results if r.status == "ok"]
    exp = sum(r.expected for r in ok)
    pred = sum(r.predicted for r in ok)
    match = sum(r.matched for r in ok)
    p = match / pred if pred else 0.0
    rec = match / exp if exp else 0.0
    f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
    return {
        "laws": len(ok),
        "expected": exp,
        "predicted": pred,
        "matched": match,
        "precision": round(p, 4),
        "recall": round(rec, 4),
        "f1": round(f1, 4),
        "bar": BAR,
        "passes": f1 >= BAR,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--law", action="append", default=[], help="only this law id (repeatable)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--verbose", "-v", action="store_true", help="show mismatches per law")
    args = ap.parse_args(argv)
    corpus_dir = os.environ.get("LEXCOMPARE_CORPUS")
    if not corpus_dir:
        print("set LEXCOMPARE_CORPUS to the corpus directory", file=sys.stderr)
        return 2
    corpus = Path(corpus_dir)
    rows = structured_entries(manifest(corpus))
    if args.law:
        rows = [r for r in rows if r["id"] in args.law]
    results = [run_one(corpus, r) for r in rows]
    overall = summarise(results)
    payload = {
        "overall": overall,
        "laws": [
            {
                "law": r.law,
                "status": r.status,
                "expected": r.expected,
                "predicted": r.predicted,
                "matched": r.matched,
                "precision": round(r.precision, 4),
                "recall": round(r.recall, 4),
                "f1": round(r.f1, 4),
                "seconds": round(r.seconds, 2),
                "errors": r.errors,
            }
            for r in results
        ],
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(payload, indent=2, ensure_ascii=False, sort_keys=True) + "\n", "utf-8"
    )
    if args.json:
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return 0
    width = max((len(r.law) for r in results), default=10)
    for r in results:
        if r.status == "ok":
            print(
                f"{r.law:<{width}}  P={r.precision:.3f} R={r.recall:.3f} F1={r.f1:.3f}  "
                f"({r.matched}/{r.expected} expected, {r.predicted} found)"
            )
            if args.verbose:
                for e in r.errors:
                    print(f"{'':<{width}}    {e}")
        else:
            print(f"{r.law:<{width}}  {r.status}")
    print(
        f"\noverall: P={overall['precision']:.4f} R={overall['recall']:.4f} "
        f"F1={overall['f1']:.4f} over {overall['laws']} laws "
        f"({overall['matched']}/{overall['expected']}); bar F1 >= {BAR}: "
        f"{'PASS' if overall['passes'] else 'FAIL'}"
    )
    print(f"written to {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
