"""Penalties stated in a provision: imprisonment ranges in years, life, fines as printed, and the
age below which a victim counts as a child.  Pure functions over text, en/fr/es/pt/de (plus it,
ca, nl where the words are shared), number words included.

    extract_penalties(text, lang) -> tuple[Penalty, ...]
    child_age(text, lang) -> int | None
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- numbers ----------------------------------------------------------------------------------

_UNITS = {
    "en": [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ],
    "fr": [
        "zéro",
        "un",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
        "dix-sept",
        "dix-huit",
        "dix-neuf",
        "vingt",
    ],
    "es": [
        "cero",
        "uno",
        "dos",
        "tres",
        "cuatro",
        "cinco",
        "seis",
        "siete",
        "ocho",
        "nueve",
        "diez",
        "once",
        "doce",
        "trece",
        "catorce",
        "quince",
        "dieciséis",
        "diecisiete",
        "dieciocho",
        "diecinueve",
        "veinte",
    ],
    "pt": [
        "zero",
        "um",
        "dois",
        "três",
        "quatro",
        "cinco",
        "seis",
        "sete",
        "oito",
        "nove",
        "dez",
        "onze",
        "doze",
        "treze",
        "catorze",
        "quinze",
        "dezesseis",
        "dezessete",
        "dezoito",
        "dezenove",
        "vinte",
    ],
    "de": [
        "null",
        "eins",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "elf",
        "zwölf",
        "dreizehn",
        "vierzehn",
        "fünfzehn",
        "sechzehn",
        "siebzehn",
        "achtzehn",
        "neunzehn",
        "zwanzig",
    ],
}
_EXTRA = {
    "en": {
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "twenty-five": 25,
        "twenty five": 25,
        "twenty-one": 21,
        "twenty-two": 22,
        "twenty-four": 24,
    },
    "fr": {
        "une": 1,
        "trente": 30,
        "quarante": 40,
        "cinquante": 50,
        "vingt et un": 21,
        "vingt-deux": 22,
        "vingt-trois": 23,
        "vingt-quatre": 24,
        "vingt-cinq": 25,
        "vingt-six": 26,
        "vingt-sept": 27,
        "vingt-huit": 28,
        "vingt-neuf": 29,
    },
    "es": {
        "un": 1,
        "una": 1,
        "dieciseis": 16,
        "veintiuno": 21,
        "veintiún": 21,
        "veintidós": 22,
        "veintidos": 22,
        "veintitrés": 23,
        "veintitres": 23,
        "veinticuatro": 24,
        "veinticinco": 25,
        "veintiséis": 26,
        "veintiseis": 26,
        "veintisiete": 27,
        "veintiocho": 28,
        "veintinueve": 29,
        "treinta": 30,
        "cuarenta": 40,
        "cincuenta": 50,
        "sesenta": 60,
    },
    "pt": {
        "uma": 1,
        "catorze": 14,
        "quatorze": 14,
        "dezasseis": 16,
        "dezassete": 17,
        "dezanove": 19,
        "vinte e um": 21,
        "vinte e dois": 22,
        "vinte e três": 23,
        "vinte e quatro": 24,
        "vinte e cinco": 25,
        "trinta": 30,
        "quarenta": 40,
        "cinquenta": 50,
    },
    "de": {
        "ein": 1,
        "eine": 1,
        "einem": 1,
        "einen": 1,
        "einer": 1,
        "zweien": 2,
        "dreißig": 30,
        "einundzwanzig": 21,
        "zweiundzwanzig": 22,
        "dreiundzwanzig": 23,
        "vierundzwanzig": 24,
        "fünfundzwanzig": 25,
        "vierzig": 40,
        "fünfzig": 50,
    },
}


def _number_words(lang: str) -> dict[str, int]:
    words: dict[str, int] = {}
    for lg in (lang, "en") if lang in _UNITS else ("en", "fr", "es", "pt", "de"):
        for i, w in enumerate(_UNITS[lg]):
            words.setdefault(w, i)
        for w, n in _EXTRA[lg].items():
            words.setdefault(w, n)
    return words


def _num_pattern(lang: str) -> str:
    words = sorted(_number_words(lang), key=len, reverse=True)
    return r"(?<!\w)(?:\d+(?:[.,]\d+)?|" + "|".join(re.escape(w) for w in words) + r")(?!\w)"


def _to_number(token: str, lang: str) -> float | None:
    t = token.strip().lower()
    if re.fullmatch(r"\d+(?:[.,]\d+)?", t):
        return float(t.replace(",", "."))
    return float(_number_words(lang)[t]) if t in _number_words(lang) else None


# --- vocabulary ---------------------------------------------------------------------------------

_YEAR = r"(?:years?|yrs?|ans?|années?|años?|anos?|jahr(?:e|en|es)?|anni|anys|jaren?|jaar)"
_MONTH = r"(?:months?|mois|mes(?:es)?|m[eê]s(?:es)?|monat(?:e|en|s)?|mesi|jaar|maanden?)"
_PRISON = (
    r"(?:imprison\w*|jail|penal servitude|custod\w*|prison\w*|emprisonnement|r[ée]clusion|"
    r"d[ée]tention|privative de libert[ée]|pris[ií][oó]n|reclus[ií][oó]n|pena privativa|"
    r"pris[aã]o|reclus[aã]o|deten[cç][aã]o|freiheitsstrafe|freiheitsentzug|zuchthaus|"
    r"gevangenisstraf|reclusione|pres[oó]|pena)"
)
_LIFE = (
    r"(?:life imprisonment|imprisonment for (?:the remainder of (?:his|her|the person's) )?life|"
    r"for life|life sentence|any term of years or (?:for )?life|or for life|[àa] perp[ée]tuit[ée]|"
    r"(?:prisi[oó]n|reclusi[oó]n|cadena|presidio|pris[aã]o) perp[ée]tua|lebenslang\w*|"
    r"levenslang\w*|ergastolo|pris[aã]o perp[ée]tua)"
)
_MIN = (
    r"(?:not less than|not be less than|no less than|at least|"
    r"(?:a )?minimum (?:punishment |term |sentence |penalty )?(?:of )?(?:imprisonment )?(?:for a term )?(?:of )?|"
    r"au moins|d'au moins|pas inf[ée]rieure? [àa]|minimum de|"
    r"no (?:menor|inferior) (?:de|a)|m[ií]nimo de|por lo menos|"
    r"n[aã]o inferior a|no m[ií]nimo|"
    r"nicht unter|mindestens|"
    r"non inferiore a)"
)
_MAX = (
    r"(?:not (?:more than|exceeding)|not be more than|nor more than|no more than|up to|"
    r"may extend to|a maximum of|maximum of|"
    r"which may extend to|for a term which may extend to|exceeding|"
    r"jusqu'[àa]|au plus|ne (?:pouvant|peut) exc[ée]der|maximum de|"
    r"hasta|no (?:mayor|superior) (?:de|a)|m[aá]ximo de|"
    r"at[ée]|n[aã]o superior a|"
    r"bis zu|h[öo]chstens|"
    r"fino a|non superiore a)"
)
_TO = r"(?:to|and|à|a|au|y|e|bis(?: zu)?|tot|fino a|but (?:which )?may extend to|nor more than|-|–)"
_FROM = r"(?:from|between|de|du|desde|entre|von|van|da)"

_AGGRAV = re.compile(
    r"\b(?:aggravat\w*|where|if|when|in case|lorsque|lorsqu|si |quand|cuando|si el|si la|"
    r"agravad\w*|agravant\w*|quando|se o|se a|wenn|falls|sofern|qualifiziert\w*|indien|"
    r"aggravant\w*|circonstances?|circunstancias?|circunst[aâ]ncias?)\b",
    re.I,
)

_REF_OTHER = re.compile(
    r"pr[ée]vue?s? (?:[àa]|au|aux|par) (?:l'|les )?(?:article|I )|supuestos? del? art|"
    r"previst[oa]s? (?:no|en|nel|na|pelo)|(?:under|in) (?:sub-?)?sections? \d|referred to in|"
    r"offen[cs]es? under (?:clauses?|sub-?sections?|sections?|paragraphs?)|"
    r"nach (?:den )?§|des §|im Falle des|in den F[äa]llen des|del art[ií]culo|do artigo",
    re.I,
)

_CURRENCY = (
    r"(?:(?<!\w)(?:rupees?|rs\.?|dollars?|pesos?|euros?|EUR|francs?|CHF|FCFA|kwacha|"
    r"penalty units|penal units|unidades? tributarias?(?: mensuales)?|UTM|"
    r"salarios? m[ií]nimos?(?: legales)?(?: mensuales)?(?: vigentes)?|d[ií]as[- ]multa|"
    r"unidades? de medida|UMA|reais|dirhams?|AED|riyals?|QAR|lei|leva|zloty|złotych|kronor|"
    r"kroner|Tagess[äa]tze[n]?|pounds?|yen)(?!\w)|US\$|R\$|\$|€|£|円)"
)


@dataclass(frozen=True)
class Penalty:
    """One sanction stated in a provision.  Years are floats (six months = 0.5)."""

    kind: str  # "imprisonment" or "fine"
    min_years: float | None = None
    max_years: float | None = None
    life: bool = False
    fine: str = ""  # as printed, e.g. "150 000 euros"
    currency: str = ""
    aggravated: bool = False
    start: int = 0
    end: int = 0


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    # Sentences end at . ; : before a capital, a digit or a subdivision marker, or at a line break
    # that opens a subdivision ("(2)", "b)", "3."); other line breaks are hard wraps of a sentence.
    for m in re.finditer(
        r"(?<=[.;:])\s+(?=[A-ZÀ-Ý(\d«\"“]|[a-z]\))|\n+(?=\(?[0-9a-zA-Z]{1,4}[).°º]\s)|\n{2,}",
        text,
    ):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _duration(num: str, unit: str, lang: str) -> float | None:
    n = _to_number(num, lang)
    if n is None:
        return None
    return n / 12 if re.fullmatch(_MONTH, unit, re.I) else n


def extract_penalties(text: str, lang: str = "en") -> tuple[Penalty, ...]:
    """Imprisonment ranges and fines stated in `text` (a provision's full text)."""
    num = _num_pattern(lang)
    paren = r"(?:\s*\(\s*[^()]{{1,24}}\))?"  # "cuatro (4) años", "4 (quatro) anos"
    unit = rf"(?:{_YEAR}|{_MONTH})(?!\w)"
    dur = rf"(?P<{{n}}>{num}){paren}\s*(?:-\s*)?(?P<{{u}}>{unit})?"
    range_re = re.compile(
        rf"(?:{_FROM}\s+)?{dur.format(n='a', u='ua')}\s+{_TO}\s+(?:{_MAX}\s+)?{dur.format(n='b', u='ub')}",
        re.I,
    )
    min_re = re.compile(
        rf"{_MIN}\s*(?:a term of\s+|de\s+|von\s+)?{dur.format(n='a', u='ua')}", re.I
    )
    max_re = re.compile(rf"{_MAX}\s+(?:a term of\s+|de\s+)?{dur.format(n='a', u='ua')}", re.I)
    bare_re = re.compile(rf"{dur.format(n='a', u='ua')}", re.I)
    out: list[Penalty] = []
    first_prison_seen = False
    base: Penalty | None = None
    for s, e in _sentences(text):
        sent = text[s:e]
        if not re.search(_PRISON, sent, re.I) and not re.search(_LIFE, sent, re.I):
            out.extend(_fines(sent, s, lang, first_prison_seen))
            continue
        explicit = bool(re.search(r"aggravat|agrava|qualifiz|qualified", sent, re.I))
        cond = bool(_AGGRAV.search(sent))
        if not first_prison_seen:
            # A provision whose first penalty applies "when" the offence "of article X" is
            # committed in some circumstance is an aggravation of that other offence.
            aggravated = explicit or (cond and bool(_REF_OTHER.search(sent)))
        else:
            aggravated = explicit or cond
        lo: float | None = None
        hi: float | None = None
        span = (s, e)
        m = range_re.search(sent)
        if m and (m.group("ua") or m.group("ub")):
            u_a = m.group("ua") or m.group("ub")
            u_b = m.group("ub") or m.group("ua")
            lo = _duration(m.group("a"), u_a, lang)
            hi = _duration(m.group("b"), u_b, lang)
            span = (s + m.start(), s + m.end())
        else:
            mn = min_re.search(sent)
            mx = max_re.search(sent)
            if mn and mn.group("ua"):
                lo = _duration(mn.group("a"), mn.group("ua"), lang)
                span = (s + mn.start(), s + mn.end())
            if mx and mx.group("ua"):
                hi = _duration(mx.group("a"), mx.group("ua"), lang)
                span = (
                    s + (mn.start() if mn else mx.start()),
                    s + max(mx.end(), mn.end() if mn else 0),
                )
            if lo is None and hi is None:
                for b in bare_re.finditer(sent):
                    if b.group("ua") and re.fullmatch(_YEAR + "|" + _MONTH, b.group("ua"), re.I):
                        near = sent[max(0, b.start() - 60) : b.end() + 60]
                        if re.search(_PRISON, near, re.I):
                            hi = _duration(b.group("a"), b.group("ua"), lang)
                            span = (s + b.start(), s + b.end())
                            break
        life = bool(re.search(_LIFE, sent, re.I))
        if lo is not None and hi is not None and lo > hi:
            lo, hi = hi, lo
        if lo is None and hi is None and not life:
            out.extend(_fines(sent, s, lang, first_prison_seen))
            continue
        if first_prison_seen and not aggravated and base is not None:
            # Later, heavier ranges in the same provision are aggravated forms.
            aggravated = (life and not base.life) or (
                hi is not None and base.max_years is not None and hi > base.max_years
            )
        pen = Penalty(
            "imprisonment", lo, hi, life, aggravated=aggravated, start=span[0], end=span[1]
        )
        out.append(pen)
        if base is None:
            base = pen
        first_prison_seen = True
        out.extend(_fines(sent, s, lang, aggravated))
    return tuple(out)


def _fines(sent: str, offset: int, lang: str, aggravated: bool) -> list[Penalty]:
    found: list[Penalty] = []
    if not re.search(r"fine|amende|multa|geldstrafe|boete|ammenda|penalty", sent, re.I):
        return found
    pat = re.compile(
        rf"(?:{_CURRENCY}\s*\d[\d\s.,']*|\d[\d\s.,']*(?:\s*(?:million|millions|lakh|crore|mil))?\s*{_CURRENCY}|"
        + _num_pattern(lang)
        + r"(?:\s*\(\s*[\d.,]+\s*\))?\s+(?:"
        + _CURRENCY
        + "))",
        re.I,
    )
    fine_word = (
        r"(?<!\w)(?:amendes?|multas?|geldstrafen?|boetes?|ammend[ae]|fine[d]?)(?!\w)"
        if lang in ("es", "pt", "ca", "it")
        else r"(?<!\w)(?:amendes?|multas?|geldstrafen?|boetes?|ammend[ae]|fine[sd]?)(?!\w)"
    )
    worded = re.compile(
        fine_word + r"\s+(?:of\s+|de\s+|d'|von\s+|not\s+"
        r"(?:less|more)\s+than\s+|up\s+to\s+|hasta\s+|at[ée]\s+|which\s+may\s+extend\s+to\s+|"
        r"not\s+exceeding\s+)*(?P<amt>(?:[^.;:]|(?<=\d)[.:](?=\d)){1,80}?" + _CURRENCY + r")",
        re.I,
    )
    spans: list[re.Match[str]] = []
    for m in worded.finditer(sent):
        spans.append(m)
    matches: list[tuple[int, int, str]] = [
        (m.start("amt"), m.end("amt"), m.group("amt")) for m in spans
    ]
    for m in pat.finditer(sent):
        if not any(a <= m.start() < b for a, b, _ in matches):
            matches.append((m.start(), m.end(), m.group(0)))
    lead = re.compile(
        r"^(?:(?:which|that|of|de|not|shall|may|be|extend(?:s|ing)?|to|upto|up|less|more|than|"
        r"exceed(?:s|ing)?|hasta|até|ate|bis|zu|jusqu'à|au|plus)\s+)+",
        re.I,
    )
    for start, end, raw in sorted(matches):
        trimmed = lead.sub("", raw)
        start += len(raw) - len(trimmed)
        printed = " ".join(trimmed.split()).strip(" ,.")
        cur = re.search(_CURRENCY, printed, re.I)
        found.append(
            Penalty(
                "fine",
                fine=printed,
                currency=cur.group(0) if cur else "",
                aggravated=aggravated,
                start=offset + start,
                end=offset + end,
            )
        )
    return found
    for m in pat.finditer(sent):
        printed = " ".join(m.group(0).split()).strip(" ,.")
        cur = re.search(_CURRENCY, printed, re.I)
        found.append(
            Penalty(
                "fine",
                fine=printed,
                currency=cur.group(0) if cur else "",
                aggravated=aggravated,
                start=offset + m.start(),
                end=offset + m.end(),
            )
        )
    return found


_CHILD_AGE = re.compile(
    r"(?:under|below|less than|not (?:yet )?attained (?:the age of )?|moins de|menor(?:es)? de|"
    r"menos de|unter|jünger als|minder dan|inferiore a|sotto i|younger than)\s+(?:the age of\s+)?"
    r"(?P<n>\d{1,2}|eighteen|sixteen|fourteen|fifteen|twelve|dix-huit|seize|quinze|dieciocho|"
    r"dieciséis|dezoito|achtzehn|sechzehn|vierzehn|achttien|diciotto)\s*"
    r"(?:\(\s*\d+\s*\)\s*)?(?:full\s+)?(?:years?|ans|años|anos|jahren|jaar|anni)?",
    re.I,
)


def child_age(text: str, lang: str = "en") -> int | None:
    """The age below which a person is a child/minor, where the text states it."""
    for m in _CHILD_AGE.finditer(text):
        near = text[max(0, m.start() - 120) : m.end() + 40].lower()
        if re.search(
            r"child|minor|enfant|mineur|niñ|menor|criança|adolescen|kind|minderj|"
            r"jugendlich|bambin|minore|person|persona|pessoa|personne",
            near,
        ):
            n = _to_number(m.group("n"), lang)
            if n is None:
                n = _to_number(m.group("n"), "en")
            if n is None:
                for lg in ("fr", "es", "pt", "de"):
                    n = _to_number(m.group("n"), lg)
                    if n is not None:
                        break
            if n is None:
                n = {"achttien": 18.0, "diciotto": 18.0}.get(m.group("n").lower())
            if n is not None and 10 <= n <= 21:
                return int(n)
    return None
