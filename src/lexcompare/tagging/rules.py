"""Rule lexicons (annotations/lexicons/<lang>.yaml) compiled to matchers.  Pure, no spaCy here.

A lexicon file:

    lang: en
    extends: [xx]                  # other lexicons whose rules also apply (xx = language-neutral)
    exclude: [xx.def.child.age18]  # inherited rules this language does not apply (it has better)
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
import re._constants as sre_c  # type: ignore[import-not-found]
import re._parser as sre_p  # type: ignore[import-not-found]
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
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
    excluded = {str(x) for x in raw.get("exclude") or []}
    inherited: list[Rule] = []
    for parent in raw.get("extends") or []:
        inherited.extend(_load(path.with_name(f"{parent}.yaml"), (*chain, str(path))).rules)
    unknown = excluded - {r.id for r in inherited}
    if unknown:
        raise LexcompareError(
            f"`exclude` names rules no extended lexicon has: {sorted(unknown)}",
            path=path,
            remedy="Remove them from `exclude`",
        )
    rules.extend(r for r in inherited if r.id not in excluded)
    ids = [r.id for r in rules]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise LexcompareError(
            f"duplicate rule ids {sorted(dupes)}", path=path, remedy="Rule ids must be unique"
        )
    return Lexicon(lang=str(raw.get("lang", path.stem)), rules=tuple(rules))


# --- literal prefilter -------------------------------------------------------------------------
# Most rules match few provisions.  Each pattern gets the set of lower-case literal strings one of
# which every match must contain ("harbou?r" -> {"harbour", "harbor"}); a substring test on the
# lower-cased text rules the pattern out without running the regex.  None: no such set.

_MAX_ALTERNATIVES = 24


def _fold_table() -> dict[int, str]:
    """Characters re.IGNORECASE treats as one beyond lower case (ſ and s, ı and i, ς and σ,
    µ and μ ...), each mapped to one representative (only those that change)."""
    import re._casefix as casefix  # type: ignore[import-not-found]

    table: dict[int, str] = {}
    for key, others in casefix._EXTRA_CASES.items():
        group = {key, *others}
        for code in group:
            if code != min(group):
                table[code] = chr(min(group))
    return table


_FOLD = _fold_table()
_FOLDED_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD)) + "]")


def fold_like_ignorecase(text: str) -> str:
    """The text as re.IGNORECASE compares it: lower case, and the characters it treats as one
    written alike.  Keeps the length (İ, whose lower() is "i" + a dot, becomes "i" first).
    `literals` are in this form: look for them in a text folded by this function."""
    if "İ" in text:
        text = text.replace("İ", "i")
    low = text.lower()
    return low.translate(_FOLD) if _FOLDED_CHARS.search(low) else low


_fold = fold_like_ignorecase


def _seq_literals(items: Any) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run: set[str] = {""}

    def flush() -> None:
        nonlocal run
        if run and min(len(r) for r in run) > 0:
            candidates.append(frozenset(run))
        run = {""}

    for op, av in items:
        if op is sre_c.LITERAL:
            run = {r + _fold(chr(av)) for r in run}
            continue
        if op is sre_c.IN and all(o is sre_c.LITERAL for o, _ in av):
            chars = {_fold(chr(a)) for _, a in av}
            if len(run) * len(chars) <= _MAX_ALTERNATIVES:
                run = {r + ch for r in run for ch in chars}
                continue
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            if lo == 0 and hi == 1 and len(sub) == 1 and sub[0][0] is sre_c.LITERAL:
                ch = _fold(chr(sub[0][1]))
                if len(run) * 2 <= _MAX_ALTERNATIVES:
                    run = run | {r + ch for r in run}
                    continue
        flush()
        found: frozenset[str] | None = None
        if op is sre_c.SUBPATTERN:
            found = _seq_literals(av[3])
        elif op is sre_c.ATOMIC_GROUP:
            found = _seq_literals(av)
        elif op is sre_c.BRANCH:
            branches = [_seq_literals(b) for b in av[1]]
            if all(b is not None for b in branches):
                found = frozenset().union(*[b for b in branches if b is not None])
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            lo, _hi, sub = av
            if lo >= 1:
                found = _seq_literals(sub)
        if found:
            candidates.append(found)
    flush()
    if not candidates:
        return None
    # the most selective set: longest shortest member, then fewest members
    return max(candidates, key=lambda c: (min(len(x) for x in c), -len(c)))


@cache
def literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings one of which occurs in (the lower-cased text of) every match of
    `pattern`, or None when no such set could be derived."""
    try:
        parsed = sre_p.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):  # pragma: no cover - compiled patterns parse again
        return None
    found = _seq_literals(parsed)
    if found is not None and any(x != _fold(x) or not x for x in found):
        return None
    return found


def _possible(pattern: re.Pattern[str], lowered: str) -> bool:
    lits = literals(pattern)
    return lits is None or any(lit in lowered for lit in lits)


def _can(pattern: re.Pattern[str], local: set[str] | None, lowered: str) -> bool:
    """Whether `pattern` may match a window: from the literals known to be inside it, else by
    looking for them in the window's lower-cased text."""
    if local is None:
        return _possible(pattern, lowered)
    lits = literals(pattern)
    return lits is None or not lits.isdisjoint(local)


def _trie_regex(strings: Sequence[str]) -> str:
    """One regex matching, at a position, the longest of `strings` that starts there (a trie
    written as nested groups: only branches whose first character matches are tried)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for s in strings:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


class LiteralFinder:
    """Which of a set of literal strings occur in a (folded) text, in one pass of one regex."""

    def __init__(self, strings: Iterable[str]) -> None:
        self.strings = tuple(sorted(set(strings)))
        # finds, at every position, the longest literal starting there
        self.finder = (
            re.compile("(?=(" + _trie_regex(self.strings) + "))", re.S)
            if self.strings
            else re.compile("(?!)")
        )
        known = set(self.strings)
        # literal -> the literals it starts with (itself too)
        self.prefixes = {
            s: frozenset(s[:k] for k in range(1, len(s) + 1) if s[:k] in known)
            for s in self.strings
        }

    def present(
        self, lowered: str, windows: Sequence[tuple[int, int]] = ()
    ) -> tuple[set[str], list[set[str]]]:
        """The literals that occur in `lowered`, and those that occur wholly inside each of
        `windows` ((start, end) offsets, sorted, not overlapping)."""
        found: set[str] = set()
        inside: list[set[str]] = [set() for _ in windows]
        starts = [w[0] for w in windows]
        for m in self.finder.finditer(lowered):
            hit = m.group(1)
            if not hit:
                continue
            lits = self.prefixes[hit]
            found |= lits
            if windows:
                i = m.start()
                k = bisect_right(starts, i) - 1
                if k >= 0:
                    end = windows[k][1]
                    inside[k].update(x for x in lits if i + len(x) <= end)
        return found, inside


@dataclass(frozen=True)
class _Index:
    rules: Sequence[Rule]
    patterns: dict[re.Pattern[str], frozenset[str] | None]
    finder: LiteralFinder  # every literal of every pattern of the rules
    # per rule: the literals one of which its `any` patterns need (None: can't tell), and the
    # literal sets of its `all` patterns (each needs one of its set)
    needs: tuple[tuple[frozenset[str] | None, tuple[frozenset[str], ...]], ...]


_INDEXES: dict[int, _Index] = {}


def _index(rules: Sequence[Rule]) -> _Index:
    found = _INDEXES.get(id(rules))
    if found is not None and found.rules is rules:
        return found
    patterns: dict[re.Pattern[str], frozenset[str] | None] = {}
    for r in rules:
        for p in (*r.any, *r.all, *r.none, *r.gate):
            patterns[p] = literals(p)
    finder = LiteralFinder(s for lits in patterns.values() if lits for s in lits)
    needs = []
    for r in rules:
        any_sets = [patterns[p] for p in r.any]
        union = (
            None
            if any(a is None for a in any_sets)
            else frozenset().union(*[a for a in any_sets if a is not None])
        )
        needs.append((union, tuple(a for a in (patterns[c] for c in r.all) if a is not None)))
    index = _Index(rules, patterns, finder, tuple(needs))
    if len(_INDEXES) > 64:
        _INDEXES.clear()
    _INDEXES[id(rules)] = index
    return index


def apply_rules(
    text: str,
    rules: Sequence[Rule],
    sentences: Sequence[tuple[int, int]] | None = None,
    *,
    domain: bool = False,
) -> list[Hit]:
    """Every rule that fires on `text`, with its evidence spans.  `sentences` (start, end) are
    used for rules with scope "sentence"; without them the whole text is one sentence.  `domain`
    opens every rule's gate (the provision is known to concern trafficking-type conduct).

    A pattern runs only where its literal prefilter (`literals`) finds one of its strings; the
    result is the same as running every pattern, only faster."""
    sents = list(sentences) if sentences else [(0, len(text))]
    lowered = _fold(text)
    same_length = len(lowered) == len(text)
    index = _index(rules)
    by_window = same_length and len(sents) > 1
    present, present_in = index.finder.present(lowered, sents if by_window else ())
    lits_of = index.patterns

    def possible(p: re.Pattern[str]) -> bool:
        lits = lits_of[p]
        return lits is None or not lits.isdisjoint(present)

    # Per window (by index into `sents`; -1 = the whole text), what a pattern gave: several
    # rules share patterns (named sub-patterns, common exclusions), each runs once per window.
    found_in: dict[tuple[re.Pattern[str], int], bool] = {}
    matches_in: dict[tuple[re.Pattern[str], int], list[tuple[int, int]]] = {}

    def in_text(p: re.Pattern[str]) -> bool:
        return possible(p) and in_window(p, -1, text)

    def in_window(p: re.Pattern[str], w: int, window: str) -> bool:
        key = (p, w)
        found = found_in.get(key)
        if found is None:
            found = p.search(window) is not None
            found_in[key] = found
        return found

    def spans_in(p: re.Pattern[str], w: int, window: str) -> list[tuple[int, int]]:
        key = (p, w)
        spans = matches_in.get(key)
        if spans is None:
            spans = [m.span() for m in p.finditer(window)]
            matches_in[key] = spans
            found_in[key] = bool(spans)
        return spans

    hits: list[Hit] = []
    for rule, (any_needs, all_needs) in zip(rules, index.needs, strict=True):
        if any_needs is not None and any_needs.isdisjoint(present):
            continue
        if any(need.isdisjoint(present) for need in all_needs):
            continue
        if rule.gate and not domain and not any(in_text(g) for g in rule.gate):
            continue
        whole = rule.scope != "sentence" or (len(sents) == 1 and sents[0] == (0, len(text)))
        windows = [(0, len(text))] if whole else sents
        spans: list[tuple[int, int, str]] = []
        for w, (ws, we) in enumerate(windows):
            local: set[str] | None = None  # literals inside this window
            if not whole and by_window:
                local = present_in[w]
                if any_needs is not None and any_needs.isdisjoint(local):
                    continue
                if any(need.isdisjoint(local) for need in all_needs):
                    continue
            if whole:
                if any(in_text(b) for b in rule.none) or not all(in_text(c) for c in rule.all):
                    continue
                window, low = text, lowered
            else:
                window = text[ws:we]
                low = lowered[ws:we] if same_length else _fold(window)
                if not all(_can(c, local, low) and in_window(c, w, window) for c in rule.all):
                    continue
                if any(_can(b, local, low) and in_window(b, w, window) for b in rule.none):
                    continue
            found: list[tuple[int, int, str]] = []
            matched_patterns = 0
            for k, pat in enumerate(rule.any):
                if not possible(pat) or (not whole and not _can(pat, local, low)):
                    continue
                ms = spans_in(pat, -1 if whole else w, window)
                if ms:
                    matched_patterns += 1
                    found.extend((ws + a, ws + b, f"{rule.id}#{k}") for a, b in ms if b > a)
            if matched_patterns >= rule.min and found:
                spans.extend(found)
        if spans:
            spans.sort()
            hits.append(Hit(rule.id, rule.code, rule.weight, tuple(spans)))
    return hits
