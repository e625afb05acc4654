"""The fast paths of the tagging pipeline give exactly what the plain ones give: the literal
prefilter of `apply_rules`, the array lemmatizer and the array sentencizer."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest
import spacy

from lexcompare import corpus as c
from lexcompare.tagging.components import sentence_bounds
from lexcompare.tagging.pipeline import provision_text
from lexcompare.tagging.rules import Hit, Rule, _compile, apply_rules, literals, load_lexicon


def plain_apply_rules(
    text: str,
    rules: Sequence[Rule],
    sentences: Sequence[tuple[int, int]] | None = None,
    *,
    domain: bool = False,
) -> list[Hit]:
    """The rule semantics written plainly: every pattern runs, no prefilter."""
    sents = list(sentences) if sentences else [(0, len(text))]
    hits: list[Hit] = []
    for rule in rules:
        if rule.gate and not domain and not any(g.search(text) for g in rule.gate):
            continue
        windows = sents if rule.scope == "sentence" else [(0, len(text))]
        spans: list[tuple[int, int, str]] = []
        for ws, we in windows:
            window = text[ws:we]
            if any(b.search(window) for b in rule.none):
                continue
            if not all(x.search(window) for x in rule.all):
                continue
            found: list[tuple[int, int, str]] = []
            matched = 0
            for k, pat in enumerate(rule.any):
                ms = list(pat.finditer(window))
                if ms:
                    matched += 1
                    found.extend(
                        (ws + m.start(), ws + m.end(), f"{rule.id}#{k}")
                        for m in ms
                        if m.end() > m.start()
                    )
            if matched >= rule.min and found:
                spans.extend(found)
        if spans:
            spans.sort()
            hits.append(Hit(rule.id, rule.code, rule.weight, tuple(spans)))
    return hits


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("harbou?r(?:s|ed|ing)", {"harbour", "harbor"}),
        ("organi[sz]ation", {"organisation", "organization"}),
        ("recruit\\w*|entic\\w+", {"recruit", "entic"}),
        ("~Menschenhandel", {"menschenhandel"}),
        ("\\d+", None),  # nothing literal to require
        ("(?:a|\\w)bc", {"bc"}),  # the longest required piece
        ("trafic(?:o)?\\s+de\\s+personas", {"personas"}),
        ("ΣΑΣ", {"ςας"}),  # σ and ς are one under re.IGNORECASE: folded to one of them
    ],
)
def test_literals(pattern: str, expected: set[str] | None) -> None:
    lits = literals(_compile(pattern, {}, "test"))
    assert (set(lits) if lits is not None else None) == expected


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("istanbul", "İSTANBUL and İstanbul"),  # İ folds to i under IGNORECASE
        ("yaşini", "YAŞINI"),  # dotless ı and i are one under IGNORECASE
        ("kasse", "\u212aasse"),  # Kelvin sign
        ("strasse", "STRAſSE"),  # long s
        ("σας", "ΣΑΣ"),
        ("µg", "μg"),  # micro sign and mu
    ],
)
def test_prefilter_keeps_what_ignorecase_matches(pattern: str, text: str) -> None:
    rx = _compile(pattern, {}, "test")
    assert rx.search(text), "the case itself must match under re.IGNORECASE"
    rule = Rule(id="t.rule", code="DEF.ACT", any=(rx,))
    assert apply_rules(text, [rule]) == plain_apply_rules(text, [rule])
    assert apply_rules(text, [rule])


SENTENCES = [
    "Whoever recruits, transports or harbours a person for the purpose of exploitation commits "
    "an offence and is liable to imprisonment for 10 years.",
    "Quiconque recrute une personne mineure en vue de l'exploiter est puni de dix ans.",
    "El que capte o traslade a una persona con fines de explotación sexual será penado.",
    "Wer eine Person unter 18 Jahren zur Prostitution veranlasst, wird bestraft.",
    "",
    "  \n  ",
    "ΣΑΣ and İstanbul and STRASSE and Straße: TRAFFICKING IN PERSONS.",
]


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de", "xx"])
@pytest.mark.parametrize("domain", [False, True])
def test_prefilter_same_hits_on_invented_texts(lang: str, domain: bool) -> None:
    rules = load_lexicon(lang).rules
    for text in SENTENCES:
        sents = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.?", text)] or None
        assert apply_rules(text, rules, sents, domain=domain) == plain_apply_rules(
            text, rules, sents, domain=domain
        )


@pytest.mark.parametrize(
    "law_id",
    [
        "fra/code-penal",
        "mex/lgpsedmtp-2012",
        "can/immigration-refugee-protection-act-i-2.5",
        "deu/stgb-bundestag",
        "bra/codigo-penal-planalto",
        "nld/wetboek-van-strafrecht",
        "grc/nomos-3064-2002",
    ],
)
def test_prefilter_same_hits_on_corpus_laws(law_id: str) -> None:
    law = c.load_law(law_id)
    rules = load_lexicon(law.language).rules
    nlp = spacy.blank("xx")
    nlp.add_pipe("lexcompare_sentencizer")
    provisions = list(law.citable())[:150]
    assert provisions
    for p in provisions:
        text = provision_text(p)
        sents = sentence_bounds(nlp(text))
        for domain in (False, True):
            assert apply_rules(text, rules, sents, domain=domain) == plain_apply_rules(
                text, rules, sents, domain=domain
            ), (law_id, p.num)


TEXTS = [
    "The children were recruited.  Then they ran away! Persons trafficked were found\n\nNew para.",
    "x",
    "  ",
    "!!",
    'Women and girls went; men walked...!? (1) Yes." No.',
    "Les enfants ont été recrutés. Ils sont partis.",
]


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de"])
def test_array_lemmatizer_and_sentencizer_match_spacy(lang: str) -> None:
    ours = spacy.blank(lang)
    ours.add_pipe("lexcompare_lemmatizer", config={"mode": "lookup"})
    ours.initialize()
    ours.add_pipe("lexcompare_sentencizer")
    ref = spacy.blank(lang)
    ref.add_pipe("lemmatizer", config={"mode": "lookup"})
    ref.initialize()
    ref.add_pipe("sentencizer")
    for text in TEXTS:
        a, b = ours(text), ref(text)
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
        assert [t.is_sent_start for t in a] == [t.is_sent_start for t in b]
        assert sentence_bounds(a) == ([(s.start_char, s.end_char) for s in b.sents] or None)


def test_array_sentencizer_matches_spacy_on_random_texts() -> None:
    """Random mixes of words, sentence-final and other punctuation, and spaces."""
    import random

    pieces = ["word", "Word", "a", "1", ".", "!", "?", "...", ",", ";", "(", ")", '"', "\n", "Art."]
    ours = spacy.blank("en")
    ours.add_pipe("lexcompare_sentencizer")
    ref = spacy.blank("en")
    ref.add_pipe("sentencizer")
    rng = random.Random(5)
    for _ in range(400):
        text = "".join(
            rng.choice(pieces) + rng.choice(["", " ", " ", "  "]) for _ in range(rng.randint(0, 25))
        )
        a, b = ours(text), ref(text)
        assert [t.is_sent_start for t in a] == [t.is_sent_start for t in b], repr(text)
