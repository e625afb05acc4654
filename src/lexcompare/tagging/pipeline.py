"""Per-language spaCy pipelines and the `tag_law` stage.

    spacy.blank(lang) -> lemmatizer (lookup tables from spacy-lookups-data, when the language has
    them) -> sentencizer -> lexcompare_rules -> textcat_multilabel (trained weights, when shipped)
    -> lexcompare_combine

The text tagged for a provision is `provision_text(p)`: its heading, a newline, then its full
text (own text and subdivisions).  Evidence spans are character offsets into that text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

import lexcompare.tagging.components  # registers the factories
import lexcompare.tagging.textcat  # noqa: F401  (registers the classifier architecture)
from lexcompare.errors import LexcompareError
from lexcompare.model import Evidence, Law, Provision, SdgTag, Tag
from lexcompare.tagging.rules import Hit, lexicon_path
from lexcompare.tagging.sdg import sdg_tags

log = logging.getLogger(__name__)

# Bump when code changes what tagging gives (lexicons, weights and data files are hashed).
PIPELINE_VERSION = "2"

MODEL_DIR = Path(__file__).resolve().parent.parent / "data" / "textcat"


@dataclass(frozen=True)
class TaggedProvision:
    law: str
    eid: str
    num: str
    label: str
    kind: str
    heading: str
    text: str
    language: str
    tags: tuple[Tag, ...]
    sdg: tuple[SdgTag, ...]


def provision_text(p: Provision) -> str:
    body = p.full_text()
    return f"{p.heading}\n{body}" if p.heading else body


def _blank(lang: str) -> Language:
    try:
        return spacy.blank(lang)
    except (ImportError, KeyError, ValueError, OSError):
        return spacy.blank("xx")


def build_pipeline(lang: str, *, with_model: bool = True, model_dir: str | None = None) -> Language:
    """The tagging pipeline for an ISO 639-1 language (falls back to language-neutral parts);
    built once per (language, model) and kept."""
    return _build_pipeline(lang, with_model, model_dir)


@lru_cache(maxsize=16)
def _build_pipeline(lang: str, with_model: bool, model_dir: str | None) -> Language:
    if not lang:
        raise LexcompareError(
            "no language given and none could be detected",
            remedy="Pass --lang with an ISO 639-1 code (e.g. --lang fr)",
        )
    nlp = _blank(lang)
    try:
        nlp.add_pipe("lexcompare_lemmatizer", name="lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    except (ValueError, OSError, KeyError, ImportError):
        # No lookup tables for this language in spacy-lookups-data: go on without lemmas.
        if "lemmatizer" in nlp.pipe_names:
            nlp.remove_pipe("lemmatizer")
    nlp.add_pipe("lexcompare_sentencizer", name="sentencizer", config={"legal": True})
    lex_lang = lang if lexicon_path(lang).is_file() else "xx"
    nlp.add_pipe(
        "lexcompare_rules",
        config={"lexicon": {"@misc": "lexcompare.read_lexicon.v1", "lang": lex_lang}},
    )
    source = Path(model_dir) if model_dir else MODEL_DIR
    if with_model and (source / "config.cfg").is_file():
        trained = spacy.load(source)
        nlp.add_pipe("textcat_multilabel", source=trained)
    nlp.add_pipe("lexcompare_combine")
    return nlp


def _tags_from_doc(
    law: Law, p: Provision, text: str, hits: Sequence[Hit], scores: dict[str, tuple[float, str]]
) -> tuple[Tag, ...]:
    by_code: dict[str, list[Evidence]] = {}
    for h in hits:
        for start, end, pid in h.spans:
            by_code.setdefault(h.code, []).append(Evidence(start, end, pid, text[start:end]))
    tags = []
    for code, (score, method) in sorted(scores.items()):
        ev = tuple(sorted(set(by_code.get(code, ())), key=lambda e: (e.start, e.end, e.pattern)))
        tags.append(
            Tag(
                law=law.id,
                eid=p.eid,
                num=p.num,
                code=code,
                score=round(score, 4),
                method=method,
                evidence=ev,
            )
        )
    return tuple(tags)


def domain_eids(law: Law) -> frozenset[str]:
    """Provisions known to concern trafficking-type conduct: every provision of a law whose title
    is about it (a dedicated act), else those `relevant()` keeps (core terms or citing a core
    provision).  Rules with a `gate` fire in them without repeating the domain words."""
    from lexcompare.relevant import relevant

    # The law's own title only: catalogues append descriptions ("Criminal Code - s. 279.01
    # Trafficking in persons") that say what part of the law is of interest, not what it is about.
    # A first part that is only a citation ("Republic Act No. 11862 - Expanded Anti-Trafficking
    # ...", "18 U.S.C. Chapter 77 - Peonage, Slavery, ...") is followed by the name: keep both.
    parts = re.split(r"\s+[-–—]\s+|\s+\(\s*(?=[A-Z]?[a-z]*\.?\s*s\.|ss\.|art)", law.title)
    name = parts[0]
    if len(parts) > 1 and len(re.findall(r"[^\W\d_]{4,}", name)) <= 1:
        name = f"{name} {parts[1]}"
    title = Provision(
        eid="title", kind="section", label="", num="1", heading=name, text=name, end=len(name)
    )
    probe = Law(
        id=law.id,
        country=law.country,
        title=name,
        year=law.year,
        language=law.language,
        format=law.format,
        source_url="",
        sha256="",
        provisions=(title,),
        text=name,
    )
    if name and relevant(probe):
        return frozenset(p.eid for p in law.walk())
    return frozenset(p.eid for p in relevant(law))


def tag_provisions(
    law: Law,
    provisions: Iterable[Provision],
    *,
    lang: str | None = None,
    with_model: bool = True,
    batch_size: int = 64,
    domain: frozenset[str] | None = None,
    model_dir: str | None = None,
) -> tuple[TaggedProvision, ...]:
    from lexcompare.tagging.components import DOMAIN_KEY, TEXT_KEY

    language = lang or law.language
    nlp = build_pipeline(language, with_model=with_model, model_dir=model_dir)
    provs = list(provisions)
    in_domain = domain if domain is not None else domain_eids(law)
    texts = [provision_text(p) for p in provs]
    docs = []
    for p, text in zip(provs, texts, strict=True):
        doc = nlp.make_doc(text)
        doc.user_data[DOMAIN_KEY] = p.eid in in_domain
        doc.user_data[TEXT_KEY] = text
        docs.append(doc)
    out = []
    for p, text, doc in zip(provs, texts, nlp.pipe(docs, batch_size=batch_size), strict=True):
        hits: list[Hit] = doc.user_data.get("lexcompare_hits", [])
        scores: dict[str, tuple[float, str]] = doc.user_data.get("lexcompare_scores", {})
        tags = _tags_from_doc(law, p, text, hits, scores)
        sdg = sdg_tags(law.id, p.eid, p.num, text, tags, hits)
        out.append(
            TaggedProvision(
                law=law.id,
                eid=p.eid,
                num=p.num,
                label=p.label,
                kind=p.kind,
                heading=p.heading,
                text=text,
                language=language,
                tags=tags,
                sdg=sdg,
            )
        )
    return tuple(out)


def tag_law(
    law: Law, *, lang: str | None = None, relevant_only: bool = False, with_model: bool = True
) -> tuple[TaggedProvision, ...]:
    """Tag every citable provision of a law (or only the relevant ones)."""
    if relevant_only:
        from lexcompare.relevant import relevant

        provisions: Iterable[Provision] = relevant(law)
    else:
        provisions = law.citable()
    return tag_provisions(law, provisions, lang=lang, with_model=with_model)


def tag_text(
    text: str, lang: str, *, law_id: str = "text", with_model: bool = True
) -> TaggedProvision:
    """Tag a free-standing text as if it were one provision (for quick checks and tests)."""
    p = Provision(
        eid="text", kind="section", label="", num="", heading="", text=text, end=len(text)
    )
    law = Law(
        id=law_id,
        country="",
        title="",
        year=None,
        language=lang,
        format="text",
        source_url="",
        sha256="",
        provisions=(p,),
        text=text,
    )
    return tag_provisions(law, [p], lang=lang, with_model=with_model)[0]
