"""Designations as printed -> (label, num).

num is the designation without label word, sign or ordinal mark:
"§ 232a" -> ("§", "232a"); "Art. 182" -> ("Art.", "182"); "Artículo 5º" -> ("Artículo", "5");
"ARTICULO 145 bis" -> ("ARTICULO", "145 bis"); "Article 1er" -> ("Article", "1");
"Article premier" -> ("Article", "1"); "Article 225-4-1" -> ("Article", "225-4-1").
This is a contract other tools read: keep it stable.
"""

from __future__ import annotations

import re
import unicodedata

# Latin multiplicative suffixes used for inserted provisions, in their usual order.
LATIN_SUFFIXES = (
    "bis",
    "ter",
    "quater",
    "quinquies",
    "sexies",
    "septies",
    "octies",
    "nonies",
    "novies",
    "decies",
    "undecies",
    "duodecies",
    "terdecies",
    "quaterdecies",
    "quindecies",
    "sexdecies",
    "septdecies",
    "octodecies",
    "novodecies",
    "vicies",
)
_SUFFIX_ALT = "|".join(sorted(LATIN_SUFFIXES, key=len, reverse=True)) + "|quáter|quíes"

# Ordinal words that stand for numbers in designations ("Article premier", "Artículo primero").
ORDINAL_WORDS = {
    "premier": "1",
    "première": "1",
    "primero": "1",
    "primer": "1",
    "primeiro": "1",
    "first": "1",
    "erster": "1",
    "primo": "1",
    "eerste": "1",
    "segundo": "2",
    "second": "2",
    "deuxième": "2",
    "second.": "2",
    "secondo": "2",
    "tercero": "3",
    "terceiro": "3",
    "troisième": "3",
    "third": "3",
    "cuarto": "4",
    "quarto": "4",
    "quatrième": "4",
    "fourth": "4",
    "quinto": "5",
    "cinquième": "5",
    "fifth": "5",
    "sexto": "6",
    "sixième": "6",
    "sixth": "6",
    "séptimo": "7",
    "septimo": "7",
    "sétimo": "7",
    "septième": "7",
    "seventh": "7",
    "octavo": "8",
    "oitavo": "8",
    "huitième": "8",
    "eighth": "8",
    "noveno": "9",
    "nono": "9",
    "neuvième": "9",
    "ninth": "9",
    "décimo": "10",
    "decimo": "10",
    "dixième": "10",
    "tenth": "10",
}
# Words that are designations in their own right ("Artículo único").
SOLE_WORDS = {"único": "único", "unico": "único", "unique": "unique", "única": "única"}

LABEL_WORDS = (
    "Section",
    "Sections",
    "Sec.",
    "Article",
    "Articles",
    "Art.",
    "Art",
    "Arts.",
    "Artículo",
    "Articulo",
    "Artigo",
    "Artikel",
    "Articolo",
    "Article",
    "Article",
    "Paragraph",
    "Para.",
    "Rule",
    "Regulation",
    "Reg.",
    "Artículos",
    "Artigos",
    "Artikels",
    "Article",
    "Čl.",
    "Článek",
    "Member",
    "§§",
    "§",
    "Par.",
    "Paragraf",
    "Paragrafo",
)

# Ordinal marks after a number.  A bare "e"/"E" is not one: "§ 79 e", "Artículo 38E" are
# designations with a letter suffix (French "2e" does not number provisions).
_ORD_MARK = re.compile(
    r"(?<=\d)(?:\s*\.?\s*(?:º|°|ª)|o\.|\.o|o(?=$)|(?i:er|re|eme|ème|st|nd|rd|th))(?=$|\s|[.\-)])"
)
_NUM_CORE = re.compile(
    r"""^(?P<num>
        [0-9]+(?:[.\-:/][0-9]+)*            # 3, 225-4-1, 279.011, 4:1
        (?:\s?[A-Za-z](?![a-z]))?           # 232a, 2A, 104 a
        (?:[\-\s]?(?:"""
    + _SUFFIX_ALT
    + r"""))*   # bis, ter, quater...
        (?:\s?[A-Za-z](?![a-z]))?           # 177 bis a
        (?:[.\-][0-9]+)*
      | [IVXLCDM]+(?:\s?[\-.]?\s?(?:"""
    + _SUFFIX_ALT
    + r"""))*(?![a-z])   # Roman numerals
      | [A-Z](?:[.\-]?[0-9]+)*(?:[.\-][0-9]+)*     # L425-1, R425-2, A
      | [A-Z]{1,2}[0-9]+(?:[.\-][0-9]+)*
    )""",
    re.X | re.I,
)


def split_designation(designation: str) -> tuple[str, str]:
    """Split a printed designation into (label, num)."""
    s = unicodedata.normalize("NFC", designation).strip().rstrip(".:-–—").strip()
    label = ""
    m = re.match(r"^(§§?|[^\W\d_][\w]*\.)\s*(?=\S)|^([^\W\d_][\w]*)\s+(?=\S)", s)
    word = (m.group(1) or m.group(2)) if m else ""
    if m and not _looks_like_num(word):
        label = word.strip()
        rest = s[m.end() :].strip()
    else:
        rest = s
        if rest.startswith("§"):
            label, rest = "§", rest[1:].strip()
    return label, normalise_num(rest)


def _looks_like_num(token: str) -> bool:
    t = token.rstrip(".")
    if re.fullmatch(r"[IVXLCDM]+", t) and len(t) <= 6:
        return True
    if re.fullmatch(r"[A-Z][0-9]*", t) and len(t) <= 2:
        return True
    return t.lower() in ORDINAL_WORDS or t.lower() in SOLE_WORDS


def normalise_num(raw: str) -> str:
    """Normalise a bare designation: "5º" -> "5", "1er" -> "1", "145 BIS" -> "145 bis",
    "premier" -> "1", "232 a" -> "232a" (a single letter suffix is joined)."""
    s = unicodedata.normalize("NFC", raw).strip().strip(".:-–—)(").strip()
    if not s:
        return ""
    low = s.lower()
    if low in ORDINAL_WORDS:
        return ORDINAL_WORDS[low]
    if low in SOLE_WORDS:
        return SOLE_WORDS[low]
    s = (
        s.replace("\u2010", "-")
        .replace("\u2011", "-")
        .replace("\u2013", "-")
        .replace("\u2212", "-")
    )
    s = _ORD_MARK.sub("", s)
    s = re.sub(
        r"\s*[-–]?\s*مكرر[\u064b-\u0652\u0627]*(?:\s*([0-9]+))?",
        lambda m: " bis" + (f"-{m.group(1)}" if m.group(1) else ""),
        s,
    )  # Arabic "bis"
    s = re.sub(r"(?<=\w)\s*-\s+(?=\w)|(?<=\w)\s+-\s*(?=\w)", "-", s)  # "121- A" -> "121-A"
    # "145-BIS", "145bis", "145 Bis" -> "145 bis"
    s = re.sub(
        r"(?<=[0-9A-Za-z])\.?[\s\-]?(" + _SUFFIX_ALT + r")\b",
        lambda m: " " + _suffix(m.group(1)),
        s,
        flags=re.I,
    )
    # "232 a" -> "232a" (single letter suffix), but "177 bis a"? keep as printed.
    s = re.sub(r"(?<=\d)\s+([a-zA-Z])$", r"\1", s)
    s = " ".join(s.split())
    return s


def _suffix(word: str) -> str:
    w = word.lower()
    return {"quáter": "quater", "quíes": "quies"}.get(w, w)


# CJK numerals in designations ("第二百二十六条の二").
_KANJI_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "壱": 1,
    "弐": 2,
}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}


def kanji_number(s: str) -> int | None:
    """ "二百二十六" -> 226, "226" -> 226; None when not a number."""
    if s.isdigit():
        return int(s)
    total, current = 0, 0
    for ch in s:
        if ch in _KANJI_DIGITS:
            current = current * 10 + _KANJI_DIGITS[ch] if current else _KANJI_DIGITS[ch]
        elif ch in _KANJI_UNITS:
            total += (current or 1) * _KANJI_UNITS[ch]
            current = 0
        else:
            return None
    return total + current
