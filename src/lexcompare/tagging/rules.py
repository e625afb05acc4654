"""Rule lexicons (annotations/lexicons/<lang>.yaml) compiled to matchers.  Pure, no spaCy here.

A lexicon file:

    lang: en
    extends: [xx]                  # other lexicons whose rules also apply (xx = language-neutral)
    patterns:                      # named regex fragments, used as {name} inside rules
      trafficking: 'traffick\\w*|trade in persons'
    rules:
      - id: en.def.act.verbs       # stable id: recorded in every tag it produces
        code: DEF.ACT              # ontology code, or "SDG:16.2" for an SDG cue
        any: ['recruit\\w*', 'transport\\w*', 'harbou?r\\w*']   # evidence patterns
        min: 2                     # distinct evidence patterns that must match (default 1)
        all: ['{trafficking}|exploit\\w*']   # context that must also match (each of them)
        none: ['drug']             # blockers: the rule does not fire if one matches
        gate: ['{trafficking}']    # domain gate: the rule fires only in provisions about
                                   # trafficking-type conduct: a gate pattern matches, or the
                                   # pipeline marked the provision as in the domain (it belongs to
                                   # a dedicated act, or cites a trafficking provision)
        scope: sentence            # evidence and context in one sentence (default: provision)
        weight: 0.9                # score of the tag when the rule fires

Patterns are case-insensitive Python regexes.  A leading word boundary is added unless the
pattern starts with `~` (for compounds: German "~menschenhandel" also matches inside
"Opfer-Menschenhandels...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from lexcompare.errors import LexcompareError
from lexcompare.resources import annotations_dir


@dataclass(frozen=True)
class Rule:
    id: str
    code: str
    any: tuple[re.Pattern[str], ...]
    all: tuple[re.Pattern[str], ...] = ()
    none: tuple[re.Pattern[str], ...] = ()
    gate: tuple[re.Pattern[str], ...] = ()
    min: int = 1
    scope: str = "provision"
    weight: float = 0.8


@dataclass(frozen=True)
class Hit:
    rule: str
    code: str
    score: float
    spans: tuple[tuple[int, int, str], ...]  # (start, end, pattern id) into the tagged text


@dataclass(frozen=True)
class Lexicon:
    lang: str
    rules: tuple[Rule, ...]


_REF = re.compile(r"\{(\w+)\}")


def _compile(pat: str, named: dict[str, str], where: str) -> re.Pattern[str]:
    boundary = True
    if pat.startswith("~"):
        boundary, pat = False, pat[1:]

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in named:
            raise LexcompareError(
                f"unknown pattern name {{{name}}}", path=where, remedy="Define it under `patterns:`"
            )
        return f"(?:{named[name]})"

    for _ in range(5):
        new = _REF.sub(sub, pat)
        if new == pat:
            break
        pat = new
    src = (r"(?<![^\W_])" if boundary else "") + f"(?:{pat})"
    try:
        return re.compile(src, re.I | re.U)
    except re.error as e:
        raise LexcompareError(
            f"bad regex {pat!r}: {e}", path=where, remedy="Fix the pattern in the lexicon"
        ) from e


def lexicon_path(lang: str) -> Path:
    return annotations_dir() / "lexicons" / f"{lang}.yaml"


def available_languages() -> tuple[str, ...]:
    d = annotations_dir() / "lexicons"
    return tuple(sorted(p.stem for p in d.glob("*.yaml") if p.stem != "xx"))


@lru_cache(maxsize=64)
def load_lexicon(lang: str) -> Lexicon:
    """The lexicon for `lang` (with the ones it extends).  Unknown languages get the
    language-neutral `xx` lexicon (cues that are the same in every language: numbers, article
    numbers of the Protocol, Latin terms)."""
    path = lexicon_path(lang)
    if not path.is_file():
        path = lexicon_path("xx")
    return _load(path, ())


def _load(path: Path, chain: tuple[str, ...]) -> Lexicon:
    if str(path) in chain:
        raise LexcompareError("lexicon extends itself", path=path, remedy="Break the cycle")
    try:
        raw: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as e:
        raise LexcompareError(
            f"cannot read lexicon: {e}", path=path, remedy="Fix the YAML file"
        ) from e
    named = {str(k): str(v) for k, v in (raw.get("patterns") or {}).items()}
    rules: list[Rule] = []
    where = str(path)
    for i, r in enumerate(raw.get("rules") or []):
        try:
            rules.append(
                Rule(
                    id=str(r["id"]),
                    code=str(r["code"]),
                    any=tuple(_compile(str(p), named, where) for p in r["any"]),
                    all=tuple(_compile(str(p), named, where) for p in r.get("all", ())),
                    none=tuple(_compile(str(p), named, where) for p in r.get("none", ())),
                    gate=tuple(_compile(str(p), named, where) for p in r.get("gate", ())),
                    min=int(r.get("min", 1)),
                    scope=str(r.get("scope", "provision")),
                    weight=float(r.get("weight", 0.8)),
                )
            )
        except (KeyError, TypeError, ValueError) as e:
            raise LexcompareError(
                f"rule {i} is incomplete ({e})",
                path=path,
                remedy="Every rule needs id, code and any",
            ) from e
    for parent in raw.get("extends") or []:
        rules.extend(_load(path.with_name(f"{parent}.yaml"), (*chain, str(path))).rules)
    ids = [r.id for r in rules]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise LexcompareError(
            f"duplicate rule ids {sorted(dupes)}", path=path, remedy="Rule ids must be unique"
        )
    return Lexicon(lang=str(raw.get("lang", path.stem)), rules=tuple(rules))


def apply_rules(
    text: str,
    rules: Sequence[Rule],
    sentences: Sequence[tuple[int, int]] | None = None,
    *,
    domain: bool = False,
) -> list[Hit]:
    """Every rule that fires on `text`, with its evidence spans.  `sentences` (start, end) are
    used for rules with scope "sentence"; without them the whole text is one sentence.  `domain`
    opens every rule's gate (the provision is known to concern trafficking-type conduct)."""
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
            if not all(c.search(window) for c in rule.all):
                continue
            found: list[tuple[int, int, str]] = []
            matched_patterns = 0
            for k, pat in enumerate(rule.any):
                ms = list(pat.finditer(window))
                if ms:
                    matched_patterns += 1
                    found.extend(
                        (ws + m.start(), ws + m.end(), f"{rule.id}#{k}")
                        for m in ms
                        if m.end() > m.start()
                    )
            if matched_patterns >= rule.min and found:
                spans.extend(found)
        if spans:
            spans.sort()
            hits.append(Hit(rule.id, rule.code, rule.weight, tuple(spans)))
    return hits
