"""Train the multilabel classifier (spaCy textcat_multilabel, bag-of-words) on annotations/gold.

    lexcompare train            # writes src/lexcompare/data/textcat (shipped with the package)

The held-out laws of annotations/splits.yaml are never used unless --include-test is given (and
then no reported figure may use the model).  Training is deterministic for a given seed.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch  # type: ignore[attr-defined]

import lexcompare.tagging.textcat  # noqa: F401  (registers the architecture)
from lexcompare.errors import LexcompareError
from lexcompare.evaluate import Aligned, align
from lexcompare.gold import held_out_laws, load_gold
from lexcompare.tagging.ontology import load_ontology
from lexcompare.tagging.pipeline import MODEL_DIR, provision_text

TEXTCAT_CONFIG: dict[str, Any] = {
    "threshold": 0.5,
    "model": {
        "@architectures": "lexcompare.TextCatBOW.v1",
        "ngram_size": 1,  # bigrams crash thinc on empty or one-token texts
        "length": 16384,  # 2**14 hashed features: small enough to ship with the package
        "attr": "LOWER",
    },
}
EPOCHS = 12
LEARN_RATE = 0.001


def build_model(
    aligned: Sequence[Aligned],
    *,
    epochs: int = EPOCHS,
    seed: int = 7,
    learn_rate: float = LEARN_RATE,
) -> Language:
    """A blank multilingual pipeline with a trained textcat_multilabel."""
    fix_random_seed(seed)
    codes = sorted({c for a in aligned for c in a.item.elements})
    if not codes:
        raise LexcompareError(
            "no labelled element in the training data", remedy="Add gold annotations with elements"
        )
    nlp = spacy.blank("xx")
    textcat = nlp.add_pipe("textcat_multilabel", config=TEXTCAT_CONFIG)
    for code in codes:
        textcat.add_label(code)  # type: ignore[attr-defined]
    examples = []
    for a in aligned:
        text = provision_text(a.provision)
        cats = {c: float(c in a.item.elements) for c in codes}
        examples.append(Example.from_dict(nlp.make_doc(text), {"cats": cats}))
    optimizer = nlp.initialize(lambda: examples)
    optimizer.learn_rate = learn_rate
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=16):  # type: ignore[no-untyped-call]
            nlp.update(batch, sgd=optimizer, drop=0.1)
    return nlp


def train(
    corpus: str | Path | None = None,
    *,
    out_dir: Path | None = None,
    epochs: int = 12,
    include_test: bool = False,
    seed: int = 7,
) -> dict[str, Any]:
    items = load_gold()
    test = held_out_laws()
    chosen = [i for i in items if include_test or i.law not in test]
    aligned, missing = align(chosen, corpus)
    nlp = build_model(aligned, epochs=epochs, seed=seed)
    target = out_dir or MODEL_DIR
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target)
    # The bag-of-words features are hashes; the word list spaCy saves beside them would be the
    # vocabulary of the training laws, which the package must not carry.  Scores are unchanged.
    (target / "vocab" / "strings.json").write_text("[]", encoding="utf-8")
    onto = load_ontology()
    labels = nlp.get_pipe("textcat_multilabel").labels  # type: ignore[attr-defined]
    return {
        "model": str(target),
        "provisions": len(aligned),
        "laws": len({a.item.law for a in aligned}),
        "unmatched": len(missing),
        "labels": len(labels),
        "labels_missing": sorted(set(onto.codes) - set(labels)),
        "epochs": epochs,
        "seed": seed,
        "include_test": include_test,
    }
