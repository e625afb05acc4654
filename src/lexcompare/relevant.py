"""Finding the provisions of a law that concern trafficking in persons, in any corpus language.

    relevant(law) -> tuple[Provision, ...]            citable provisions, in document order
    explain_relevant(law) -> tuple[Relevance, ...]    the same, each with why it was kept

A provision is relevant when it concerns trafficking in persons, forced labour, slavery,
servitude, debt bondage or sexual exploitation, or when it refers back to such a provision
(penalties, aggravating circumstances, confiscation, jurisdiction, victim protection...).

Two stages, pure functions; the lexicon (`lexcompare/data/relevance.yaml`, one section per
language) is data, read once:

1. *Core* provisions, from lexicon terms.  A provision scores the weights of the distinct terms
   found in its text, terms in its own heading counting `heading_factor` times (ambiguous words
   such as "exploitation", which also names the operation of a machine, count once); it is
   relevant when the score reaches `threshold`: one core term, a supporting term in the heading,
   or two supporting terms.  A citable provision is also relevant when it sits in a small
   container (chapter, section...) whose heading is about a core term (the matched terms cover
   at least half of it: "De la traite des êtres humains", not "Kidnapping, Trafficking in
   Persons, Hostage Taking and Abduction").
2. *Referring* provisions: those whose text cites a core provision by its number ("article
   225-4-1", "§§ 232 bis 233a", "sections 279.01 to 279.04", "192. §", "4 kap. 1 a §",
   "第二百二十六条の二"), or cites the trafficking offence of the country's penal code from another
   law ("§§ 232 bis 233a des Strafgesetzbuches").  A reference is a number next to a label word
   of the language (before or after it, as the language writes it), or a number in a list or
   range that follows such a labelled number; a bare number is never a reference.  References
   to another law ("§ 6 des Völkerstrafgesetzbuches", "section 5 of the Immigration Act",
   "Art. 5 StGB") are not resolved inside this law.  Only provisions that are *about* a core
   term are cited targets: a core term in their heading or container heading, or, in laws whose
   provisions carry no headings, a core term in their text; a jurisdiction article that lists
   trafficking among twenty offences is relevant but does not make everything citing it relevant.
   A reference to a subdivision ("§ 25 Absatz 4a") also counts when that subdivision is the part
   of a relevant provision where its evidence lies (the victims' residence permit inside a long
   section on humanitarian permits), but such references do not chain further.

Text and patterns are compared in a folded form (see `fold`): case-folded, without accents,
digits in ASCII, so that one pattern covers "Traite", "TRAITE" and "traité".

Evidence spans: for reason "heading" they index `provision.heading`; for "container heading
<designation>" they index that container's heading; for "term" and "cross-reference to <num>"
they index `provision.full_text()`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from lexcompare.errors import ParseError
from lexcompare.model import CONTAINER_KINDS, Law, Provision
from lexcompare.numbering import kanji_number

__all__ = [
    "Lexicon",
    "Reference",
    "Relevance",
    "explain_relevant",
    "find_references",
    "fold",
    "load_lexicon",
    "mention_references",
    "mentioned",
    "num_key",
    "relevant",
    "resolve_references",
]


# ---------------------------------------------------------------------------------------------
# values


@dataclass(frozen=True)
class Relevance:
    provision: Provision
    reason: (
        str  # "heading", "term", "container heading <designation>", "cross-reference to 225-4-1"
    )
    evidence: tuple[tuple[int, int], ...]  # spans that triggered it (see module docstring)
    pattern: str  # id of the lexicon entry / rule that fired ("+"-joined when several)


@dataclass(frozen=True)
class Term:
    id: str
    role: str  # core | supporting | exclude
    weight: float
    regex: re.Pattern[str]
    heading: float | None = None  # how many times a hit in a heading counts (None: lexicon default)


@dataclass(frozen=True)
class Language:
    """The relevance rules of one language, compiled."""

    code: str
    terms: tuple[Term, ...]
    ref_before: re.Pattern[str] | None  # label + list of numbers
    ref_after: re.Pattern[str] | None  # list of numbers + label
    ref_cjk: bool
    sep: re.Pattern[str]  # a list or range connector between two numbers
    range_sep: re.Pattern[str]  # the connectors that make a range
    num: re.Pattern[str]
    labels: re.Pattern[str] | None = None  # label words alone
    external_after: re.Pattern[str] | None = None  # "des Strafgesetzbuches" after a reference
    external_before: re.Pattern[str] | None = None  # "straffelovens" before a reference
    subdivision: re.Pattern[str] | None = None  # "Absatz 4a", "(1)" after a number


@dataclass(frozen=True)
class ExternalCode:
    """The trafficking offences of a country's penal code, as other laws of that country cite
    them: the code's name (a folded regex) and the keys (`num_key`) of the offence provisions."""

    country: str
    name: re.Pattern[str]
    keys: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    version: int
    threshold: float
    heading_factor: float
    container_max_citable: int
    container_min_coverage: float
    languages: Mapping[str, Language]
    external: Mapping[str, ExternalCode] = field(default_factory=dict)
    source: str = ""
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def language(self, code: str) -> Language:
        """Rules for a language; an unknown language gets every language's terms."""
        code = (code or "").lower().split("-")[0]
        if code in self.languages:
            return self.languages[code]
        return _union(self.languages)


@dataclass(frozen=True)
class Reference:
    """A citation of one provision or a range of provisions, found in a text.

    `nums` holds the designations as written (folded); `ranges` pairs of (first, last).
    `chapter` qualifies them when the language numbers provisions per chapter ("4 kap. 1 a §").
    `start`/`end` index the text that was searched (label included).  `following` lists the
    nums written with "ff." (and the following ones)."""

    nums: tuple[str, ...]
    ranges: tuple[tuple[str, str], ...]
    start: int
    end: int
    chapter: str = ""
    following: tuple[str, ...] = ()
    subdivision: str = ""  # "§ 25 Absatz 4a", "section 279.01(1)": "4a", "1"

    def designations(self) -> tuple[str, ...]:
        """Every num named, range ends included."""
        return (*self.nums, *(x for r in self.ranges for x in r))


# ---------------------------------------------------------------------------------------------
# folding


_SPECIAL = {
    "đ": "d",
    "Đ": "d",
    "ł": "l",
    "Ł": "l",
    "ø": "o",
    "Ø": "o",
    "æ": "ae",
    "Æ": "ae",
    "œ": "oe",
    "Œ": "oe",
    "ß": "ss",
    "ı": "i",
    "ى": "ي",
    "\u0640": "",
    "'": " ",
    "’": " ",
    "‘": " ",
    "ʼ": " ",
    "`": " ",
    "´": " ",
    "ʻ": " ",
    "\u2010": "-",
    "\u2011": "-",
    "\u2212": "-",
    "\u2012": "–",
    "—": "–",
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u3000": " ",
    "\t": " ",
    "\u200b": "",
    "\u00ad": "",
    "\ufeff": "",
    "\u200c": "",
    "\u200d": "",
}
_SUPERSCRIPT = {
    "⁰": "0",
    "¹": "1",
    "²": "2",
    "³": "3",
    "⁴": "4",
    "⁵": "5",
    "⁶": "6",
    "⁷": "7",
    "⁸": "8",
    "⁹": "9",
}


@lru_cache(maxsize=8192)
def _fold_char(c: str) -> str:
    if c in _SPECIAL:
        return _SPECIAL[c]
    if c.isdigit() and not c.isascii():
        d = unicodedata.decimal(c, None)
        if d is not None:
            return str(d)
    o = ord(c)
    s = c.casefold()
    if o < 0x0800 or 0x1E00 <= o < 0x2000:
        s = "".join(
            ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn"
        )
        s = unicodedata.normalize("NFC", s)
    return s


def fold(text: str) -> tuple[str, Sequence[int]]:
    """Folded text and, for each of its characters, the offset of the source character.

    Case-folded, combining marks removed in Latin, Greek, Cyrillic, Arabic and Vietnamese text,
    apostrophes become spaces, dashes are unified ("-" for hyphens, "–" for ranges), Unicode
    digits become ASCII, superscript digits become "^1" ("143¹" -> "143^1").  Arabic lam-alef
    is written alef-lam ("لا" -> "ال"), because text extracted from PDFs often has the ligature
    in that order ("االتجار" for "الاتجار"): both spellings fold alike."""
    chars = set(text)
    for c in chars.difference(_FOLDED):
        s = _fold_one(c)
        _FOLDED[c] = s
        _FOLD_TABLE[ord(c)] = s
        if len(s) != 1 or c in _SUPERSCRIPT:
            _UNEVEN.add(c)
    index: Sequence[int]
    if _UNEVEN.isdisjoint(chars):
        folded = text.translate(_FOLD_TABLE)
        index = range(len(text))
    else:
        table = _FOLDED
        out: list[str] = []
        index = positions = []
        prev_sup = False
        for i, c in enumerate(text):
            if c in _SUPERSCRIPT:
                s = _SUPERSCRIPT[c] if prev_sup else "^" + _SUPERSCRIPT[c]
                prev_sup = True
            else:
                prev_sup = False
                s = table[c]
            if s:
                out.append(s)
                positions.extend([i] * len(s))
        folded = "".join(out)
    if "لا" in folded:
        folded = folded.replace("لا", "ال")
    return folded, index


# What `fold` makes of each character seen so far (by character, and by code point for
# str.translate), and the characters that do not fold to exactly one character.
_FOLDED: dict[str, str] = {}
_FOLD_TABLE: dict[int, str] = {}
_UNEVEN: set[str] = set()


def _fold_one(c: str) -> str:
    return c if c.isascii() and not c.isupper() and c not in _SPECIAL else _fold_char(c)


def fold_text(text: str) -> str:
    return fold(text)[0]


def _span(index: Sequence[int], n: int, start: int, end: int) -> tuple[int, int]:
    """Folded span -> source span."""
    if not index:
        return (0, 0)
    s = index[min(start, len(index) - 1)]
    e = index[min(end, len(index)) - 1] + 1 if end > start else s
    return (s, min(e, n))


_ESCAPE = re.compile(r"(\\.)")


def _fold_pattern(pattern: str, gap: str) -> str:
    """Fold a regex the way texts are folded, leaving escapes alone; spaces become `gap`."""
    parts = _ESCAPE.split(pattern)
    out = []
    for k, part in enumerate(parts):
        if k % 2:  # an escape such as \w, \b, \.
            out.append(part)
        else:
            out.append(fold_text(part).replace(" ", gap))
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# lexicon


DEFAULT_PATH = "data/relevance.yaml"
# "and following" after a number: "225-4-10 ff.", "§§ 232 ff.", "art. 5 et s."
_FOLLOWING = r"\s*(?:ff\.?|et seq\.?|et suiv\w*\.?|et s\.|y ss\.|fortfolgende)(?!\w)"
_FOLLOWING_RX = re.compile(_FOLLOWING)


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """The relevance lexicon: the packaged one, or the YAML file at `path`."""
    if path is None:
        return _default_lexicon()
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as e:
        raise ParseError(
            f"cannot read the lexicon ({e.strerror})",
            path=p,
            remedy="Check the path of the relevance lexicon",
        ) from e
    return _parse_lexicon(text, str(p))


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    ref = resources.files("lexcompare").joinpath(DEFAULT_PATH)
    return _parse_lexicon(ref.read_text(encoding="utf-8"), str(ref))


def _parse_lexicon(text: str, where: str) -> Lexicon:
    try:
        raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as e:
        raise ParseError(
            f"the lexicon is not valid YAML ({e})",
            path=where,
            remedy="Fix the YAML syntax of the relevance lexicon",
        ) from e
    if not isinstance(raw, dict) or not isinstance(raw.get("languages"), dict):
        raise ParseError(
            "the lexicon has no `languages` mapping",
            path=where,
            remedy="See lexcompare/data/relevance.yaml for the format",
        )
    weights = {"core": 1.0, "supporting": 0.5, "exclude": 0.0, **(raw.get("weights") or {})}
    suffixes = tuple(str(s) for s in raw.get("latin_suffixes") or ())
    languages: dict[str, Language] = {}
    for code, spec in raw["languages"].items():
        languages[str(code)] = _compile_language(str(code), spec or {}, weights, suffixes, where)
    external: dict[str, ExternalCode] = {}
    for country, spec in (raw.get("external_offences") or {}).items():
        loc = f"external_offences.{country}"
        try:
            folded_name = _fold_pattern(str(spec["code"]), r"\s+")
            name = _compile(rf"(?<!\w)(?:{folded_name})(?!\w)", where, loc)
            keys = frozenset(num_key(str(n)) for n in spec["nums"])
        except (KeyError, TypeError) as e:
            raise ParseError(
                f"an external code lacks {e}",
                path=where,
                location=loc,
                remedy="Give `code` (its name, a regex) and `nums`",
            ) from e
        external[str(country).upper()] = ExternalCode(str(country).upper(), name, keys)
    return Lexicon(
        version=int(raw.get("version", 1)),
        threshold=float(raw.get("threshold", 1.0)),
        heading_factor=float(raw.get("heading_factor", 2.0)),
        container_max_citable=int(raw.get("container_max_citable", 15)),
        container_min_coverage=float(raw.get("container_min_coverage", 0.5)),
        languages=languages,
        external=external,
        source=where,
        raw=raw,
    )


def _compile(pattern: str, where: str, location: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as e:
        raise ParseError(
            f"invalid regular expression ({e})",
            path=where,
            location=location,
            remedy="Fix the pattern in the relevance lexicon",
        ) from e


def _words_alt(words: Iterable[str]) -> str:
    """Connector words as one alternation; words are whole words, symbols stand alone."""
    alts = []
    for w in sorted({fold_text(str(w)) for w in words}, key=len, reverse=True):
        if not w.strip():
            continue
        esc = re.escape(w).replace("\\ ", r"\s+")
        if w[0].isalnum() and w[-1].isalnum():
            esc = rf"(?<![^\W\d_]){esc}(?![^\W\d_])"
        alts.append(esc)
    return "|".join(alts)


def _compile_language(
    code: str,
    spec: Mapping[str, Any],
    weights: Mapping[str, float],
    suffixes: Sequence[str],
    where: str,
) -> Language:
    gap = str(spec.get("gap", r"\s+"))
    left = r"(?<!\w)" if spec.get("left_boundary", True) else ""
    terms = []
    for k, t in enumerate(spec.get("terms") or ()):
        loc = f"languages.{code}.terms[{k}]"
        try:
            tid, role, pat = str(t["id"]), str(t.get("role", "core")), str(t["pattern"])
        except (KeyError, TypeError) as e:
            raise ParseError(
                f"a term lacks {e}",
                path=where,
                location=loc,
                remedy="Every term needs an id and a pattern",
            ) from e
        if role not in ("core", "supporting", "exclude"):
            raise ParseError(
                f"unknown role {role!r}",
                path=where,
                location=loc,
                remedy="Use core, supporting or exclude",
            )
        weight = float(t.get("weight", weights.get(role, 0.0)))
        heading = float(t["heading"]) if t.get("heading") is not None else None
        regex = _compile(left + "(?:" + _fold_pattern(pat, gap) + ")", where, loc)
        terms.append(Term(tid, role, weight, regex, heading))

    # numbers
    letters = "a-z" + ("α-ω" if spec.get("greek_letter_suffix") else "")
    prefix = (
        rf"(?:(?<![^\W\d_]){spec['num_prefix']}\.?\s?(?=\d+[-.]\d))?"
        if spec.get("num_prefix")
        else ""
    )
    suffix = ""
    if spec.get("latin_suffixes") and suffixes:
        alt = "|".join(sorted(suffixes, key=len, reverse=True))
        suffix = rf"(?:\s?-?\s?(?:{alt})(?![^\W\d_]))*"
    spaced = rf"(?:\s[{letters}](?![^\W\d_]))?" if spec.get("spaced_letter") else ""
    num = (
        rf"{prefix}\d+(?:\^\d+)?(?:[.\-:_]\d+(?:\^\d+)?)*"
        rf"(?:-?[{letters}](?![^\W\d_]))?{suffix}{spaced}"
    )
    list_words = [",", "/", "–", *(spec.get("list_words") or ())]
    range_words = ["–", *(spec.get("range_words") or ())]
    sep_alt = _words_alt([*list_words, *range_words])
    range_alt = _words_alt(range_words)
    sep = rf"\s*,?\s*(?:{sep_alt}|-(?=\s))\s*"

    def alternation(key: str) -> str:
        alts = [_fold_pattern(str(x), r"\s+") for x in spec.get(key) or ()]
        return "|".join(f"(?:{a})" for a in alts)

    # a subdivision written after a number, inside a list: "279.01(1)(a)", "§ 25 Absatz 4a",
    # "artikel 240b, eerste lid, 247"
    sub_labels = alternation("subdivision_labels")
    sub_alts = [r"\((?P<pa>\w{1,4})\)"]
    if sub_labels:
        sub_alts.append(rf"(?:{sub_labels})\s*\(?(?P<lb>\w{{1,4}})\)?")
    if spec.get("subdivision_inline"):
        sub_alts.append(_fold_pattern(str(spec["subdivision_inline"]), r"\s+"))
    sub_tail = rf",?\s*(?:{'|'.join(sub_alts)})(?![^\W_])"
    sub_plain = re.sub(r"\(\?P<\w+>", "(?:", sub_tail)
    item = rf"{num}(?:{_FOLLOWING})?(?:{sub_plain})*"
    numlist = rf"(?P<list>{item}(?:{sep}{item})*)"

    ref_before = ref_after = None
    lb = alternation("labels_before")
    if lb:
        ref_before = _compile(
            rf"{left}(?:{lb})\s*{numlist}", where, f"languages.{code}.labels_before"
        )
    la = alternation("labels_after")
    if la:
        chapter = spec.get("chapter_prefix")
        label_gap = r"\s+"
        chap = f"(?:{_fold_pattern(str(chapter), label_gap)}\\s*)?" if chapter else ""
        chap = chap.replace("(\\d+)", r"(?P<chapter>\d+)", 1)
        after_gap = str(spec.get("after_gap", ""))
        post = r"(?:\s(?P<post>[a-z])(?![^\W\d_]))?" if spec.get("spaced_letter") else ""
        ref_after = _compile(
            rf"(?<![\w.]){chap}{numlist}{after_gap}\s*(?:{la})(?!\w){post}",
            where,
            f"languages.{code}.labels_after",
        )
    both = "|".join(x for x in (lb, la) if x)
    ext_after = alternation("external_after")
    ext_before = alternation("external_before")
    return Language(
        code=code,
        terms=tuple(terms),
        ref_before=ref_before,
        ref_after=ref_after,
        ref_cjk=bool(spec.get("cjk_articles")),
        sep=_compile(sep, where, f"languages.{code}.list_words"),
        range_sep=_compile(
            rf"^\s*(?:{range_alt}|-)\s*$" if range_alt else r"^\s*-\s*$",
            where,
            f"languages.{code}.range_words",
        ),
        num=_compile(num, where, f"languages.{code}"),
        labels=_compile(f"{left}(?:{both})", where, f"languages.{code}") if both else None,
        external_after=_compile(
            rf"^[^;\n]{{0,40}}?(?<!\w)(?:{ext_after})", where, f"languages.{code}.external_after"
        )
        if ext_after
        else None,
        external_before=_compile(
            rf"(?:{ext_before})[\s,]*$", where, f"languages.{code}.external_before"
        )
        if ext_before
        else None,
        subdivision=_compile(sub_tail, where, f"languages.{code}.subdivision_labels"),
    )


def _union(languages: Mapping[str, Language]) -> Language:
    """Every language's terms, English reference syntax: for laws in a language we lack."""
    terms = tuple(t for lang in languages.values() for t in lang.terms)
    base = languages.get("en") or next(iter(languages.values()))
    return replace(base, code="xx", terms=terms)


# ---------------------------------------------------------------------------------------------
# terms


@dataclass(frozen=True)
class _Hit:
    term: Term
    start: int  # folded offsets
    end: int


def _term_hits(folded: str, lang: Language) -> list[_Hit]:
    from lexcompare.tagging.rules import fold_like_ignorecase, literals  # the literal prefilter

    hits: list[_Hit] = []
    excluded: list[tuple[int, int]] = []
    lowered = fold_like_ignorecase(folded)
    for term in lang.terms:
        lits = literals(term.regex)
        if lits is not None and not any(lit in lowered for lit in lits):
            continue  # the regex cannot match: none of the strings every match contains is here
        for m in term.regex.finditer(folded):
            if m.end() == m.start():
                continue
            if term.role == "exclude":
                excluded.append((m.start(), m.end()))
            else:
                hits.append(_Hit(term, m.start(), m.end()))
    if excluded:
        hits = [h for h in hits if not any(h.start < e and s < h.end for s, e in excluded)]
    return hits


def _weights(hits: Iterable[_Hit], factor: float | None = None) -> dict[str, float]:
    """Best weight per distinct term; `factor`: heading multiplier (per-term override wins)."""
    best: dict[str, float] = {}
    for h in hits:
        w = h.term.weight
        if factor is not None:
            w *= h.term.heading if h.term.heading is not None else factor
        best[h.term.id] = max(best.get(h.term.id, 0.0), w)
    return best


# ---------------------------------------------------------------------------------------------
# references


_CJK_NUM = "[0-9〇零一二三四五六七八九十百千壱弐]+"
_CJK_ART = re.compile(rf"第({_CJK_NUM})[条條](?:[のノ之]({_CJK_NUM}))?(?:[のノ之]({_CJK_NUM}))?")
_CJK_RANGE = re.compile(r"^\s*(?:から|至|到|～|〜|-|–)\s*$")


def _cjk_num(m: re.Match[str]) -> str:
    parts = [kanji_number(g) for g in m.groups() if g]
    return "-".join(str(p) for p in parts if p is not None)


def find_references(
    text: str, lang: str | Language = "", *, lexicon: Lexicon | None = None
) -> tuple[Reference, ...]:
    """Citations of provisions by number in `text` (any language of the lexicon)."""
    rules = lang if isinstance(lang, Language) else (lexicon or load_lexicon()).language(lang)
    folded, index = fold(text)
    out = []
    for r in _references_folded(folded, rules):
        start, end = _span(index, len(text), r.start, r.end)
        out.append(replace(r, start=start, end=end))
    return tuple(out)


def _references_folded(folded: str, rules: Language, *, follow: bool = False) -> list[Reference]:
    refs: list[Reference] = []
    tail = re.compile(rf"(?:{rules.sep.pattern})({rules.num.pattern})(?:{_FOLLOWING})?")
    for rx in (rules.ref_before, rules.ref_after):
        if rx is None:
            continue
        for m in rx.finditer(folded):
            lst = m.group("list")
            gd = m.groupdict()
            end = m.end()
            if follow:
                # continue a list after the label: "147 straipsnis ir 157", "art. 118 and 120"
                while True:
                    t = tail.match(folded, end)
                    if not t:
                        break
                    lst += folded[end : t.end()]
                    end = t.end()
            refs.append(
                _parse_list(
                    lst, rules, m.start(), end, gd.get("chapter") or "", gd.get("post") or ""
                )
            )
    if rules.ref_cjk:
        refs.extend(_cjk_references(folded))
    refs.sort(key=lambda r: r.start)
    return refs


def _parse_list(
    lst: str, rules: Language, start: int, end: int, chapter: str, post: str
) -> Reference:
    nums: list[str] = []
    ranges: list[tuple[str, str]] = []
    following: list[str] = []
    subs: list[str] = []  # the first subdivision written after each number
    pos = 0
    masked = lst
    after_sub = False  # the previous item ended with a subdivision
    for m in rules.num.finditer(lst):
        if m.start() < pos:
            continue
        between = masked[pos : m.start()]
        n = m.group(0).strip()
        if after_sub and nums and _leading_int(n) < _leading_int(nums[-1]):
            # "§ 25 Abs. 4a oder 4b": a further subdivision, not a provision
            pos = m.end()
            continue
        after_sub = False
        if nums and between and rules.range_sep.match(between):
            ranges.append((nums.pop(), n))
            subs.pop()
        else:
            nums.append(n)
            subs.append("")
        pos = m.end()
        ff = _FOLLOWING_RX.match(lst, pos)
        if ff:
            following.append(n)
            pos = ff.end()
        while rules.subdivision is not None and (sub := rules.subdivision.match(lst, pos)):
            after_sub = True
            if nums and not subs[-1]:
                subs[-1] = next((v for v in sub.groupdict().values() if v), "") or " "
            masked = masked[:pos] + " " * (sub.end() - pos) + masked[sub.end() :]
            pos = sub.end()
    if post:  # Icelandic "227. gr. a": the letter follows the label
        if ranges and pos == len(lst) and not nums:
            a, b = ranges[-1]
            ranges[-1] = (a, f"{b} {post}")
        elif nums:
            nums[-1] = f"{nums[-1]} {post}"
    subdivision = subs[0].strip() if len(nums) == 1 and not ranges else ""
    return Reference(tuple(nums), tuple(ranges), start, end, chapter, tuple(following), subdivision)


def _leading_int(num: str) -> int:
    m = re.search(r"\d+", num)
    return int(m.group(0)) if m else 0


def _cjk_references(folded: str) -> list[Reference]:
    out: list[Reference] = []
    matches = list(_CJK_ART.finditer(folded))
    k = 0
    while k < len(matches):
        m = matches[k]
        if k + 1 < len(matches) and _CJK_RANGE.match(folded[m.end() : matches[k + 1].start()]):
            n = matches[k + 1]
            out.append(Reference((), ((_cjk_num(m), _cjk_num(n)),), m.start(), n.end()))
            k += 2
            continue
        out.append(Reference((_cjk_num(m),), (), m.start(), m.end()))
        k += 1
    return out


# A short token with two or more capitals right after a reference (and its subdivisions) names
# another law: "Art. 5 StGB", "§ 6 Abs. 2 VStGB", "art. 3 CEDH" (Roman numerals excepted).
_ABBREVIATION = re.compile(
    r"^\s*(?:\(\w{1,4}\)\s*|[A-Z][a-z]{1,7}\.?\s*\d+[a-z]?\s*,?\s*)*"
    r"(?!(?:[IVXLC]+)\b)(?=[\w\-]{2,10}\b)"
    r"[^\W\d_]*[A-Z][^\W\d_]*[A-Z][\w\-]*"
)


def _is_external(
    ref: Reference, folded: str, original: str, index: Sequence[int], rules: Language
) -> bool:
    """Does this reference name a provision of another law?"""
    after = folded[ref.end : ref.end + 80]
    if rules.external_after is not None and rules.external_after.search(after):
        return True
    if rules.external_before is not None and rules.external_before.search(
        folded[max(0, ref.start - 60) : ref.start]
    ):
        return True
    if index:
        o = index[min(ref.end, len(index)) - 1] + 1 if ref.end > 0 else 0
        letters = [ch for ch in original[max(0, o - 60) : o + 30] if ch.isalpha()]
        shouting = sum(ch.isupper() for ch in letters) > 0.6 * len(letters)  # an all-caps text
        if not shouting and _ABBREVIATION.match(original[o : o + 40]):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# resolving numbers against a law


_KEY_SEP = re.compile(r"[\s]+")
_KEY_PUNCT = re.compile(r"[.\-_^:/–]+")


@lru_cache(maxsize=65536)
def num_key(num: str) -> str:
    """A comparison key for designations: "143^1", "143¹", "143-1" -> "143.1"; "145 bis",
    "145-bis", "145bis" -> "145bis"; "232 a" -> "232a"; "L. 425-1" -> "l425.1"."""
    s, _ = fold(num)
    s = s.replace("§", "").replace("º", "").replace("°", "").replace("ª", "")
    s = _KEY_SEP.sub("", s)
    s = _KEY_PUNCT.sub(".", s).strip(".")
    s = re.sub(r"(?<=[^\W\d_])\.|\.(?=[^\W\d_])", "", s)
    return s


@dataclass(frozen=True)
class _Citable:
    provision: Provision
    ancestors: tuple[Provision, ...]
    position: int


def _citables(law: Law) -> list[_Citable]:
    out: list[_Citable] = []

    def walk(nodes: Sequence[Provision], ancestors: tuple[Provision, ...]) -> None:
        for p in nodes:
            if p.is_citable:
                out.append(_Citable(p, ancestors, len(out)))
            else:
                walk(p.children, (*ancestors, p) if p.kind in CONTAINER_KINDS else ancestors)

    walk(law.provisions, ())
    return out


class _Index:
    def __init__(self, citables: Sequence[_Citable]) -> None:
        self.citables = citables
        self.by_key: dict[str, list[int]] = {}
        for c in citables:
            self.by_key.setdefault(num_key(c.provision.num), []).append(c.position)

    def lookup(self, num: str, chapter: str = "", near: _Citable | None = None) -> list[int]:
        key = num_key(num)
        if chapter:
            direct = self.by_key.get(num_key(f"{chapter}.{num}"), [])
            if direct:
                return direct[:1]
            ck = num_key(chapter)
            cands = [
                i
                for i in self.by_key.get(key, [])
                if any(num_key(a.num) == ck for a in self.citables[i].ancestors)
            ]
            return cands[:1]
        cands = self.by_key.get(key, [])
        if not cands and near is not None:
            # per-chapter numbering written "4:1 a": "1 a §" inside chapter 4 means "4:1 a"
            ch = _chapter_of(near)
            if ch:
                cands = self.by_key.get(num_key(f"{ch}.{num}"), [])
        if len(cands) > 1 and near is not None:
            same = [i for i in cands if self.citables[i].ancestors[-1:] == near.ancestors[-1:]]
            if same:
                return same[:1]
        return cands[:1]

    def resolve_num(self, num: str, chapter: str = "", near: _Citable | None = None) -> list[int]:
        found = self.lookup(num, chapter, near)
        if found:
            return found
        # "279.01-279.04", "143^1-143^3", "91-94": a hyphenated range written as one token
        for m in re.finditer(r"-", num):
            a, b = num[: m.start()], num[m.end() :]
            if a and b and b[0].isalnum():
                got = self.resolve_range(a, b, chapter, near)
                if got:
                    return got
        return []

    def resolve_range(
        self, a: str, b: str, chapter: str = "", near: _Citable | None = None, limit: int = 400
    ) -> list[int]:
        pa = self.lookup(a, chapter, near)
        pb: list[int] = []
        if pa and chapter:
            pb = self.lookup(b, chapter, near)
        elif pa:  # the first provision numbered b at or after a
            pb = [i for i in self.by_key.get(num_key(b), []) if i >= pa[0]][:1]
        if pa and pb and pa[0] <= pb[0] and pb[0] - pa[0] <= limit:
            return list(range(pa[0], pb[0] + 1))
        if a.isdigit() and b.isdigit() and 0 < int(b) - int(a) <= limit:
            # an end is missing or the order is scrambled: take the whole numbers in between
            return sorted(
                {i for n in range(int(a), int(b) + 1) for i in self.lookup(str(n), chapter, near)}
            )
        return []

    def resolve_following(
        self, num: str, chapter: str = "", near: _Citable | None = None
    ) -> list[int]:
        """ "R425-1 ff.": that provision and the next ones of the same stem in its container."""
        start = self.lookup(num, chapter, near)
        if not start:
            return []
        first = self.citables[start[0]]
        key = num_key(first.provision.num)
        stem = key.rsplit(".", 1)[0] if "." in key else ""
        out = [start[0]]
        for c in self.citables[start[0] + 1 :]:
            k = num_key(c.provision.num)
            if not stem or (not k.startswith(stem + ".") and k != stem):
                break
            if c.ancestors[-1:] != first.ancestors[-1:]:
                break
            out.append(c.position)
        return out


def _chapter_of(c: _Citable) -> str:
    key = num_key(c.provision.num)
    return key.split(".", 1)[0] if ":" in c.provision.num else ""


def resolve_references(refs: Iterable[Reference], law: Law) -> tuple[Provision, ...]:
    """The citable provisions of `law` that references designate, in document order."""
    citables = _citables(law)
    index = _Index(citables)
    found = sorted({i for r in refs for i in _resolve(index, r, None)})
    return tuple(citables[i].provision for i in found)


def _resolve(index: _Index, ref: Reference, near: _Citable | None) -> list[int]:
    out: list[int] = []
    for n in ref.nums:
        if n in ref.following:
            out.extend(index.resolve_following(n, ref.chapter, near))
        else:
            out.extend(index.resolve_num(n, ref.chapter, near))
    for a, b in ref.ranges:
        out.extend(index.resolve_range(a, b, ref.chapter, near))
    return out


# ---------------------------------------------------------------------------------------------
# relevance


def relevant(law: Law, *, lexicon: Lexicon | None = None) -> tuple[Provision, ...]:
    """Citable provisions concerning trafficking in persons, in document order."""
    return tuple(r.provision for r in explain_relevant(law, lexicon=lexicon))


@dataclass(frozen=True)
class _Found:
    relevance: Relevance
    target: bool  # may other provisions become relevant by citing this one?


def explain_relevant(law: Law, *, lexicon: Lexicon | None = None) -> tuple[Relevance, ...]:
    """Relevant citable provisions with the reason each was kept, in document order."""
    lex = lexicon or load_lexicon()
    rules = lex.language(law.language)
    citables = _citables(law)
    if not citables:
        return ()
    headed = _has_headings(citables, rules)
    found: dict[int, _Found] = {}

    # stage 1a: terms in the provision's heading and text
    texts: dict[int, tuple[str, Sequence[int], str]] = {}
    for c in citables:
        full = c.provision.full_text()
        folded, index = fold(full)
        texts[c.position] = (folded, index, full)
        f = _by_terms(c.provision, full, folded, index, rules, lex, headed)
        if f is not None:
            found[c.position] = f

    # stage 1b: small containers about our subject (a core one makes its provisions targets)
    sizes = _container_sizes(citables)
    for c in citables:
        had = found.get(c.position)
        if had is not None and had.target:
            continue
        f = _by_container(c, rules, lex, sizes)
        if f is not None:
            found[c.position] = f if had is None else _Found(had.relevance, f.target)

    # stage 2: provisions citing a core provision by number, in the country's penal code (2a)
    # or here (2b): a target, or the very subdivision of a relevant provision that made it so
    targets = {c.position for c in citables if c.position in found and found[c.position].target}
    external = lex.external.get((law.country or "").upper())
    refs: dict[int, list[tuple[Reference, bool]]] = {}
    for c in citables:
        if c.position not in found:
            folded, fidx, full = texts[c.position]
            refs[c.position] = [
                (r, _is_external(r, folded, full, fidx, rules))
                for r in _references_folded(folded, rules)
            ]
    if external is not None:
        for pos, lst in refs.items():
            folded, fidx, full = texts[pos]
            for ref, ext in lst:
                if ext and _cites_external(ref, folded, external):
                    span = _span(fidx, len(full), ref.start, ref.end)
                    found[pos] = _Found(
                        Relevance(
                            citables[pos].provision,
                            f"cross-reference to {_label(ref)} of the penal code",
                            (span,),
                            f"ref:external:{external.country}",
                        ),
                        False,
                    )
                    break
    idx = _Index(citables)
    for pos, lst in refs.items():
        if pos in found:
            continue
        c = citables[pos]
        folded, fidx, full = texts[pos]
        for ref, ext in lst:
            if ext:
                continue
            hit = next(
                (
                    i
                    for i in _resolve(idx, ref, c)
                    if i != pos
                    and (
                        i in targets
                        or (
                            ref.subdivision
                            and i in found
                            and _evidence_in(found[i].relevance, ref.subdivision)
                        )
                    )
                ),
                None,
            )
            if hit is not None:
                target = citables[hit].provision
                where = f"{target.num} ({ref.subdivision})" if hit not in targets else target.num
                span = _span(fidx, len(full), ref.start, ref.end)
                found[pos] = _Found(
                    Relevance(
                        c.provision, f"cross-reference to {where}", (span,), f"ref:{rules.code}"
                    ),
                    False,
                )
                break
    return tuple(found[i].relevance for i in sorted(found))


def _evidence_in(r: Relevance, subdivision: str) -> bool:
    """Does the evidence of `r` lie in that subdivision of its provision?

    Only for provisions relevant by their own words or by citing the penal code, so that
    qualified references do not chain.  "Absatz 4a" that a reader left inside "(4)" is looked
    for in "(4)"."""
    if not (r.reason == "term" or r.pattern.startswith("ref:external")):
        return False
    p = r.provision
    full = p.full_text()
    spans: list[tuple[str, int, int]] = []
    pos = len(p.text)
    for child in p.children:
        body = child.full_text() or child.heading
        at = full.find(body, pos) if body else -1
        if at >= 0:
            spans.append((num_key(child.num), full.rfind("\n", 0, at) + 1, at + len(body)))
            pos = at + len(body)
    key = num_key(subdivision)
    chosen = [(s, e) for k, s, e in spans if k == key]
    if not chosen and re.fullmatch(r"\d+[a-z]", key):
        # an inserted "(4a)" that the reader left inside "(4)": its part of "(4)"
        for k, s, e in spans:
            if k == key[:-1]:
                m = re.search(rf"\({re.escape(key)}\)", full[s:e], re.I)
                if m:
                    chosen.append((s + m.start(), e))
    else:
        # a plain "(4)" ends where an inserted "(4a)" left inside it begins
        chosen = [
            (s, m.start()) if (m := _INSERTED_SUB.search(full, s + 1, e)) else (s, e)
            for s, e in chosen
        ]
    return any(s < end and start <= e for start, end in chosen for s, e in r.evidence)


_INSERTED_SUB = re.compile(r"(?m)^\(\d+[a-z]\)")


_PUNCT_DIGITS = re.compile(r"[\W\d_]+")


def _informative(heading: str, p: Provision, rules: Language) -> bool:
    """Does a heading say more than the designation ("Članak 106.", "192. §")?"""
    if not heading.strip():
        return False
    h = fold_text(heading)
    for part in (p.label, p.num):
        if part:
            h = h.replace(fold_text(part), " ")
    if rules.labels is not None:
        h = rules.labels.sub(" ", h)
    return any(len(w) >= 2 for w in _PUNCT_DIGITS.split(h))


def _has_headings(citables: Sequence[_Citable], rules: Language) -> bool:
    n = sum(1 for c in citables if _informative(c.provision.heading, c.provision, rules))
    return n >= 0.3 * len(citables)


def _by_terms(
    p: Provision,
    full: str,
    folded: str,
    index: Sequence[int],
    rules: Language,
    lex: Lexicon,
    headed: bool,
) -> _Found | None:
    head_folded, head_index = fold(p.heading) if p.heading else ("", [])
    head_hits = _term_hits(head_folded, rules) if head_folded else []
    text_hits = _term_hits(folded, rules) if folded else []
    weights = _weights(text_hits)
    for k, w in _weights(head_hits, lex.heading_factor).items():
        weights[k] = max(weights.get(k, 0.0), w)
    if sum(weights.values()) < lex.threshold:
        return None
    head_core = any(h.term.role == "core" for h in head_hits)
    if head_hits and sum(_weights(head_hits, lex.heading_factor).values()) >= lex.threshold:
        spans = tuple(_span(head_index, len(p.heading), h.start, h.end) for h in head_hits)
        return _Found(Relevance(p, "heading", _dedupe(spans), _ids(head_hits)), head_core)
    spans = tuple(_span(index, len(full), h.start, h.end) for h in text_hits)
    text_core = any(h.term.role == "core" for h in text_hits)
    target = head_core or (text_core and not headed)
    return _Found(Relevance(p, "term", _dedupe(spans), _ids(head_hits + text_hits)), target)


def _ids(hits: Sequence[_Hit]) -> str:
    return "+".join(dict.fromkeys(h.term.id for h in hits))


def _dedupe(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    return tuple(sorted(set(spans)))


def _container_sizes(citables: Sequence[_Citable]) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for c in citables:
        for a in c.ancestors:
            sizes[a.eid] = sizes.get(a.eid, 0) + 1
    return sizes


_DESIGNATION = re.compile(r"^\W*(?:[^\W\d_]+\.?\s+)?(?:\d+|[ivxlcdm]+)\b[\w\-]*\s*[:.\-–]\s*")


@lru_cache(maxsize=4096)
def _container_hits(
    heading: str, rules: Language, threshold: float, factor: float, min_coverage: float
) -> tuple[_Hit, ...]:
    """The term hits that make a container heading about our subject, or () if it is not.

    Scored like a provision's own heading; the terms must also cover most of it."""
    folded, _ = fold(heading)
    hits = _term_hits(folded, rules)
    if sum(_weights(hits, factor).values()) < threshold:
        return ()
    # the terms must be what the heading is about: they cover most of its letters
    body = _DESIGNATION.sub(lambda m: " " * len(m.group(0)), folded, count=1)
    letters = [i for i, ch in enumerate(body) if ch.isalpha()]
    covered = {i for h in hits for i in range(h.start, h.end)}
    if not letters or sum(1 for i in letters if i in covered) < min_coverage * len(letters):
        return ()
    return tuple(hits)


def _by_container(
    c: _Citable, rules: Language, lex: Lexicon, sizes: Mapping[str, int]
) -> _Found | None:
    for a in reversed(c.ancestors):  # innermost first
        if not a.heading or sizes.get(a.eid, 0) > lex.container_max_citable:
            continue
        hits = _container_hits(
            a.heading, rules, lex.threshold, lex.heading_factor, lex.container_min_coverage
        )
        if not hits:
            continue
        _, index = fold(a.heading)
        spans = tuple(_span(index, len(a.heading), h.start, h.end) for h in hits)
        where = a.designation() or a.eid
        core = any(h.term.role == "core" for h in hits)
        return _Found(
            Relevance(c.provision, f"container heading {where}", _dedupe(spans), _ids(hits)), core
        )
    return None


def _label(ref: Reference) -> str:
    return ", ".join([*ref.nums, *(f"{a}-{b}" for a, b in ref.ranges)])


def _cites_external(ref: Reference, folded: str, external: ExternalCode) -> bool:
    window = folded[max(0, ref.start - 60) : ref.end + 80]
    if not external.name.search(window):
        return False
    keys = {num_key(n) for n in ref.designations()}
    if ref.chapter:  # Swedish "4 kap. 1 a §"
        keys |= {num_key(f"{ref.chapter}.{n}") for n in ref.designations()}
    for n in ref.nums:  # "232-233a" written as one token
        if "-" in n:
            keys.update(num_key(x) for x in n.split("-"))
    return bool(keys & external.keys)


# ---------------------------------------------------------------------------------------------
# provisions named in free text (manifest notes, reports)


_PAREN = re.compile(r"\(([^()]*)\)")
_NEGATION = re.compile(r"(?<!\w)(?:not|except|excluding|without|no longer|repealed)(?!\w)", re.I)


def mentioned(text: str, law: Law, *, lexicon: Lexicon | None = None) -> tuple[Provision, ...]:
    """The citable provisions of `law` that an English description names, in document order.

    For notes such as "whole code containing articles 225-4-1 to 225-4-9 (traite), 225-13 ff.",
    "§§ 232, 232a", "192. §", "4 kap. 1 a §", "მუხლი 143^1-143^3", "第226条の2": designations are
    read with English label and connector words plus those of the law's language, ranges are
    expanded against the law's own numbering, "ff." takes the following provisions of the same
    stem.  Clauses that deny ("does NOT include art. 202 ter") are skipped, and a parenthesis
    without digits is ignored so that a list can run on past it ("art. 118 (...) and 120")."""
    return resolve_references(mention_references(text, law.language, lexicon=lexicon), law)


def mention_references(
    text: str, lang: str = "", *, lexicon: Lexicon | None = None
) -> tuple[Reference, ...]:
    """The designations an English description names (see `mentioned`), unresolved.

    Offsets index the clause they were read from, not `text`."""
    rules = _mention_language(lexicon or load_lexicon(), lang)
    refs: list[Reference] = []
    for clause in _clauses(text):
        folded, _ = fold(clause)
        refs.extend(_references_folded(folded, rules, follow=True))
    return tuple(refs)


def _clauses(text: str) -> list[str]:
    s = text
    while True:  # drop parentheses holding no number, innermost first
        t = _PAREN.sub(lambda m: m.group(0) if re.search(r"\d", m.group(1)) else " ", s)
        if t == s:
            break
        s = t
    pieces = re.split(r"[;()]", s)
    return [p for p in pieces if p.strip() and not _NEGATION.search(p)]


_MENTION_CACHE: dict[str, tuple[Lexicon, Language]] = {}


def _mention_language(lex: Lexicon, lang: str) -> Language:
    """English label and connector words plus those of the law's language."""
    code = (lang or "").lower().split("-")[0]
    cached = _MENTION_CACHE.get(code)
    if cached is not None and cached[0] is lex:
        return cached[1]
    specs = lex.raw.get("languages", {})
    en: Mapping[str, Any] = specs.get("en") or {}
    own: Mapping[str, Any] = specs.get(code) or {}
    merged: dict[str, Any] = {k: v for k, v in own.items() if k != "terms"}
    for k in ("labels_before", "list_words", "range_words"):
        extra = ["§§?", "provisions?"] if k == "labels_before" else []
        merged[k] = [*(own.get(k) or ()), *(en.get(k) or ()), *extra]
    merged["latin_suffixes"] = bool(own.get("latin_suffixes") or not own)
    weights = {"core": 1.0, "supporting": 0.5, "exclude": 0.0}
    suffixes = tuple(str(s) for s in lex.raw.get("latin_suffixes") or ())
    language = _compile_language(f"{code or 'xx'}+en", merged, weights, suffixes, lex.source)
    _MENTION_CACHE[code] = (lex, language)
    return language
