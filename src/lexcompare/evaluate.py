"""Precision, recall and F1 of the tagger against annotations/gold, honestly measured.

- Elements per code, per group, SDG targets per target; micro and macro averages; per language.
- Split grouped by law: the held-out laws of annotations/splits.yaml ("never-read": nobody
  consulted their text while writing rules) are reported apart from the development laws.
- The trained classifier is cross-validated grouped by law: a law's provisions are predicted by a
  model that never saw any provision of that law.
- A plain keyword baseline (any lexicon keyword anywhere in the provision, no context rules, no
  model) is scored on the same items, so the gain is visible.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lexcompare.corpus import load_law
from lexcompare.errors import LexcompareError
from lexcompare.gold import GoldItem, held_out_laws, held_out_rounds, load_gold
from lexcompare.model import Law, Provision
from lexcompare.tagging.ontology import load_ontology


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: set[str], pred: set[str]) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "support": self.tp + self.fn,
        }


@dataclass(frozen=True)
class Prediction:
    elements: frozenset[str]
    sdg: frozenset[str]


@dataclass
class Report:
    """Scores of one system on one set of items."""

    system: str
    split: str
    n_provisions: int = 0
    elements: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    groups: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    targets: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_language: dict[str, dict[str, Counts]] = field(default_factory=dict)

    def add(self, lang: str, gold: GoldItem, pred: Prediction) -> None:
        self.n_provisions += 1
        ge, pe = set(gold.elements), set(pred.elements)
        for code in ge | pe:
            self.elements[code].add(ge & {code}, pe & {code})
            group = code.split(".")[0]
            self.groups[group].add(ge & {code}, pe & {code})
        gs, ps = set(gold.sdg), set(pred.sdg)
        for t in gs | ps:
            self.targets[t].add(gs & {t}, ps & {t})
        lang_counts = self.by_language.setdefault(
            lang, {"elements": Counts(), "sdg": Counts(), "n": Counts()}
        )
        lang_counts["elements"].add(ge, pe)
        lang_counts["sdg"].add(gs, ps)
        lang_counts["n"].tp += 1

    @staticmethod
    def _micro(table: dict[str, Counts]) -> Counts:
        total = Counts()
        for c in table.values():
            total.tp += c.tp
            total.fp += c.fp
            total.fn += c.fn
        return total

    @staticmethod
    def _macro(table: dict[str, Counts]) -> float:
        supported = [c.f1 for c in table.values() if c.tp + c.fn > 0]
        return sum(supported) / len(supported) if supported else 0.0

    def summary(self) -> dict[str, Any]:
        return {
            "system": self.system,
            "split": self.split,
            "provisions": self.n_provisions,
            "elements_micro": self._micro(self.elements).as_dict(),
            "elements_macro_f1": round(self._macro(self.elements), 4),
            "sdg_micro": self._micro(self.targets).as_dict(),
            "sdg_macro_f1": round(self._macro(self.targets), 4),
            "per_element": {k: v.as_dict() for k, v in sorted(self.elements.items())},
            "per_group": {k: v.as_dict() for k, v in sorted(self.groups.items())},
            "per_target": {k: v.as_dict() for k, v in sorted(self.targets.items())},
            "per_language": {
                lang: {
                    "provisions": c["n"].tp,
                    "elements": c["elements"].as_dict(),
                    "sdg": c["sdg"].as_dict(),
                }
                for lang, c in sorted(self.by_language.items())
            },
        }


Predictor = Callable[[Law, Sequence[Provision]], list[Prediction]]


def system_predictor(with_model: bool = True, model_dir: str | None = None) -> Predictor:
    from lexcompare.tagging.pipeline import tag_provisions

    def predict(law: Law, provs: Sequence[Provision]) -> list[Prediction]:
        tagged = tag_provisions(law, provs, with_model=with_model, model_dir=model_dir)
        return [
            Prediction(frozenset(t.code for t in tp.tags), frozenset(s.target for s in tp.sdg))
            for tp in tagged
        ]

    return predict


def keyword_predictor() -> Predictor:
    """Baseline: an element is predicted when any of its lexicon keywords occurs anywhere."""
    from lexcompare.tagging.pipeline import provision_text
    from lexcompare.tagging.rules import load_lexicon
    from lexcompare.tagging.sdg import load_crosswalk

    cw = load_crosswalk()

    def predict(law: Law, provs: Sequence[Provision]) -> list[Prediction]:
        lex = load_lexicon(law.language)
        out = []
        for p in provs:
            text = provision_text(p)
            codes = {r.code for r in lex.rules if any(pat.search(text) for pat in r.any)}
            elements = {c for c in codes if not c.startswith("SDG:")}
            sdg = {c[4:] for c in codes if c.startswith("SDG:")}
            for e in elements:
                sdg.update(cw.targets_for(e))
            out.append(Prediction(frozenset(elements), frozenset(sdg)))
        return out

    return predict


@dataclass(frozen=True)
class Aligned:
    item: GoldItem
    law: Law
    provision: Provision


def align(
    items: Iterable[GoldItem], corpus: str | Path | None = None, cache: dict[str, Law] | None = None
) -> tuple[list[Aligned], list[GoldItem]]:
    """Find each gold item's provision in the parsed law; return (aligned, unmatched)."""
    laws = cache if cache is not None else {}
    aligned, missing = [], []
    for item in items:
        if item.law not in laws:
            laws[item.law] = load_law(item.law, corpus)
        law = laws[item.law]
        p = law.find(item.num)
        if p is None:
            missing.append(item)
        else:
            aligned.append(Aligned(item, law, p))
    return aligned, missing


def run(aligned: Sequence[Aligned], predictor: Predictor, system: str, split: str) -> Report:
    report = Report(system, split)
    by_law: dict[str, list[Aligned]] = defaultdict(list)
    for a in aligned:
        by_law[a.law.id].append(a)
    for group in by_law.values():
        law = group[0].law
        preds = predictor(law, [a.provision for a in group])
        for a, pred in zip(group, preds, strict=True):
            report.add(law.language, a.item, pred)
    return report


def evaluate(
    corpus: str | Path | None = None,
    *,
    with_model: bool = True,
    gold: Sequence[GoldItem] | None = None,
    split: str | None = None,
    languages: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Score the system and the keyword baseline; `split` limits to "never-read" or
    "development" laws (rule writers look at development figures only)."""
    items = list(gold if gold is not None else load_gold())
    test = held_out_laws()
    if split == "development":
        items = [i for i in items if i.law not in test]
    elif split == "never-read":
        items = [i for i in items if i.law in test]
    if not items:
        raise LexcompareError(
            "no gold annotations found",
            remedy="Add annotations/gold/*.jsonl (see annotations/README.md)",
        )
    cache: dict[str, Law] = {}
    aligned, missing = align(items, corpus, cache)
    if languages:
        aligned = [a for a in aligned if a.law.language in languages]
    splits = {
        "never-read": [a for a in aligned if a.item.law in test],
        "development": [a for a in aligned if a.item.law not in test],
    }
    results: dict[str, Any] = {
        "unmatched": [{"law": m.law, "num": m.num} for m in missing],
        "reports": [],
    }
    rounds = held_out_rounds()
    for name, laws in sorted(rounds.items()):
        if name != "1" and len(rounds) > 1:
            # later annotation rounds: annotated after earlier never-read figures were seen
            splits[f"never-read round {name}"] = [
                a for a in splits["never-read"] if a.item.law in laws
            ]
    for split, subset in splits.items():
        if not subset:
            continue
        if with_model:
            report = _run_with_model(split, subset, splits["development"])
        else:
            report = run(subset, system_predictor(False), "lexcompare", split)
        results["reports"].append(report.summary())
        results["reports"].append(
            run(subset, keyword_predictor(), "keyword-baseline", split).summary()
        )
    return results


def format_table(results: dict[str, Any]) -> str:
    onto = load_ontology()
    lines = []
    for r in results["reports"]:
        em, sm = r["elements_micro"], r["sdg_micro"]
        lines.append(f"== {r['system']} on {r['split']} laws ({r['provisions']} provisions)")
        lines.append(
            f"   elements micro P/R/F1 {em['precision']:.3f} {em['recall']:.3f} "
            f"{em['f1']:.3f}  macro-F1 {r['elements_macro_f1']:.3f}"
        )
        lines.append(
            f"   SDG      micro P/R/F1 {sm['precision']:.3f} {sm['recall']:.3f} "
            f"{sm['f1']:.3f}  macro-F1 {r['sdg_macro_f1']:.3f}"
        )
        for lang, d in r["per_language"].items():
            lines.append(
                f"   {lang}: {d['provisions']:>4} provisions  elements F1 "
                f"{d['elements']['f1']:.3f}  SDG F1 {d['sdg']['f1']:.3f}"
            )
        if r["system"] == "lexcompare":
            lines.append(
                "   per group: "
                + "  ".join(f"{g} {c['f1']:.2f}" for g, c in r["per_group"].items())
            )
            for code, c in r["per_element"].items():
                if c["support"] or c["fp"]:
                    lines.append(
                        f"     {code:<22} P {c['precision']:.2f} R {c['recall']:.2f} "
                        f"F1 {c['f1']:.2f} n={c['support']:<4} {onto.label(code)}"
                    )
    if results["unmatched"]:
        lines.append(f"{len(results['unmatched'])} gold provisions not found in the parsed laws")
    return "\n".join(lines)


def _run_with_model(
    split: str, subset: Sequence[Aligned], development: Sequence[Aligned], folds: int = 5
) -> Report:
    """Rules + classifier, the classifier never trained on a provision of the law it predicts:
    development laws by cross-validation grouped by law, never-read laws by a model trained on
    all development laws."""
    import tempfile

    from lexcompare.train import build_model

    report = Report("lexcompare", split)
    with tempfile.TemporaryDirectory() as tmp:
        if split == "development":
            groups = grouped_folds([a.item.law for a in subset], folds)
        else:
            groups = [sorted({a.item.law for a in subset})]
        for k, test_ids in enumerate(groups):
            train_set = [a for a in development if a.item.law not in test_ids]
            model_dir = str(Path(tmp) / f"fold{k}")
            build_model(train_set).to_disk(model_dir)
            part = [a for a in subset if a.item.law in test_ids]
            fold_report = run(part, system_predictor(True, model_dir), "lexcompare", split)
            _merge(report, fold_report)
    return report


def _merge(into: Report, other: Report) -> None:
    into.n_provisions += other.n_provisions
    for table_name in ("elements", "groups", "targets"):
        mine: dict[str, Counts] = getattr(into, table_name)
        for k, c in getattr(other, table_name).items():
            mine[k].tp += c.tp
            mine[k].fp += c.fp
            mine[k].fn += c.fn
    for lang, d in other.by_language.items():
        mine_l = into.by_language.setdefault(
            lang, {"elements": Counts(), "sdg": Counts(), "n": Counts()}
        )
        for key in ("elements", "sdg", "n"):
            mine_l[key].tp += d[key].tp
            mine_l[key].fp += d[key].fp
            mine_l[key].fn += d[key].fn


def grouped_folds(laws: Sequence[str], k: int, seed: int = 13) -> list[list[str]]:
    """Split law ids into k folds (every law's provisions stay in one fold)."""
    ids = sorted(set(laws))
    random.Random(seed).shuffle(ids)
    return [ids[i::k] for i in range(k)]


def write_results(results: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(results, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )
