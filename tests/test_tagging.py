"""Tagging: the rule engine, the spaCy pipeline, SDG crosswalk and the `tag --format jsonl` contract.
All texts here are invented for the tests."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import yaml

from lexcompare.cli import main
from lexcompare.errors import LexcompareError
from lexcompare.resources import annotations_dir
from lexcompare.tagging import tag_text
from lexcompare.tagging.ontology import load_ontology
from lexcompare.tagging.pipeline import build_pipeline
from lexcompare.tagging.rules import _load, apply_rules, available_languages

FIXTURE = Path(__file__).parent / "fixtures" / "laws" / "model_act_en.md"

CASES = [
    (
        "offence-def",
        "Any person who recruits, transports or harbours a person by force or deception "
        "for the purpose of exploitation commits an offence.",
        {"DEF.ACT", "DEF.MEANS", "CRIM.OFFENCE"},
        set(),
    ),
    (
        "penalty",
        "A person guilty of trafficking is liable to imprisonment for ten years and a fine.",
        {"CRIM.PENALTY"},
        set(),
    ),
    (
        "consent",
        "The consent of a victim of trafficking is irrelevant where any of the means has been used.",
        {"DEF.CONSENT"},
        set(),
    ),
    (
        "child-age",
        "For the purposes of this Part a child is a person under the age of 18.",
        {"DEF.CHILD"},
        set(),
    ),
    (
        "organs",
        "Exploitation includes the removal of organs for profit, a form of trafficking.",
        {"DEF.PURPOSE.ORGANS"},
        set(),
    ),
    (
        "short-title",
        "This Act may be cited as the Model Act, 2024.",
        set(),
        {"DEF.ACT", "CRIM.OFFENCE"},
    ),
    (
        "drug-trafficking",
        "Whoever transports narcotic drugs commits an offence under the Drugs Act.",
        set(),
        {"DEF.ACT", "DEF.PURPOSE.SEXUAL"},
    ),
]


@pytest.mark.parametrize(("name", "text", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_english_rules(name: str, text: str, must: set[str], must_not: set[str]) -> None:
    tp = tag_text(text, "en", with_model=False)
    codes = {t.code for t in tp.tags}
    assert must <= codes, f"{name}: missing {must - codes}"
    assert not (must_not & codes), f"{name}: unexpected {must_not & codes}"
    for t in tp.tags:
        assert t.method in {"rule", "model", "both"}
        assert 0 < t.score <= 1
        if t.method != "model":
            assert t.evidence, f"{t.code} without evidence"
        for e in t.evidence:
            assert tp.text[e.start : e.end] == e.text
            assert e.pattern.startswith("en.") or e.pattern.startswith("xx.")


def test_sdg_reasons_state_why() -> None:
    tp = tag_text(
        "A child under 18 recruited for sexual exploitation is a victim of trafficking "
        "and the offender commits an offence punishable by imprisonment.",
        "en",
        with_model=False,
    )
    by_target = {s.target: s.because for s in tp.sdg}
    assert "16.2" in by_target and any("cue" in b for b in by_target["16.2"])
    assert "8.7" in by_target and any(b.startswith("8.7 via ") for b in by_target["8.7"])
    assert "5.2" in by_target


def test_cue_counts_without_element() -> None:
    tp = tag_text("The Minister may make regulations on migrant workers.", "en", with_model=False)
    assert {s.target for s in tp.sdg} >= {"8.8", "10.7"}


def test_every_lexicon_compiles_and_uses_known_codes() -> None:
    onto = load_ontology()
    allowed = set(onto.codes) | {f"SDG:{t}" for t in onto.target_codes}
    langs = available_languages()
    assert "en" in langs
    for lang in (*langs, "xx"):
        lex = _load(annotations_dir() / "lexicons" / f"{lang}.yaml", ())
        assert lex.rules, lang
        for r in lex.rules:
            assert r.code in allowed, f"{lang}: {r.id} has unknown code {r.code}"


def test_ontology_contract() -> None:
    onto = load_ontology()
    assert len(onto.codes) == 43 and len(set(onto.codes)) == 43
    assert {
        "DEF.ACT",
        "CRIM.USESERVICES",
        "VIC.REPATRIATION",
        "PREV.DEMAND",
        "COOP.DOCUMENTS",
        "INST.FUND",
        "GEN.SAVING",
    } <= set(onto.codes)
    assert onto.label("DEF.MEANS") == "Definition: means"


def test_bad_lexicon_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "zz.yaml"
    bad.write_text(
        yaml.safe_dump({"rules": [{"id": "a", "code": "DEF.ACT", "any": ["(unclosed"]}]})
    )
    with pytest.raises(LexcompareError) as info:
        _load(bad, ())
    assert "zz.yaml" in str(info.value)


def test_exclude_drops_inherited_rules(tmp_path: Path) -> None:
    parent = tmp_path / "pp.yaml"
    parent.write_text(
        yaml.safe_dump(
            {
                "rules": [
                    {"id": "pp.a", "code": "DEF.CHILD", "any": ["under 18"]},
                    {"id": "pp.b", "code": "DEF.ACT", "any": ["recruit"]},
                ]
            }
        )
    )
    child = tmp_path / "cc.yaml"
    child.write_text(yaml.safe_dump({"extends": ["pp"], "exclude": ["pp.a"], "rules": []}))
    assert [r.id for r in _load(child, ()).rules] == ["pp.b"]
    child.write_text(yaml.safe_dump({"extends": ["pp"], "exclude": ["pp.zz"], "rules": []}))
    with pytest.raises(LexcompareError, match=r"pp\.zz"):
        _load(child, ())


def test_sentence_scope() -> None:
    lex = _load(annotations_dir() / "lexicons" / "en.yaml", ())
    consent = [r for r in lex.rules if r.id == "en.def.consent"]
    text = "Consent is required for marriage. Age is irrelevant to the fee."
    sents = [(0, 33), (34, len(text))]
    assert apply_rules(text, consent, sents) == []
    assert apply_rules("The consent of the victim is irrelevant.", consent)


def test_tag_jsonl_contract() -> None:
    out = io.StringIO()
    assert main(["tag", str(FIXTURE), "--format", "jsonl", "--no-model"], stdout=out) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["num"] for r in rows] == ["1", "2", "3", "4", "5", "6"]
    for r in rows:
        assert {"law", "num", "eid", "heading", "text", "elements", "sdg"} <= set(r)
        for e in r["elements"]:
            assert {"code", "score", "method", "spans"} <= set(e)
            for start, end in e["spans"]:
                assert 0 <= start < end <= len(r["text"])
        for s in r["sdg"]:
            assert {"target", "because"} <= set(s) and s["because"]
    by_num = {r["num"]: {e["code"] for e in r["elements"]} for r in rows}
    assert {"DEF.ACT", "DEF.MEANS", "CRIM.OFFENCE", "CRIM.PENALTY", "DEF.CONSENT"} <= by_num["3"]
    assert "CRIM.ATTEMPT" in by_num["4"]
    assert "VIC.ASSISTANCE" in by_num["5"]
    assert "DEF.CHILD" in by_num["2"]
    assert by_num["1"] == set() and by_num["6"] == set()


def test_tag_table_format_uses_plain_labels() -> None:
    out = io.StringIO()
    assert main(["tag", str(FIXTURE), "--no-model"], stdout=out) == 0
    assert "Definition: means" in out.getvalue()


@pytest.mark.parametrize(
    ("lang", "text", "sentences"),
    [
        ("de", "Strafbar nach Art. 5 Abs. 2 Bst. a ist, wer anwirbt. Der Versuch ist strafbar.", 2),
        (
            "en",
            "An offence under s. 279.01 or para. (b) of sec. 3 is punished. Every one who recruits.",
            2,
        ),
        ("fr", "Selon l'art. 225-4 al. 2 du code, elle est punie. La tentative est punie.", 2),
        ("es", "Conforme al art. 145 inc. 2 y núm. 3 será penado. El que capte será penado.", 2),
        ("pt", "Nos termos do art. 149, inc. II do Código. Outra frase aqui.", 2),
        ("en", "The offence is punished.\n2. Whoever recruits a child is guilty.", 2),
        ("en", "It is punished. Whoever recruits is guilty.\na) the first item", 3),
        ("en", "It is punished. Whoever recruits is guilty. a person who", 2),
    ],
)
def test_legal_sentencizer_keeps_citations_inside_sentences(
    lang: str, text: str, sentences: int
) -> None:
    nlp = build_pipeline(lang, with_model=False)
    doc = nlp(text)
    assert len(list(doc.sents)) == sentences, [s.text for s in doc.sents]
