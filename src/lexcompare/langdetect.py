"""Language identification for legal text, offline: script first, then function words.

Covers the corpus languages.  Returns an ISO 639-1 code, or "" when the text gives too little to
decide (callers turn that into a clear error asking for --lang).
"""

from __future__ import annotations

import re
from collections import Counter

# Frequent function words and legal words, a handful per language; chosen to separate neighbours
# (es/pt/ca/it, da/no/sv, cs/sk, hr/sr/sl, fr/ca).
_WORDS: dict[str, str] = {
    "en": "the of and to in shall be any or is by for with which person section act under such",
    "fr": "le la les de des du et est par pour dans une qui sont ou au aux article sur être personne",
    "es": "el la los las de del y en por que con para se una su artículo será persona o al sus",
    "pt": "o a os as de do da dos das e em por que com para se uma não artigo será pessoa ao",
    "it": "il lo la gli le di del della e è per che con una sono articolo persona nel alla dei",
    "ca": "el la els les de del i en per que amb una és són article persona als dels pel aquest",
    "de": "der die das und in des den zu mit von ist wird nicht auf eine einer oder person bis",
    "nl": "de het een van en in is te met voor door wordt niet op die artikel of dat persoon",
    "ro": "și de la în cu care este sau pentru persoane prin pe unei din fi se al articolul",
    "pl": "i w na z do się nie jest lub przez który albo od osoba o podlega kto karze",
    "cs": "a v na se z do je nebo že k který tohoto zákona osoba bude o jako s by",
    "sk": "a v na sa z do je alebo že k ktorý tohto zákona osoba bude o ako s by sú",
    "sl": "in v na se z do je ali da k ki tega zakona oseba bo o kot s so za",
    "hr": "i u na se s do je ili da k koji ovoga zakona osoba će o kao za su od",
    "hu": "a az és hogy nem is egy vagy aki be ki meg el szerint ha bűncselekmény",
    "tr": "ve bir bu ile için veya olan da de kişi madde olarak göre kadar yıl",
    "sv": "och att i av som för på är med en den till eller har inte ska om",
    "da": "og at i af som for på er med en den til eller har ikke skal om der",
    "no": "og at i av som for på er med en den til eller har ikke skal om det",
    "is": "og að í af sem fyrir á er með en það til eða hefur ekki skal um við",
    "lt": "ir į kad su ar iš yra kaip bei jo jei šio asmuo straipsnis arba",
    "lv": "un ir ar par vai kas no uz ka to šā likuma persona pants tiek",
    "vi": "và của các là có được cho trong người không với những này theo tội",
    "sr": "и у на се са до је или да к који овог закона лице ће о као за",
    "uk": "і в на з до що не або та які є від цього закону особа для",
    "ru": "и в на с до что не или которые от этого закона лицо для по",
    "bg": "и в на с до че не или които от този закон лице за по се",
}
_VOCAB = {lang: frozenset(ws.split()) for lang, ws in _WORDS.items()}

_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("ar", r"[\u0600-\u06ff\u0750-\u077f]"),
    ("ka", r"[\u10a0-\u10ff]"),
    ("el", r"[\u0370-\u03ff\u1f00-\u1fff]"),
    ("he", r"[\u0590-\u05ff]"),
    ("ja", r"[\u3040-\u30ff]"),
    ("zh", r"[\u4e00-\u9fff]"),
    ("ko", r"[\uac00-\ud7af]"),
    ("th", r"[\u0e00-\u0e7f]"),
    ("hi", r"[\u0900-\u097f]"),
    ("cyrl", r"[\u0400-\u04ff]"),
)

_TOKEN = re.compile(r"[^\W\d_]+", re.U)

SUPPORTED = frozenset(_WORDS) | {"ar", "ka", "el", "he", "ja", "zh", "ko", "th", "hi"}


def detect_language(text: str) -> str:
    sample = text[:50000]
    if not sample.strip():
        return ""
    counts = {lang: len(re.findall(pat, sample)) for lang, pat in _SCRIPTS}
    letters = len(re.findall(r"[^\W\d_]", sample)) or 1
    if counts["ja"] > 20 or (counts["ja"] >= 2 and counts["ja"] > counts["zh"] * 0.1):
        return "ja"
    if counts["zh"] > letters * 0.3:
        return "zh"
    best_script = max(counts, key=lambda k: counts[k])
    if counts[best_script] > letters * 0.3:
        if best_script != "cyrl":
            return best_script
        if re.search(r"[іїєґІЇЄҐ]", sample):
            return "uk"
        if re.search(r"[ђћџљњјЂЋЏЉЊЈ]", sample):
            return "sr"
        candidates: tuple[str, ...] = ("uk", "sr", "ru", "bg")
    else:
        candidates = tuple(k for k in _VOCAB if k not in ("uk", "sr", "ru", "bg"))
    tokens = Counter(t.lower() for t in _TOKEN.findall(sample))
    total = sum(tokens.values())
    if total < 3:
        return ""
    scores = {
        lang: sum(n for w, n in tokens.items() if w in _VOCAB[lang]) / total for lang in candidates
    }
    # Distinctive letters settle close calls.
    bonus = {
        "pt": r"[ãõç]",
        "es": r"[ñ¿¡]",
        "ca": r"l·l|\bels\b",
        "ro": r"[șțăîâ]",
        "pl": r"[łąęźżń]",
        "cs": r"[řůě]",
        "sk": r"[ľĺŕô]",
        "hu": r"[őű]",
        "tr": r"[ğış]",
        "de": r"[ßäöü]",
        "is": r"[ðþ]",
        "lt": r"[ėųįū]",
        "lv": r"[ķļņģ]",
        "vi": r"[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệ]",
        "da": r"\baf\b|\bhvis\b",
        "no": r"\bikke\b|\bav\b",
        "sv": r"\boch\b",
        "hr": r"\bčlanak\b|ć",
        "sl": r"\bčlen\b",
        "fr": r"[èêëœ]",
        "nl": r"ij\b|\bhet\b",
    }
    for lang, pat in bonus.items():
        if lang in scores:
            hits = len(re.findall(pat, sample[:20000]))
            scores[lang] += min(hits / max(total, 1), 0.05)
    lang, score = max(scores.items(), key=lambda kv: kv[1])
    return lang if score >= 0.03 else ""
