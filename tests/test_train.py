"""The classifier: trains on aligned gold items, saves, and is combined with the rules in the
pipeline, also on provisions with no text.  Synthetic fixture law, invented labels."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from lexcompare.evaluate import Aligned
from lexcompare.gold import GoldItem
from lexcompare.sources import read_law
from lexcompare.tagging.pipeline import tag_provisions
from lexcompare.train import build_model

FIXTURE = Path(__file__).parent / "fixtures" / "laws" / "model_act_en.md"

LABELS = {
    "1": (),
    "2": ("DEF.CHILD",),
    "3": ("DEF.ACT", "DEF.MEANS", "CRIM.OFFENCE", "CRIM.PENALTY"),
    "4": ("CRIM.ATTEMPT",),
    "5": ("VIC.ASSISTANCE",),
    "6": (),
}


def test_train_save_and_tag_with_model(tmp_path: Path) -> None:
    law = read_law([FIXTURE])
    aligned = []
    for p in law.citable():
        item = GoldItem(law=law.id, num=p.num, elements=LABELS[p.num], sdg=())
        aligned.append(Aligned(item, law, p))
    nlp = build_model(aligned * 4, epochs=6)
    model_dir = tmp_path / "textcat"
    nlp.to_disk(model_dir)
    assert (model_dir / "config.cfg").is_file()
    provs = list(law.citable())
    empty = replace(provs[0], eid="sec_empty", text="", heading="", children=())
    tagged = tag_provisions(law, [*provs, empty], with_model=True, model_dir=str(model_dir))
    by_num = {t.eid: t for t in tagged}
    assert by_num["sec_empty"].tags == ()
    codes3 = {t.code: t.method for t in tagged[2].tags}
    assert {"DEF.ACT", "CRIM.OFFENCE"} <= set(codes3)
    assert set(codes3.values()) <= {"rule", "model", "both"}


def test_shipped_model_is_in_the_pipeline_and_carries_no_word_list() -> None:
    from lexcompare.tagging.ontology import load_ontology
    from lexcompare.tagging.pipeline import MODEL_DIR, build_pipeline

    nlp = build_pipeline("en")
    assert nlp.pipe_names == [
        "lemmatizer",
        "sentencizer",
        "lexcompare_rules",
        "textcat_multilabel",
        "lexcompare_combine",
    ]
    labels = set(nlp.get_pipe("textcat_multilabel").labels)  # type: ignore[attr-defined]
    assert labels == set(load_ontology().codes)
    # features are hashes: the training laws' vocabulary is not shipped
    assert (MODEL_DIR / "vocab" / "strings.json").read_text(encoding="utf-8") == "[]"
    doc = nlp(
        "Whoever recruits a person by force for the purpose of forced labour commits an offence."
    )
    assert 0.0 <= min(doc.cats.values()) <= max(doc.cats.values()) <= 1.0
    # the classifier is case-insensitive: it counts lower-cased words
    upper = nlp(
        "WHOEVER RECRUITS A PERSON BY FORCE FOR THE PURPOSE OF FORCED LABOUR COMMITS AN OFFENCE."
    )
    assert upper.cats == doc.cats
