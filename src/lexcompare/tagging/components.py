"""spaCy components of ours, registered factories whose every argument is a config key.

    lexcompare_rules     lexicon rules -> doc.spans["lexcompare"] (label = code, overlaps allowed)
                         and doc.user_data["lexcompare_hits"] (rule id, score, spans)
    lexcompare_combine   rule hits + textcat_multilabel scores (doc.cats) -> final element scores
                         in doc.user_data["lexcompare_scores"]: {code: (score, method)}

Registered functions carry versioned names; never change a .v1, add a .v2.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup
from spacy.util import registry

from lexcompare.tagging.rules import Hit, Lexicon, apply_rules, load_lexicon

SPANS_KEY = "lexcompare"
DOMAIN_KEY = "lexcompare_domain"  # set on a Doc before the pipeline: provision concerns trafficking


@registry.misc("lexcompare.read_lexicon.v1")
def read_lexicon_v1(lang: str) -> Callable[[], Lexicon]:
    """Lexicon loader for a language (annotations/lexicons/<lang>.yaml, else the neutral one)."""

    def load() -> Lexicon:
        return load_lexicon(lang)

    return load


class RuleTagger:
    def __init__(self, nlp: Language, name: str, lexicon: Callable[[], Lexicon]) -> None:
        self.name = name
        self.lexicon = lexicon()

    def __call__(self, doc: Doc) -> Doc:
        sents: list[tuple[int, int]] | None = None
        if doc.has_annotation("SENT_START"):
            sents = [(s.start_char, s.end_char) for s in doc.sents]
        domain = bool(doc.user_data.get(DOMAIN_KEY, False))
        hits = apply_rules(doc.text, self.lexicon.rules, sents, domain=domain)
        group = SpanGroup(doc, name=SPANS_KEY)
        for hit in hits:
            for start, end, _pid in hit.spans:
                span = doc.char_span(start, end, label=hit.code, alignment_mode="expand")
                if span is not None:
                    group.append(span)
        doc.spans[SPANS_KEY] = group
        doc.user_data["lexcompare_hits"] = hits
        return doc


@Language.factory(
    "lexcompare_rules",
    default_config={"lexicon": {"@misc": "lexcompare.read_lexicon.v1", "lang": "xx"}},
)
def make_rule_tagger(nlp: Language, name: str, lexicon: Callable[[], Lexicon]) -> RuleTagger:
    return RuleTagger(nlp, name, lexicon)


class Combiner:
    """score = max(rule weight, model score) when both agree, the one that fired otherwise; a
    model score alone must pass `model_threshold`, rules pass when their weight passes
    `rule_threshold`.  method: "rule", "model" or "both"."""

    def __init__(
        self, name: str, rule_threshold: float, model_threshold: float, model_weight: float
    ) -> None:
        self.name = name
        self.rule_threshold = rule_threshold
        self.model_threshold = model_threshold
        self.model_weight = model_weight

    def __call__(self, doc: Doc) -> Doc:
        hits: list[Hit] = doc.user_data.get("lexcompare_hits", [])
        rule_scores: dict[str, float] = {}
        for h in hits:
            rule_scores[h.code] = max(rule_scores.get(h.code, 0.0), h.score)
        out: dict[str, tuple[float, str]] = {}
        for code, score in rule_scores.items():
            if code.startswith("SDG:"):
                continue
            model = float(doc.cats.get(code, 0.0)) if doc.cats else 0.0
            if model >= self.model_threshold and score >= self.rule_threshold:
                out[code] = (max(score, model), "both")
            elif score >= self.rule_threshold:
                out[code] = (
                    score * (1 - self.model_weight) + max(model, score * 0.5) * self.model_weight,
                    "rule",
                )
        for code, model in (doc.cats or {}).items():
            if code not in out and model >= self.model_threshold:
                out[code] = (float(model), "model")
        doc.user_data["lexcompare_scores"] = out
        return doc


@Language.factory(
    "lexcompare_combine",
    default_config={"rule_threshold": 0.5, "model_threshold": 0.8, "model_weight": 0.0},
)
def make_combiner(
    nlp: Language, name: str, rule_threshold: float, model_threshold: float, model_weight: float
) -> Combiner:
    return Combiner(name, rule_threshold, model_threshold, model_weight)
