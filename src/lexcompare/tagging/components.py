"""spaCy components of ours, registered factories whose every argument is a config key.

    lexcompare_lemmatizer
                         spaCy's lookup lemmatizer (tables from spacy-lookups-data), with the
                         lookup done once per distinct word of a doc instead of once per token
    lexcompare_sentencizer
                         spaCy's rule-based `Sentencizer`, same rule and punctuation, computed
                         on token arrays instead of Token objects
    lexcompare_rules     lexicon rules -> doc.spans["lexcompare"] (label = code, overlaps allowed)
                         and doc.user_data["lexcompare_hits"] (rule id, score, spans)
    lexcompare_combine   rule hits + textcat_multilabel scores (doc.cats) -> final element scores
                         in doc.user_data["lexcompare_scores"]: {code: (score, method)}

Registered functions carry versioned names; never change a .v1, add a .v2.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from spacy.attrs import (
    IDX,
    IS_ALPHA,
    IS_DIGIT,
    IS_LOWER,
    IS_PUNCT,
    IS_SPACE,
    LEMMA,
    LENGTH,
    LOWER,
    ORTH,
    SENT_START,
    SPACY,
)
from spacy.language import Language
from spacy.pipeline import Lemmatizer, Sentencizer
from spacy.tokens import Doc, SpanGroup
from spacy.util import registry

from lexcompare.tagging.rules import Hit, Lexicon, apply_rules, load_lexicon

SPANS_KEY = "lexcompare"
DOMAIN_KEY = "lexcompare_domain"  # set on a Doc before the pipeline: provision concerns trafficking
TEXT_KEY = "lexcompare_text"  # the text the Doc was made from (Doc.text rebuilds it token by token)


def doc_text(doc: Doc) -> str:
    """The Doc's text: the one it was made from when the caller kept it in user_data (the
    tokenizer never changes a character), else `doc.text`."""
    text = doc.user_data.get(TEXT_KEY)
    if isinstance(text, str) and len(doc) and len(text) == doc[-1].idx + len(doc[-1].text_with_ws):
        return text
    return str(doc.text)


@registry.misc("lexcompare.read_lexicon.v1")
def read_lexicon_v1(lang: str) -> Callable[[], Lexicon]:
    """Lexicon loader for a language (annotations/lexicons/<lang>.yaml, else the neutral one)."""

    def load() -> Lexicon:
        return load_lexicon(lang)

    return load


class LookupLemmatizer(Lemmatizer):
    """spaCy's `Lemmatizer` in lookup mode, same tables and same lemmas, vectorised: the table
    is consulted once per distinct word form (and remembered), lemmas are written with
    `Doc.from_array`.  Other modes behave as spaCy's."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lemma_of: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "lookup" or not len(doc):
            done: Doc = super().__call__(doc)
            return done
        table = self.lookups.get_table("lemma_lookup", {})
        strings = doc.vocab.strings
        orths = doc.to_array([ORTH])
        current = doc.to_array([LEMMA])
        unique, inverse = np.unique(orths, return_inverse=True)
        lemmas = np.empty(len(unique), dtype="uint64")
        memo = self._lemma_of
        for i, orth in enumerate(unique.tolist()):
            lemma = memo.get(orth)
            if lemma is None:
                word = strings[orth]
                found = table.get(word, word)
                if not isinstance(
                    found, str
                ):  # some tables list several lemmas: spaCy takes the first
                    found = found[0] if found else word
                lemma = strings.add(found)
                memo[orth] = lemma
            lemmas[i] = lemma
        values = lemmas[inverse]
        if not self.overwrite:
            values = np.where(current != 0, current, values)
        doc.from_array([LEMMA], values.reshape(-1, 1).astype("uint64"))  # type: ignore[arg-type]
        return doc


@Language.factory(
    "lexcompare_lemmatizer",
    assigns=["token.lemma"],
    default_config={
        "model": None,
        "mode": "lookup",
        "overwrite": False,
        "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"},
    },
)
def make_lookup_lemmatizer(
    nlp: Language,
    model: Any,
    name: str,
    mode: str,
    overwrite: bool,
    scorer: Callable[..., Any] | None,
) -> LookupLemmatizer:
    return LookupLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)


# Abbreviations of legal citations in the supported languages: a full stop right after one of
# them ("Art. 5 Abs. 2", "s. 279.01", "al. 2", "inc. II", "No. 4") does not end a sentence.
LEGAL_ABBREVIATIONS = [
    "art",
    "arts",
    "artt",
    "art.º",
    "abs",
    "al",
    "alin",
    "bst",
    "ch",
    "chap",
    "cap",
    "cf",
    "cfr",
    "cpv",
    "ds",
    "fasc",
    "inc",
    "incs",
    "let",
    "lit",
    "lett",
    "n",
    "nn",
    "no",
    "nos",
    "nº",
    "núm",
    "num",
    "nr",
    "nrs",
    "p",
    "pp",
    "par",
    "para",
    "paras",
    "parr",
    "r",
    "rs",
    "s",
    "ss",
    "sec",
    "secs",
    "sect",
    "ser",
    "sr",
    "st",
    "sub",
    "subs",
    "v",
    "vgl",
    "ziff",
    "zif",
    "gem",
    "bzw",
    "ggf",
    "ca",
    "etc",
    "ibid",
    "id",
    "op",
    "cit",
    "resp",
]


def _in_sorted(values: Any, sorted_values: Any) -> Any:
    """`np.isin(values, sorted_values)` for a sorted, non-empty second array (binary search: no
    sorting or hashing per call)."""
    if not len(sorted_values):
        return np.zeros(len(values), dtype=bool)
    pos = np.searchsorted(sorted_values, values)
    pos[pos == len(sorted_values)] = 0
    return sorted_values[pos] == values


class ArraySentencizer(Sentencizer):  # type: ignore[misc]
    """spaCy's `Sentencizer` (a sentence ends after a run of sentence-final punctuation), same
    decisions, computed on token arrays: no Python object per token.

    With `legal=True` a full stop does not end a sentence when it is attached to a citation
    abbreviation (`LEGAL_ABBREVIATIONS`) or to a single letter, or when the next word starts in
    lower case or is a number: statutes cite "Art. 5 Abs. 2" and "s. 279.01" mid-sentence."""

    legal = False

    def _hashes(self, doc: Doc, name: str, strings: Sequence[str]) -> Any:
        """The string-store hashes of `strings` as a sorted array, computed once per pipe."""
        cache: dict[str, Any] = self.__dict__.setdefault("_hash_arrays", {})
        if name not in cache:
            cache[name] = np.array(
                sorted({int(doc.vocab.strings.add(x)) for x in strings}), dtype="uint64"
            )
        return cache[name]

    def predict(self, docs: Any) -> list[Any]:
        guesses: list[Any] = []  # per doc, a bool array: token starts a sentence
        for doc in docs:
            n = len(doc)
            if not n:
                guesses.append(np.zeros(0, dtype=bool))
                continue
            arr = doc.to_array([ORTH, IS_PUNCT])
            in_chars = _in_sorted(arr[:, 0], self._hashes(doc, "punct", self.punct_chars))
            if self.legal:
                in_chars = self._legal_stops(doc, in_chars, arr[:, 0])
            # spaCy's loop: after sentence-final punctuation, the next token that is neither
            # punctuation nor sentence-final starts a sentence.  So a "word" token starts one
            # when sentence-final punctuation occurs between it and the word token before it.
            words = np.flatnonzero(~in_chars & (arr[:, 1] == 0))
            stops_before = np.cumsum(in_chars)[words]  # stops up to each word (words aren't)
            flags = np.zeros(n, dtype=bool)
            flags[0] = True
            if len(words):
                flags[words[np.diff(stops_before, prepend=0) > 0]] = True
            guesses.append(flags)
        return guesses

    def _legal_stops(self, doc: Doc, stops: Any, orths: Any) -> Any:
        """`stops` without the full stops that close an abbreviation or precede a lower-case
        word or a number.  Token attributes are read only around the full stops."""
        period = int(doc.vocab.strings.add("."))
        found = np.flatnonzero(stops & (orths == period))
        if not found.size:
            return stops
        arr = doc.to_array([LOWER, SPACY, LENGTH, IS_ALPHA, IS_LOWER, IS_DIGIT, IS_SPACE, IDX])
        idx = arr[:, 7].astype("int64")
        prev = np.maximum(found - 1, 0)
        abbr = _in_sorted(arr[prev, 0], self._hashes(doc, "abbr", LEGAL_ABBREVIATIONS)).tolist()
        text = doc_text(doc)
        n = len(stops)
        out = stops.copy()
        for k, i in enumerate(found.tolist()):
            if i > 0 and arr[i - 1, 1] == 0:  # attached to the word before
                if abbr[k] or (arr[i - 1, 2] == 1 and arr[i - 1, 3]):  # abbreviation, one letter
                    out[i] = False
                    continue
                if arr[i - 1, 5]:
                    before = text[idx[i - 2] : idx[i - 1]] if i > 1 else "\n"
                    if "\n" in before:
                        out[i] = False  # a paragraph number at a line start ("2. Whoever ...")
                        continue
            j = i + 1
            while j < n and arr[j, 6]:
                j += 1
            if j < n and (arr[j, 4] or arr[j, 5]) and "\n" not in text[idx[i] + 1 : idx[j]]:
                out[i] = False  # the sentence goes on (a line break would start a new one)
        return out

    def set_annotations(self, docs: Any, batch_tag_ids: Any) -> None:
        for doc, flags in zip(docs, batch_tag_ids, strict=True):
            if not len(doc):
                continue
            values = np.where(np.asarray(flags, dtype=bool), 1, -1).astype("int64")
            if not self.overwrite:
                current = doc.to_array([SENT_START]).astype("int64")
                values = np.where(current != 0, current, values)
            doc.from_array([SENT_START], values.reshape(-1, 1).astype("uint64"))


@Language.factory(
    "lexcompare_sentencizer",
    assigns=["token.is_sent_start", "doc.sents"],
    default_config={
        "punct_chars": None,
        "overwrite": False,
        "legal": False,
        "scorer": {"@scorers": "spacy.senter_scorer.v1"},
    },
)
def make_array_sentencizer(
    nlp: Language,
    name: str,
    punct_chars: list[str] | None,
    overwrite: bool,
    legal: bool,
    scorer: Callable[..., Any] | None,
) -> ArraySentencizer:
    pipe = ArraySentencizer(name, punct_chars=punct_chars, overwrite=overwrite, scorer=scorer)
    pipe.legal = legal
    return pipe


def sentence_bounds(doc: Doc) -> list[tuple[int, int]] | None:
    """(start_char, end_char) of each sentence, from arrays (as `doc.sents` gives them)."""
    if not len(doc):
        return None
    arr = doc.to_array([SENT_START, IDX, LENGTH]).astype("int64")
    if not arr[:, 0].any():
        return None
    starts = np.flatnonzero(arr[:, 0] == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    idx = arr[:, 1].tolist()
    ends_at = (arr[:, 1] + arr[:, 2]).tolist()
    bounds = []
    for k, first in enumerate(starts):
        last = (starts[k + 1] if k + 1 < len(starts) else len(doc)) - 1
        bounds.append((idx[first], ends_at[last]))
    return bounds


class RuleTagger:
    def __init__(self, nlp: Language, name: str, lexicon: Callable[[], Lexicon]) -> None:
        self.name = name
        self.lexicon = lexicon()

    def __call__(self, doc: Doc) -> Doc:
        sents = sentence_bounds(doc)
        domain = bool(doc.user_data.get(DOMAIN_KEY, False))
        hits = apply_rules(doc_text(doc), self.lexicon.rules, sents, domain=domain)
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
    default_config={"rule_threshold": 0.5, "model_threshold": 0.98, "model_weight": 0.0},
)
def make_combiner(
    nlp: Language, name: str, rule_threshold: float, model_threshold: float, model_weight: float
) -> Combiner:
    return Combiner(name, rule_threshold, model_threshold, model_weight)
