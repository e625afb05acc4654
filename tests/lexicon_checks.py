"""Checks shared by the table-driven lexicon tests (tests/test_lexicons_<lang>.py)."""

from __future__ import annotations

from lexcompare.resources import annotations_dir
from lexcompare.tagging import tag_text
from lexcompare.tagging.ontology import load_ontology
from lexcompare.tagging.rules import _load

SDG_CUE_TARGETS = ("5.2", "16.2", "5.3", "8.7", "8.8", "10.7", "16.4")
SDG_CUES = set(SDG_CUE_TARGETS)
# the group a rule id's second part names ("en.crim.penalty" -> CRIM)
GROUP_OF_ID = {
    "def": "DEF",
    "crim": "CRIM",
    "vic": "VIC",
    "prev": "PREV",
    "coop": "COOP",
    "inst": "INST",
    "gen": "GEN",
    "sdg": "SDG",
}


def codes_of(text: str, lang: str) -> set[str]:
    """Element codes and "SDG:<target>" of an invented text; every tag's evidence must be
    present and point at the words it quotes."""
    tp = tag_text(text, lang, with_model=False)
    for t in tp.tags:
        assert t.evidence, f"{t.code} without evidence"
        for e in t.evidence:
            assert tp.text[e.start : e.end] == e.text
    return {t.code for t in tp.tags} | {f"SDG:{s.target}" for s in tp.sdg}


def check_case(name: str, text: str, lang: str, must: list[str], must_not: list[str]) -> None:
    codes = codes_of(text, lang)
    assert set(must) <= codes, f"{name}: missing {sorted(set(must) - codes)} (got {sorted(codes)})"
    assert not (set(must_not) & codes), f"{name}: unexpected {sorted(set(must_not) & codes)}"


def check_covers_every_code(lang: str) -> None:
    """The lexicon has a rule for every ontology code and SDG cue, with its own id prefix,
    known codes and weights in [0.5, 1]."""
    lex = _load(annotations_dir() / "lexicons" / f"{lang}.yaml", ())
    onto = load_ontology()
    codes = {r.code for r in lex.rules}
    assert set(onto.codes) <= codes, f"no rule for {sorted(set(onto.codes) - codes)}"
    assert {f"SDG:{t}" for t in SDG_CUE_TARGETS} <= codes
    allowed = set(onto.codes) | {f"SDG:{t}" for t in onto.target_codes}
    for r in lex.rules:
        assert r.id.startswith((f"{lang}.", "xx.")), r.id
        assert r.code in allowed, r.id
        assert 0.5 <= r.weight <= 1.0, r.id
