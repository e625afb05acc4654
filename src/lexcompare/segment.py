"""Plain text of a law -> tree of provisions.  Pure functions, no I/O.

    segment(text, lang) -> Segmented            the whole law
    subdivide(body, offset, lang) -> (own text, subdivision Nodes)   one citable provision's body

How `segment` works, in stages (each a pure function over the list of lines):

1. *Lines*: every line of the (already normalised) text with its offsets; lines that are editorial
   notes (amendment history, "Fassung gemäss", "(*) Artículo modificado por"...) are flagged.
2. *Candidates*: a line that starts with a designation is a candidate heading: a citable unit
   ("Article 5", "Art. 182", "§ 232a", "ARTICULO 145 bis", "المادة 3", "Άρθρο 323Α", "279.01 Title")
   or a container ("Chapter II", "Titre Ier", "Erster Abschnitt", "ČÁST PRVNÍ").  Local rules
   reject cross-references that merely start a line: a lower-case label, a designation followed
   by running text ("Article 5 of the Act", "§ 232 StGB"), a line that continues the previous one.
3. *Family*: the label family that dominates the document (article / section / rule / bare numbers)
   is the citable unit; "Section" is a container in documents whose units are articles.
4. *Insertions*: in amending acts, designations that follow an announcement ("... por el
   siguiente:", "amended to read as follows:") and differ in style from the amending provisions
   are quoted text: they stay inside the amending provision, marked as `Insertion`s.  So do
   container headings right after such an announcement when it names their kind ("... del
   Título II por la siguiente:" + "Título II"), and quoted headings are never group headings.
5. *Sequence*: numbering of real headings (mostly) increases; a dynamic programme keeps the
   heaviest non-decreasing chain of candidates (restarts are allowed, at a cost), so impostors
   that break the sequence are dropped.  When the source marks headings explicitly (markdown),
   those marks are trusted instead.
6. *Tree*: containers nest by kind (the order learned from the document), citable units go
   into the innermost open container, and each unit's body is split into subdivisions.

Readers that know more than the plain text (markdown headings, note blocks) pass it as `Hints`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from lexcompare.model import CITABLE_KINDS, Insertion, Provision
from lexcompare.numbering import LATIN_SUFFIXES, kanji_number, normalise_num
from lexcompare.tree import Node, freeze

__all__ = ["Hints", "Segmented", "num_key", "segment", "split_body", "subdivide"]


@dataclass(frozen=True)
class Segmented:
    provisions: tuple[Provision, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class Hints:
    """What a reader knows about lines of the text beyond the text itself (keys: line start offsets).

    headings: lines the source marks as headings, with the markdown level (1-6) or 0 if unknown.
    emphasised: lines that start with bold/strong text (weak evidence of a heading).
    notes: lines that are editorial notes (footnotes, amendment history blocks).
    containers: lines that are group headings without a designation (become `hcontainer`s).
    """

    headings: dict[int, int] = field(default_factory=dict)
    emphasised: frozenset[int] = frozenset()
    notes: frozenset[int] = frozenset()
    containers: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Body:
    """A citable provision's body split up: own text, subdivisions, editorial notes."""

    text: str
    children: list[Node]
    notes: list[str]


# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

# Citable labels: regex -> (family, kind).  Order matters (longest first inside each alternative).
_CITABLE_LABELS: tuple[tuple[str, str, str], ...] = (
    (
        r"ART[IÍ]CULO|Art[ií]culo|ARTIGO|Artigo|ARTICOLO|Articolo|ARTICOLUL|Articolul|ARTICOL|Articol",
        "article",
        "article",
    ),
    (r"ARTICLE|Article|ARTIKEL|Artikel|ARTIKKEL|Artikkel|ARTYKUŁ|Artykuł", "article", "article"),
    (r"Art\.[ºo°]|ART\.|Art\.|Art(?=\s\d)|Arts?\s\.", "article", "article"),
    (r"ΆΡΘΡΟ|ΑΡΘΡΟ|Άρθρο|Αρθρο|Άρθ\.", "article", "article"),
    (
        r"ČLÁNEK|Článek|ČLÁNOK|Článok|Čl\.|ČLANAK|Članak|ČLAN|Član|ČLEN|Člen|ЧЛАН|Члан|ЧЛЕН|Член",
        "article",
        "article",
    ),
    (
        r"СТАТТЯ|Стаття|СТАТЬЯ|Статья|Ст\.|MADDE|Madde|ĐIỀU|Điều|PASAL|Pasal|მუხლი",
        "article",
        "article",
    ),
    (r"المادة|مادة|المادّة", "article", "article"),
    (r"SECTION|Section|SEC\.|Sec\.|Sect\.", "section", "section"),
    (r"§§(?=\s*\d+\s?[a-z]?\s*[-–]\s*\d)|§", "section", "section"),  # "§§ 28-30" (a repealed run)
    (r"RULE|Rule|REGULATION|Regulation|Reg\.", "rule", "rule"),
)
# "الفصل" is the article in Maghreb codes and a chapter elsewhere: decided per document.
_FASL = "الفصل"

_ARABIC_ORDINALS = {
    "الأولى": "1",
    "الاولى": "1",
    "األولى": "1",
    "الأول": "1",
    "الاول": "1",
    "األول": "1",
    "الثانية": "2",
    "الثاني": "2",
    "الثالثة": "3",
    "الثالث": "3",
    "الرابعة": "4",
    "الرابع": "4",
    "الخامسة": "5",
    "الخامس": "5",
    "السادسة": "6",
    "السادس": "6",
    "السابعة": "7",
    "السابع": "7",
    "الثامنة": "8",
    "الثامن": "8",
    "التاسعة": "9",
    "التاسع": "9",
    "العاشرة": "10",
    "العاشر": "10",
    "الحادية عشرة": "11",
    "الحادي عشر": "11",
    "الثانية عشرة": "12",
    "الثاني عشر": "12",
    "الثالثة عشرة": "13",
    "الثالث عشر": "13",
    "الرابعة عشرة": "14",
    "الرابع عشر": "14",
    "الخامسة عشرة": "15",
    "الخامس عشر": "15",
    "السادسة عشرة": "16",
    "السادس عشر": "16",
    "السابعة عشرة": "17",
    "السابع عشر": "17",
    "الثامنة عشرة": "18",
    "الثامن عشر": "18",
    "التاسعة عشرة": "19",
    "التاسع عشر": "19",
    "العشرون": "20",
}
_GREEK_ORDINALS = {
    "πρώτο": "1",
    "πρωτο": "1",
    "δεύτερο": "2",
    "τρίτο": "3",
    "τέταρτο": "4",
    "πέμπτο": "5",
    "έκτο": "6",
    "έβδομο": "7",
    "όγδοο": "8",
    "ένατο": "9",
    "δέκατο": "10",
    "μόνο": "μόνο",
}
# Ordinal words for designations ("Article premier", "Artículo primero", "Llibre segon",
# "Erster Titel", "ČÁST PRVNÍ"); values are the numbers they stand for.
_ORDINALS: dict[str, str] = {
    "premier": "1",
    "première": "1",
    "primero": "1",
    "primera": "1",
    "primer": "1",
    "primeiro": "1",
    "primo": "1",
    "first": "1",
    "eerste": "1",
    "prvni": "1",
    "první": "1",
    "prvá": "1",
    "prva": "1",
    "pierwszy": "1",
    "segundo": "2",
    "segunda": "2",
    "segon": "2",
    "segona": "2",
    "second": "2",
    "deuxième": "2",
    "secondo": "2",
    "tweede": "2",
    "druhá": "2",
    "druha": "2",
    "druhý": "2",
    "tercero": "3",
    "tercera": "3",
    "tercer": "3",
    "terceiro": "3",
    "tercer.": "3",
    "troisième": "3",
    "third": "3",
    "terzo": "3",
    "derde": "3",
    "třetí": "3",
    "tretia": "3",
    "cuarto": "4",
    "cuarta": "4",
    "quart": "4",
    "quarta": "4",
    "quarto": "4",
    "quatrième": "4",
    "fourth": "4",
    "vierde": "4",
    "čtvrtá": "4",
    "quinto": "5",
    "quinta": "5",
    "cinquè": "5",
    "cinquena": "5",
    "cinquième": "5",
    "fifth": "5",
    "vijfde": "5",
    "pátá": "5",
    "sexto": "6",
    "sexta": "6",
    "sisè": "6",
    "sisena": "6",
    "sixième": "6",
    "sixth": "6",
    "sesto": "6",
    "zesde": "6",
    "šestá": "6",
    "séptimo": "7",
    "septimo": "7",
    "séptima": "7",
    "setè": "7",
    "setena": "7",
    "septième": "7",
    "seventh": "7",
    "settimo": "7",
    "zevende": "7",
    "sedmá": "7",
    "octavo": "8",
    "octava": "8",
    "vuitè": "8",
    "vuitena": "8",
    "huitième": "8",
    "eighth": "8",
    "ottavo": "8",
    "achtste": "8",
    "osmá": "8",
    "noveno": "9",
    "novena": "9",
    "novè": "9",
    "neuvième": "9",
    "ninth": "9",
    "nono": "9",
    "negende": "9",
    "devátá": "9",
    "décimo": "10",
    "decimo": "10",
    "décima": "10",
    "desè": "10",
    "desena": "10",
    "dixième": "10",
    "tenth": "10",
    "tiende": "10",
    "desátá": "10",
    "único": "único",
    "unico": "único",
    "única": "única",
    "únic": "únic",
    "única.": "única",
    "unique": "unique",
    "preliminar": "preliminar",
    "preliminary": "preliminary",
    "préliminaire": "préliminaire",
    "preliminare": "preliminare",
}
_GERMAN_ORDINALS = {
    "erst": 1,
    "zweit": 2,
    "dritt": 3,
    "viert": 4,
    "fünft": 5,
    "sechst": 6,
    "siebt": 7,
    "siebent": 7,
    "acht": 8,
    "neunt": 9,
    "zehnt": 10,
    "elft": 11,
    "zwölft": 12,
    "dreizehnt": 13,
    "vierzehnt": 14,
    "fünfzehnt": 15,
    "sechzehnt": 16,
    "siebzehnt": 17,
    "achtzehnt": 18,
    "neunzehnt": 19,
    "zwanzigst": 20,
    "einundzwanzigst": 21,
    "zweiundzwanzigst": 22,
    "dreiundzwanzigst": 23,
    "vierundzwanzigst": 24,
    "fünfundzwanzigst": 25,
    "sechsundzwanzigst": 26,
    "siebenundzwanzigst": 27,
    "achtundzwanzigst": 28,
    "neunundzwanzigst": 29,
    "dreißigst": 30,
    "dreissigst": 30,
}

# Containers: label regex -> kind.  Their nesting is learned from the document.
_CONTAINER_LABELS: tuple[tuple[str, str], ...] = (
    (
        r"BOOK|Book|LIVRE|Livre|LIBRO|Libro|LLIBRE|Llibre|LIVRO|Livro|BUCH|Buch|BOEK|Boek|"
        r"ΒΙΒΛΙΟ|Βιβλίο|KITAP|Kitap|الكتاب|КНИГА|Книга|KNJIGA|Knjiga",
        "book",
    ),
    (
        r"PART|Part|PARTIE|Partie|PARTE|Parte|TEIL|Teil|DEEL|Deel|ČÁST|Část|ČASŤ|Časť|CZĘŚĆ|Część|"
        r"ΜΕΡΟΣ|Μέρος|KISIM|Kısım|الجزء|القسم|ЧАСТИНА|Частина|DIO|Dio",
        "part",
    ),
    (
        r"TITLE|Title|TITRE|Titre|T[IÍ]TULO|T[ií]tulo|TÍTOL|Títol|TITOLO|Titolo|TITEL|Titel|"
        r"TITLUL|Titlul|ΤΙΤΛΟΣ|Τίτλος|HLAVA|Hlava|TYTUŁ|Tytuł|РОЗДІЛ|Розділ|РАЗДЕЛ|Раздел|"
        r"GLAVA|Glava|ГЛАВА|Глава|PEALKIRI|الباب",
        "title",
    ),
    (
        r"CHAPTER|Chapter|CHAPITRE|Chapitre|CAP[IÍ]TULO|Cap[ií]tulo|CAPÍTOL|Capítol|CAPITOLO|"
        r"Capitolo|CAPO|Capo|KAPITEL|Kapitel|HOOFDSTUK|Hoofdstuk|CAPITOLUL|Capitolul|ΚΕΦΑΛΑΙΟ|"
        r"Κεφάλαιο|ROZDZIAŁ|Rozdział|BÖLÜM|Bölüm|KAPITTEL|Kapittel|KAPITOLA|Kapitola|"
        r"ПОГЛАВЉЕ|Поглавље|CHƯƠNG|Chương",
        "chapter",
    ),
    (r"SUBCHAPTER|Subchapter|SUB-CHAPTER", "subchapter"),
    (
        r"ABSCHNITT|Abschnitt|AFDELING|Afdeling|SECCI[OÓ]N|Secci[oó]n|SECCIÓ|Secció|SEC[CÇ][AÃ]O|"
        r"Sec[cç][aã]o|SEZIONE|Sezione|SECȚIUNEA|Secțiunea|D[IÍ]L|Díl|DIEL|Diel|DZIAŁ|Dział|"
        r"ΤΜΗΜΑ|Τμήμα|ODDZIAŁ|Oddział|AFSNIT|Afsnit|DIVISION|Division|MỤC|Mục|الفرع",
        "division",
    ),
    (
        r"UNTERABSCHNITT|Unterabschnitt|ODD[IÍ]L|Oddíl|ODDIEL|Oddiel|SUBSECCI[OÓ]N|Subsecci[oó]n|"
        r"SOUS-SECTION|Sous-section|Sous-Section|SUBDIVISION|Subdivision",
        "subdivision",
    ),
    (r"PARAGRAPHE|Paragraphe|PARAGRAAF|Paragraaf|UNTERTITEL|Untertitel", "hcontainer"),
    (
        r"SCHEDULE|Schedule|ANNEX|Annex|ANNEXE|Annexe|ANEXO|Anexo|ANHANG|Anhang|APPENDIX|Appendix|"
        r"BIJLAGE|Bijlage|ALLEGATO|Allegato|FORM|Form",
        "schedule",
    ),
)
# "Section" (and its translations) is a container where the units are articles.
_SECTION_CONTAINER = r"SECTION|Section"
_GERMAN_CONTAINER_WORDS = r"Buch|Teil|Abschnitt|Unterabschnitt|Titel|Kapitel|Untertitel"
_PREFIX_CONTAINER_WORDS = (
    r"Kapitel|Abschnitt|Unterabschnitt|Titel|Teil|Buch|Hoofdstuk|Afdeling|Titre|Chapitre|Partie|"
    r"kap\.|Kap\.|kapitel|Afsnit|Deel|Boek"
)
_CONTAINER_RANK = {
    "book": 0,
    "part": 1,
    "title": 2,
    "subtitle": 3,
    "chapter": 4,
    "subchapter": 5,
    "division": 6,
    "subdivision": 7,
    "hcontainer": 8,
    "schedule": 0,
}

_SUFFIXES = "|".join(sorted({*LATIN_SUFFIXES, "quáter", "quinquíes"}, key=len, reverse=True))
_ROMAN = r"(?:M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
_DIGITS = r"(?:[0-9]+|[\u0660-\u0669]+|[\u06f0-\u06f9]+)"
_SUFFIX_LETTER = r"(?:[A-Za-zÑñ]|[Α-Ω])"
# A designation number: 5, 232a, 2A, 145 bis, 279.011, 225-4-1, L425-1, 129-Ñ, 4:1, 323Α.
_NUM = (
    r"(?:(?:L\.?\s?O\.?|[LRDA])\*?\.?\s?)?"
    + _DIGITS
    + r"(?:[.\-‐–:/](?:"
    + _DIGITS
    + r"|"
    + _SUFFIX_LETTER
    + r"(?![\w]))|-\s[A-Z](?=\.))*"
    + r"(?:\.?[\-\s]?(?:"
    + _SUFFIXES
    + r")(?![\w]))*"
    + r"(?:"
    + _SUFFIX_LETTER
    + r"{1,2}(?![\w])|[a-z]{3}(?![\w])|\s"
    + _SUFFIX_LETTER
    + r"(?=\s*$|[.:]|\s[-–—]))?"
    + r"(?:[\-\s]?(?:"
    + _SUFFIXES
    + r")(?![\w]))*"
    + r"(?:[.\-][0-9]+)*"
    + r"(?:\s*[-–]?\s*مكرر[\u064b-\u0652\u0627]*(?:\s*[0-9]+)?)?"  # Arabic "bis": "4 - مكرراً 1"
)
_ORD_MARK = r"(?:\s?(?:º|°|ª|\.º|\.°|o\.|er|re|ème|e|ο|η)(?![\w]))"
_WORD_NUM = (
    r"(?i:"
    + "|".join(
        sorted((re.escape(w) for w in _ORDINALS if not w.endswith(".")), key=len, reverse=True)
    )
    + r"|"
    + "|".join(sorted((re.escape(w) for w in _GREEK_ORDINALS), key=len, reverse=True))
    + r")(?![\w])"
)
_AR_WORD_NUM = "(?:" + "|".join(sorted(_ARABIC_ORDINALS, key=len, reverse=True)) + r")(?![\w])"
_SEP = r"(?P<sep>\s*(?:\.\s*[-–—]+|[-–—]+\s*\.?|:\s*[-–—]*|\.|,)?)"

_OPEN_QUOTES = "“\"«„‘'‹"
_QUOTE_PREFIX = r"(?P<quote>[" + _OPEN_QUOTES + r"]\s*)?"

_LABEL_ALT = "|".join(f"(?:{rx})" for rx, _, _ in _CITABLE_LABELS) + "|" + _FASL
_CITABLE_RX = re.compile(
    r"^" + _QUOTE_PREFIX + r"(?P<label>" + _LABEL_ALT + r")\s*"
    r"(?P<num>"
    + _NUM
    + r"|(?=[IVXLCDM])"
    + _ROMAN
    + r"(?=[\s.:\-–—]|$)|"
    + _WORD_NUM
    + r"|"
    + _AR_WORD_NUM
    + r")(?P<ord>"
    + _ORD_MARK
    + r")?"
    + _SEP
    + r"\s*(?P<rest>.*)$",
    re.S,
)
# "1 §", "192. §", "4 kap. 1 a §", "227. gr.", "147 straipsnis", "154.1 pants", "113. člen"
_POSTFIX_RX = re.compile(
    r"^" + _QUOTE_PREFIX + r"(?:(?P<chap>\d+)\s?kap\.\s*)?"
    r"(?P<num>\d+(?:\.\d+)*[a-z]{0,2}\.?(?:\s?[a-z](?=\s))?)\s?"
    r"(?P<label>§|gr\.|straipsnis|pants|člen|cikk)(?![\w])" + _SEP + r"\s*(?P<rest>.*)$",
    re.S,
)
# 第5条 / 第 5 條 / 第226条の2
_CJK_RX = re.compile(
    r"^(?P<label>第)\s*(?P<num>[0-9]+|[一二三四五六七八九十百千〇零]+)\s*[条條]"
    r"(?:\s*(?:之|の)\s*(?P<sub>[0-9]+|[一二三四五六七八九十]+))?(?P<sep>\s*)(?P<rest>.*)$",
    re.S,
)
# Bare numbers: "279.01 Trafficking in persons", "3.—(1) ...", "1. Short title.—", "36"
_BARE_RX = re.compile(
    r"^" + _QUOTE_PREFIX + r"(?P<num>[0-9]+(?:\.[0-9]+)*[A-Z]{0,2}(?:\.[0-9]+)*"
    r"(?:\s(?:and|to|et|à)\s[0-9]+(?:\.[0-9]+)*[A-Z]{0,2}(?=\s*(?:\[|$)))?)"  # "157 and 158"
    r"(?P<sep>\.?\s*[—–]\s*|\.\s+|\s+|\.$|$)(?P<rest>.*)$",
    re.S,
)
_CONTAINER_LABEL_ALT = "|".join(f"(?:{rx})" for rx, _ in _CONTAINER_LABELS)
_CONTAINER_NUM = (
    r"(?:(?=[IVXLCDM])" + _ROMAN + r"(?:\s?(?:" + _SUFFIXES + r"))?(?:-?[A-Z](?![\w]))?"
    r"(?=(?:er|re)?(?:[\s.:\-–—]|$|[A-ZÀ-Ý(]))"
    r"|[0-9]+(?:[.\-][0-9]+)*(?:\s?(?:" + _SUFFIXES + r"))?(?:-?[A-Z](?![a-z]))?"
    r"|" + _WORD_NUM + r"|" + _AR_WORD_NUM + r"|[A-Z](?=[\s.:\-–—]|$))"
)
_CONTAINER_RX = re.compile(
    r"^(?P<label>" + _CONTAINER_LABEL_ALT + r"|" + _SECTION_CONTAINER + r"|" + _FASL + r")"
    r"\s*(?P<num>" + _CONTAINER_NUM + r")(?P<ord>" + _ORD_MARK + r"|er|re)?"
    r"(?P<sep>\s*[.:\-–—]+\s*|\s+|$)(?P<rest>.*)$",
    re.S,
)
# "Erster Titel", "Zweites Buch", "1. Kapitel", "4 kap.", "Erster Titelbis:"
_PREFIX_CONTAINER_RX = re.compile(
    r"^(?P<num>\d+\.?|[A-ZÄÖÜ][a-zäöüß]+?(?:ter|tes|te|ster|stes|ste))\s+"
    r"(?P<label>" + _PREFIX_CONTAINER_WORDS + r")(?P<suffix>bis|ter|quater)?(?![\w])"
    r"(?P<sep>\s*[.:\-–—]+\s*|\s+|$)(?P<rest>.*)$",
    re.S,
)

# Subdivision markers at the start of a line.
_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("pdigit", re.compile(r"^\((?P<n>[0-9]+(?:\.[0-9]+)?[a-z]?)\)\s*(?=\S|$)")),
    ("plower", re.compile(r"^\((?P<n>[a-z]{1,2}(?:\.[0-9]+)?)\)\s*(?=\S|$)")),
    ("pupper", re.compile(r"^\((?P<n>[A-Z](?:\.[0-9]+)?)\)\s*(?=\S|$)")),
    ("degree", re.compile(r"^(?P<n>[0-9]+)\s?[°º]\s*(?:[.\-–—)]\s*)?(?=\S)")),
    ("dparen", re.compile(r"^(?P<n>[0-9]+)\)\s*(?=\S)")),
    ("lparen", re.compile(r"^(?P<n>[a-z]{1,2})\)\s*(?=\S)")),
    ("ddot", re.compile(r"^(?P<n>[0-9]+)\.(?![0-9])\s*(?=[^\s.])")),
    ("ldot", re.compile(r"^(?P<n>[a-z])\.\s+(?=\S)")),
    ("bare", re.compile(r"^(?P<n>[0-9]+)\s(?=[A-ZÀ-ÝÄÖÜ])")),
)
_ROMAN_LOWER = re.compile(r"^(?:x{0,3})(?:ix|iv|v?i{0,3})$")

# Editorial notes (whole lines).
_NOTE_RX = re.compile(
    r"""^(?:
        \(\*+\)                                   # SPIJ: (*) Artículo modificado por ...
      | \[?(?:Fassung\s+gem[äa]ss|Fassung\s+gemäß|Eingef[üu]gt\s+durch|Aufgehoben\s+durch|
           Ge[äa]ndert\s+durch|Berichtigt\s+(?:durch|gem)|Nouvelle\s+teneur\s+selon|
           Nouvelle\s+expression\s+selon|Introduite?s?\s+par|Abrog[ée]e?s?\s+par|
           Rectifi[ée]e?\s+par|Nuovo\s+testo\s+giusta|Introdott[oa]\s+dal|Abrogat[oa]\s+dal|
           Amended\s+by|Added\s+by|Inserted\s+by|Repealed\s+by|Substituted\s+by|
           Historical\s+Note|Concordancias?\s*:|CONCORDANCIAS?\s*:|Nota\s+Infoleg|
           Modificad[oa]\s+por|Sustituid[oa]\s+por|Incorporad[oa]\s+por|Derogad[oa]\s+por)
      | \(\s*\*?\s*(?:Art[íi]culo|Inciso|P[áa]rrafo|Numeral|Literal|Texto|T[íi]tulo|Cap[íi]tulo|
           R[úu]brica|Numeraci[óo]n|Denominaci[óo]n|Expresi[óo]n|Apartado|Fe\s+de\s+erratas|
           Nota|Section|Subsection|Paragraph|Article|Alin[ée]a|Absatz)
           [^()]{0,400}?(?:sustitu|incorpora|modifica|deroga|agrega|vetad|observad|renumera|
           suprimi|reemplaza|introduc|amended|added|inserted|repealed|substituted|abrog|
           modifi|ajout|ins[ée]r|eingef|aufgeh|ge[äa]ndert|Infoleg)
      | -\s*[0-9]+\s*(?:تم|تمت|الجريدة|ألغي|نسخ|غير|أضيف|عدل)
      | \([0-9]{1,2}\)\s.{0,400}?\bpublicad[oa]s?\s+el\s+[0-9]{1,2}\s   # SPIJ numbered notes
    )""",
    re.X | re.I,
)
# Inline notes inside a heading: "Art. 8 Fassung gemäss ... (AS 2010 3267; BBl 2008 8125)."
_INLINE_NOTE_RX = re.compile(
    r"^\((?:L\.|Loi|Ley|Lei|Law|Act|Gesetz|G\.|Décret|Decreto|Règl\.|Ord\.|Arr\.)\s[^()]{2,80}\)"
    r"(?=\s|$)|"  # "(L. 9 avril 2014)": the amending act, printed after the designation
    r"(?:Fassung\s+gem[äa](?:ss|ß)|Eingef[üu]gt\s+durch|Aufgehoben\s+durch|Nouvelle\s+teneur\s+"
    r"selon|Introduite?\s+par|Abrog[ée]e?\s+par|Nuovo\s+testo\s+giusta|Introdotto\s+dal)"
    r"[^()]{0,300}\([^()]{0,200}\)\.?"
)

# Words announcing quoted text in amending provisions (lower case, matched in the last line(s)).
_ANNOUNCE_RX = re.compile(
    r"(?:siguiente|siguientes|sustit[uú]y|modif[ií]ca|incorp[oó]r|agr[eé]g|añad|redact|texto|"
    r"following|follows|substitut|insert|amend|replac|read\s+as|"
    r"suivante?s?|comme\s+suit|libell|r[ée]dig|remplac|ins[ée]r|ajout|compl[ée]t|"
    r"folgt|folgende|lautet|gefasst|eingef[üu]gt|ersetzt|"
    r"volgt|luidt|vervangen|ingevoegd|"
    r"seguinte|seguintes|acrescent|substitu[ií]|passa\s+a\s+vigorar|"
    r"següent|següents|segueix|afegeix|s['’]afegeix|"
    r"seguente|seguenti|sostitu|inserit|"
    r"التالي|التالية|يلي|تتمم|يغير|يتمم|تضاف|يضاف|"
    r"ακόλουθ|αντικαθ|προστίθ|"
    r"nasledujúc|následuj|zní|znie|brzmi|otrzymuje)",
    re.I,
)

_TERMINAL = tuple(".;:!?)]»”\"'؛。" + "…")
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "o",
        "y",
        "e",
        "de",
        "la",
        "el",
        "los",
        "las",
        "del",
        "al",
        "en",
        "con",
        "por",
        "para",
        "que",
        "se",
        "the",
        "of",
        "and",
        "or",
        "to",
        "in",
        "a",
        "an",
        "as",
        "by",
        "for",
        "et",
        "ou",
        "le",
        "les",
        "des",
        "du",
        "au",
        "aux",
        "à",
        "en",
        "par",
        "pour",
        "und",
        "oder",
        "der",
        "die",
        "das",
        "des",
        "den",
        "dem",
        "von",
        "zu",
        "im",
        "mit",
        "en",
        "het",
        "van",
        "de",
        "of",
        "dat",
        "die",
        "ne",
        "na",
        "do",
        "za",
        "se",
        "z",
        "v",
        "ve",
    ]
)
_REF_TOKENS = frozenset(
    [
        "Abs.",
        "Abs",
        "Absatz",
        "Absätze",
        "Satz",
        "Sätze",
        "Nr.",
        "Nr",
        "Ziff.",
        "Ziff",
        "Ziffer",
        "Buchst.",
        "Buchstabe",
        "lit.",
        "odst.",
        "písm.",
        "al.",
        "alinéa",
        "Al.",
        "para.",
        "par.",
        "inciso",
        "numeral",
        "literal",
        "apartado",
        "Apartado",
        "Inciso",
        "Numeral",
        "Literal",
        "Párrafo",
        "Paragraph",
        "Subsection",
    ]
)


# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------

_ARABIC_INDIC = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_ARABIC_INDIC.update({ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})
_PREFIX_RANK = {"L": 0, "LO": 0, "R": 1, "D": 2, "A": 3}
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def _roman_value(s: str) -> int:
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        v = _ROMAN_VALUES.get(ch, 0)
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def _cjk_number(s: str) -> int:
    return kanji_number(s) or 0


def clean_num(raw: str) -> str:
    """A designation's num as the contract wants it (see lexcompare.numbering): label and
    ordinal marks dropped, Arabic-Indic digits as ASCII, ordinal words as numbers."""
    s = unicodedata.normalize("NFC", raw).strip().translate(_ARABIC_INDIC)
    s = s.replace("\u2010", "-").replace("\u2011", "-").replace("\u2013", "-")
    low = s.lower().rstrip(".")
    if low in _ORDINALS:
        return _ORDINALS[low]
    if low in _GREEK_ORDINALS:
        return _GREEK_ORDINALS[low]
    if s in _ARABIC_ORDINALS:
        return _ARABIC_ORDINALS[s]
    s = re.sub(r"^(L|R|D|A)\.\s?(?=\d)", r"\1", s)  # "L. 425-1" -> "L425-1"
    s = re.sub(r"(?<=\d)\s?[οη]$", "", s)  # Greek ordinal mark "1ο"
    s = re.sub(r"(?<=\d)\s?\.$", "", s)
    out = normalise_num(s)
    return out


def num_key(num: str) -> tuple[float, ...]:
    """Sort key for designations, used to check that numbering increases.

    "5" < "5a" < "5 bis" < "5.1" < "5-1" < "6"; "279.01" < "279.011" < "279.02" < "279.1";
    "L425-1" < "R425-1"; Roman numerals and ordinal words by value; unparsable -> (0,).
    """
    s = num.strip()
    if not s:
        return (0.0,)
    prefix = 0.0
    m = re.match(r"^(LO|[A-Z])\*?(?=\d)", s)
    if m:
        prefix = float(_PREFIX_RANK.get(m.group(1), 4 + ord(m.group(1)[0]) - 65))
        s = s[m.end() :]
    m = re.match(r"^(\d+)", s)
    if not m:
        if re.fullmatch(r"[IVXLCDM]+", s):
            return (prefix, float(_roman_value(s)))
        if re.fullmatch(r"[一二三四五六七八九十百千〇零]+", s):
            return (prefix, float(_cjk_number(s)))
        return (prefix, 0.0)
    parts: list[float] = [prefix, float(m.group(1))]
    rest = s[m.end() :]
    for tok in re.finditer(r"\.(\d+)|[-:/](\d+)|(" + _SUFFIXES + r")|([A-Za-zÑñΑ-Ω])", rest, re.I):
        dot, hyph, suf, letter = tok.groups()
        if dot is not None:
            parts += [3.0, float("0." + dot)]
        elif hyph is not None:
            parts += [4.0, float(hyph)]
        elif suf is not None:
            low = suf.lower().replace("á", "a").replace("í", "i")
            idx = LATIN_SUFFIXES.index(low) if low in LATIN_SUFFIXES else 0
            parts += [2.0, float(idx + 1)]
        elif letter is not None:
            ch = letter.upper()
            val = (
                float(ord(ch) - 64)
                if "A" <= ch <= "Z"
                else 14.5
                if ch == "Ñ"
                else float(ord(ch) - 0x390)
            )
            parts += [1.0, val]
    return tuple(parts)


def _major(key: tuple[float, ...]) -> float:
    return key[1] if len(key) > 1 else 0.0


# --------------------------------------------------------------------------------------------
# Lines and candidates
# --------------------------------------------------------------------------------------------


@dataclass
class _Line:
    idx: int
    start: int
    end: int
    text: str
    note: bool = False
    hint: int = -1  # markdown heading level (0 = unknown level), -1 = not a heading
    emph: bool = False
    group: bool = False  # reader says: group heading without designation

    @property
    def blank(self) -> bool:
        return not self.text


@dataclass
class _Cand:
    line: int
    container: bool
    kind: str
    family: str
    label: str
    num: str
    key: tuple[float, ...]
    sep: str
    rest: str
    rest_start: int
    quoted: bool
    style: tuple[str, ...]
    score: float = 1.0
    inserted: bool = False
    amending: bool = False


def _split_lines(text: str, hints: Hints | None) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    for i, raw in enumerate(text.split("\n")):
        line = _Line(i, pos, pos + len(raw), raw.strip())
        if line.text and line.text != raw:  # normalised text has no padding; be lenient
            lead = len(raw) - len(raw.lstrip())
            line.start += lead
            line.end = line.start + len(line.text)
        if hints is not None:
            level = hints.headings.get(pos)
            if level is not None:
                line.hint = level
            line.emph = pos in hints.emphasised
            line.note = pos in hints.notes
            line.group = pos in hints.containers
        if not line.note and line.text and _NOTE_RX.match(line.text):
            line.note = True
        lines.append(line)
        pos += len(raw) + 1
    return lines


def _caseless(c: str) -> bool:
    # Georgian Mkhedruli has Unicode upper-case forms but is written without capitals
    return c.lower() == c.upper() or "\u10a0" <= c <= "\u10ff" or "\u1c90" <= c <= "\u1cbf"


def _lower_start(t: str) -> bool:
    """t starts with a lower-case letter of a script that capitalises (not Georgian, Arabic...)."""
    return bool(t) and t[0].isalpha() and t[0].islower() and not _caseless(t[0])


def _upper_start(t: str) -> bool:
    """t starts with a capital, or with a letter of a script without capitals."""
    return bool(t) and (t[0].isupper() or (t[0].isalpha() and _caseless(t[0])))


def _case_pattern(label: str) -> str:
    letters = [c for c in label if c.isalpha()]
    if not letters or all(_caseless(c) for c in letters):
        return "none"
    if all(c.isupper() for c in letters if c.lower() != c.upper()):
        return "upper" if len(letters) > 1 else "title"
    return "title" if letters[0].isupper() else "lower"


def _sep_class(sep: str) -> str:
    s = sep.replace(" ", "")
    if not s:
        return ""
    if any(c in s for c in "-–—"):
        return "dash"
    return s[0]


def _label_family(label: str) -> tuple[str, str]:
    if label.startswith("§"):
        return "section", "section"
    for rx, family, kind in _CITABLE_LABELS:
        if re.fullmatch(rx, label):
            return family, kind
    if label == _FASL:
        return "fasl", "article"
    return "article", "article"


def _container_kind(label: str) -> str:
    for rx, kind in _CONTAINER_LABELS:
        if re.fullmatch(rx, label):
            return kind
    if re.fullmatch(_SECTION_CONTAINER, label):
        return "division"
    if label == _FASL:
        return "chapter"
    low = label.lower().rstrip(".")
    return {
        "kapitel": "chapter",
        "kap": "chapter",
        "abschnitt": "division",
        "unterabschnitt": "subdivision",
        "titel": "title",
        "teil": "part",
        "buch": "book",
        "hoofdstuk": "chapter",
        "afdeling": "division",
        "titre": "title",
        "chapitre": "chapter",
        "partie": "part",
        "afsnit": "division",
        "deel": "part",
        "boek": "book",
    }.get(low, "hcontainer")


def _looks_like_reference(rest: str, sep: str) -> bool:
    """True when the text after a designation shows a cross-reference, not a heading."""
    if not rest:
        return False
    first = rest[0]
    if first in ",;)]":
        return True
    if _lower_start(first) and not sep.strip():
        return True
    if sep.strip() in (",",):
        return True
    tok = rest.split(maxsplit=1)[0].rstrip(",;")
    if not sep.strip():
        if tok in _REF_TOKENS:
            return True
        # "§ 232 StGB", "Art. 5 EMRK", "Art. 11 CP"
        if (
            re.fullmatch(r"[A-ZÄÖÜ][A-Za-zäöü]*[A-Z][A-Za-zäöü]*", tok)
            and len(tok) <= 8
            and (any(c.islower() for c in tok) or len(tok) <= 4)
        ):
            rest_after = rest[len(tok) :].lstrip()
            if not rest_after or rest_after[0] in ",;.)" or _lower_start(rest_after):
                return True
        if first in ",;":
            return True
    return False


def _parse_citable(line: _Line) -> _Cand | None:
    s = line.text
    m = _CITABLE_RX.match(s)
    label = ""
    if m:
        label = m.group("label")
        raw_num = m.group("num")
        num = clean_num(raw_num + (m.group("ord") or ""))
        family, kind = _label_family(label)
        if label == "Art" and not re.match(r"\d", raw_num):
            return None
        sep = m.group("sep") or ""
        rest = m.group("rest") or ""
        quote = m.group("quote")
        glued = s[m.end("ord") if m.group("ord") else m.end("num") :][:1]
        if glued.isalpha():
            return None  # "الفصل 169يعاقب": a reference glued to running text
        form = "word" if not re.match(r"[0-9\u0660-\u0669\u06f0-\u06f9LRDA]", raw_num) else "digit"
        if re.fullmatch(_ROMAN, raw_num) and raw_num:
            form = "roman"
            num = raw_num
    else:
        m = _POSTFIX_RX.match(s)
        if m:
            label = m.group("label")
            num = clean_num(m.group("num"))
            if m.group("chap"):
                num = f"{m.group('chap')}:{num}"
            family, kind = ("section", "section") if label == "§" else ("article", "article")
            sep, rest, quote, form = (
                m.group("sep") or "",
                m.group("rest") or "",
                m.group("quote"),
                "post",
            )
        else:
            m = _CJK_RX.match(s)
            if not m:
                return None
            label = "第"
            num = str(_cjk_number(m.group("num")))
            if m.group("sub"):
                num += f"-{_cjk_number(m.group('sub'))}"
            family, kind, sep, rest, quote, form = (
                "cjk",
                "article",
                "",
                m.group("rest"),
                None,
                "cjk",
            )
    if not num:
        return None
    rest_start = line.start + m.start("rest") if rest else line.end
    cand = _Cand(
        line=line.idx,
        container=False,
        kind=kind,
        family=family,
        label=label,
        num=num,
        key=num_key(num),
        sep=sep,
        rest=rest.strip(),
        rest_start=rest_start,
        quoted=bool(quote),
        style=(label, _case_pattern(label), _sep_class(sep), form, "q" if quote else ""),
    )
    return cand


def _parse_bare(line: _Line) -> _Cand | None:
    m = _BARE_RX.match(line.text)
    if not m:
        return None
    num = m.group("num")
    sep = m.group("sep") or ""
    rest = (m.group("rest") or "").strip()
    first_num = num.split()[0]
    if "." in first_num and not re.fullmatch(r"[0-9]+(?:\.[0-9]+)+[A-Z]{0,2}", first_num):
        return None
    rest_start = line.start + m.start("rest") if rest else line.end
    return _Cand(
        line=line.idx,
        container=False,
        kind="section",
        family="bare",
        label="",
        num=num,
        key=num_key(num),
        sep=sep,
        rest=rest,
        rest_start=rest_start,
        quoted=bool(m.group("quote")),
        style=("", "none", _sep_class(sep), "digit", "q" if m.group("quote") else ""),
    )


def _bare_strength(c: _Cand) -> float:
    """How much a bare-number line looks like a section heading (0 = not at all)."""
    rest, sep = c.rest, c.sep.strip()
    if c.quoted:
        return 0.0
    if "—" in sep or "–" in sep:
        return 1.0  # Commonwealth "3.—(1)"
    if rest.startswith("(") and re.match(r"\([0-9]+\)", rest):
        return 0.9  # "3. (1) ..."
    if not rest:
        return 0.5
    if rest.startswith("[") and rest.endswith("]"):
        return 0.8  # "36 [Repealed, 2012, c. 9, s. 2]"
    if re.match(r"[^\W\d_]", rest) and not _upper_start(rest):
        return 0.0
    m = re.match(r"^([^.;:]{1,120}?)\s*(?:\.\s*[—–-]+|[—–]|:\s*[—–-]+)", rest)
    if m:
        return 1.0  # "1. Short title.—(1) This Act ..."
    if len(rest) <= 120 and not rest.endswith(_TERMINAL) and not sep.startswith("."):
        return 0.6  # "279.01 Trafficking in persons"
    if not sep.strip() and (_upper_start(rest) or rest[0].isdigit()):
        return 0.45  # "1 Section 7 of the Act is amended ..." (number, space, sentence)
    return 0.0


_SCHEDULE_RX = re.compile(
    r"^(?P<label>SCHEDULE|Schedule|ANNEXE?|Annexe?|ANEXO|Anexo|ANHANG|Anhang|APPENDIX|Appendix|"
    r"BIJLAGE|Bijlage|ALLEGATO|Allegato|الملحق)(?![\w])(?P<sep>\s*[.:\-–—]?\s*)(?P<rest>.*)$",
    re.S,
)


def _parse_container(line: _Line) -> _Cand | None:
    s = line.text
    if len(s) > 250:
        return None
    lead = len(s) - len(s.lstrip(_OPEN_QUOTES + " "))
    if lead:  # '"Capítulo II': consolidations quote the amended text, headings included
        s = s[lead:]
    m = _CONTAINER_RX.match(s)
    if m is None:
        u = _SCHEDULE_RX.match(s)
        rest_u = (u.group("rest") or "").strip() if u else ""
        if u and not _lower_start(rest_u) and not _looks_like_reference(rest_u, u.group("sep")):
            # an unnumbered schedule: "SCHEDULE (Subsection 2(1))", "ANNEXE DE LA PARTIE XX.1"
            return _Cand(
                line=line.idx,
                container=True,
                kind="schedule",
                family="schedule",
                label=u.group("label"),
                num="",
                key=(0.0,),
                sep=u.group("sep"),
                rest=rest_u,
                rest_start=line.start + lead + u.start("rest") if rest_u else line.end,
                quoted=False,
                style=(u.group("label"), _case_pattern(u.group("label")), "", "", ""),
            )
    if m:
        label = m.group("label")
        raw = m.group("num")
        kind = _container_kind(label)
        if re.fullmatch(r"[IVXLCDM]+(?:\s?(?:" + _SUFFIXES + r"))?(?:-?[A-Z])?", raw):
            num = raw.replace(" ", "")  # Roman numerals stay as printed: "Titre IV", "TITULO I-A"
        else:
            num = clean_num(raw)
        sep = m.group("sep") or ""
        rest = (m.group("rest") or "").strip()
    else:
        m = _PREFIX_CONTAINER_RX.match(s)
        if not m:
            return None
        label = m.group("label")
        raw = m.group("num").rstrip(".")
        if raw.isdigit():
            num = raw
        else:
            stem = re.sub(r"(?:er|es|en|e)$", "", raw.lower())
            val = _GERMAN_ORDINALS.get(stem)
            if val is None:
                return None
            num = str(val)
        if m.group("suffix"):
            num += " " + m.group("suffix")
        kind = _container_kind(label)
        sep = m.group("sep") or ""
        rest = (m.group("rest") or "").strip()
    if _lower_start(label) and label not in ("kap.",):
        return None
    if _lower_start(rest) and not sep.strip():
        return None
    if rest and _looks_like_reference(rest, sep):
        return None
    if rest.endswith((",", ";")):
        return None
    rest_start = line.start + lead + m.start("rest") if rest else line.end
    return _Cand(
        line=line.idx,
        container=True,
        kind=kind,
        family=kind,
        label=label,
        num=num,
        key=num_key(num),
        sep=sep,
        rest=rest,
        rest_start=rest_start,
        quoted=False,
        style=(label, _case_pattern(label), _sep_class(sep), "", ""),
    )


def _continues_sentence(lines: list[_Line], i: int) -> bool:
    """True when line i merely continues the sentence of the line before it."""
    if i == 0 or lines[i].hint >= 0:
        return False
    prev = lines[i - 1]
    if prev.blank or prev.note or prev.hint >= 0 or prev.group:
        return False
    t = prev.text
    if re.fullmatch(r"[0-9]{1,4}", t):
        return False
    if t.endswith(_TERMINAL) or t.endswith(("-", "—", "–", "*")):
        return False
    # A short title-like line (a container title, a heading) is not a sentence.
    if (
        len(t) <= 90
        and not re.search(r"[,;]\s*\S+$", t)
        and (_upper_start(t) or not t[:1].isalpha() or t.upper() == t)
    ):
        last = t.split()[-1].lower() if t.split() else ""
        if last not in _FUNCTION_WORDS:
            return False
    return True


def _candidates(lines: list[_Line]) -> tuple[list[_Cand], list[_Cand]]:
    """(citable or bare candidates, container candidates), locally checked."""
    cites: list[_Cand] = []
    conts: list[_Cand] = []
    for ln in lines:
        if ln.blank or ln.note:
            continue
        first = ln.text[0]
        if not (first.isalpha() or first.isdigit() or first in "§" + _OPEN_QUOTES + "第"):
            continue
        cont = _parse_container(ln)
        cite = (
            _parse_citable(ln)
            if cont is None or cont.label in (_FASL, "Section", "SECTION")
            else None
        )
        if cont is not None and not _continues_sentence(lines, ln.idx):
            conts.append(cont)
        if cite is None:
            cite = _parse_bare(ln)
            if cite is None:
                continue
        if (
            cite.label
            and cite.label[0].isalpha()
            and _case_pattern(cite.label) == "lower"
            and cite.style[3] != "post"
        ):
            continue  # "article 5 ..." inside a sentence ("1 straipsnis" is the normal form)
        if cite.family == "bare":
            if _lower_start(cite.rest) or (cite.rest and cite.rest[0] in ",;)]"):
                continue
        elif _looks_like_reference(cite.rest, cite.sep):
            continue
        if _continues_sentence(lines, ln.idx):
            continue
        cite.score = 1.0
        if ln.hint >= 0:
            cite.score += 2.0
        elif ln.emph:
            cite.score += 0.5
        if cite.quoted:
            cite.score -= 0.3
        cite.style = (*cite.style, "h" if ln.hint >= 0 else "b" if ln.emph else "")
        cites.append(cite)
    return cites, conts


# --------------------------------------------------------------------------------------------
# Choosing the headings
# --------------------------------------------------------------------------------------------


def _choose_family(cites: list[_Cand], lines: list[_Line]) -> str:
    weight: dict[str, float] = {}
    for c in cites:
        if c.family == "bare":
            strength = 1.0 if lines[c.line].hint >= 0 else _bare_strength(c)
            if strength < 0.45:
                continue
            w = 3.0 if lines[c.line].hint >= 0 else strength
        else:
            w = 3.0 if lines[c.line].hint >= 0 else 1.0
        weight[c.family] = weight.get(c.family, 0.0) + w
    if not weight:
        return ""
    labelled = {f: w for f, w in weight.items() if f != "bare"}
    if "fasl" in labelled and labelled.get("article", 0.0) > 0.2 * labelled["fasl"]:
        labelled.pop("fasl")  # المادة is always the article; الفصل then names chapters
    best = max(labelled, key=lambda f: labelled[f]) if labelled else ""
    if (
        best
        and (labelled[best] >= 2.0 or "bare" not in weight)
        and labelled[best] >= weight.get("bare", 0.0) * 0.5
    ):
        return best
    return "bare" if weight.get("bare", 0.0) >= 0.55 else best


def _fits_after(prev: _Cand, cur: _Cand) -> bool:
    """cur can be the next amending provision after prev (a small step in numbering)."""
    if cur.key <= prev.key:
        return False
    return _major(cur.key) - _major(prev.key) <= 2


def _similar_style(a: _Cand, b: _Cand) -> bool:
    """Same drafting style: label family, label case and number form agree, b is not quoted."""
    sa, sb = a.style, b.style
    return a.family == b.family and sa[1] == sb[1] and sa[3] == sb[3] and not b.quoted


def _announces(lines: list[_Line], start: int, end: int) -> bool:
    """Whether the text of lines [start, end) ends by announcing quoted text ("... the
    following:"), looking back over quoted container headings and titles that may come
    between the announcement and the quoted provision."""
    tail: list[str] = []
    j = end - 1
    skipped = 0
    while j >= start and len(tail) < 3:
        ln = lines[j]
        t = ln.text.strip(_OPEN_QUOTES + " ")
        j -= 1
        if not t or ln.note or re.fullmatch(r"[0-9]{1,4}", t):
            continue
        if (
            not tail
            and skipped < 8
            and j + 1 > start
            and (_title_like(t) and len(t) <= 100 and not t.endswith(":") and not t.startswith(":"))
        ):
            skipped += 1  # "TÍTULO IV", "DELITOS CONTRA LA LIBERTAD" between quote and provision
            continue
        tail.append(t)
        if (
            len(tail) == 1
            and not re.search(r"[:：]\s*[-–—]?\s*[\"“«]?\s*$", t)
            and not (re.match(r"^\s*[:：]", t) and re.search(r"[\u0600-\u06ff]", lines[j].text))
        ):
            return False  # (right-to-left PDF text puts the final colon first: ": 82-5-1")
    if not tail:
        return False
    joined = " ".join(reversed(tail))[-300:]
    return bool(_ANNOUNCE_RX.search(joined))


_MAX_INSERTED = 60
_ANNOUNCED_QUOTE = re.compile(r"[:：]\s*[-–—]?\s*[“«„\"]")


def _quote_states(lines: list[_Line]) -> tuple[list[int], list[bool]]:
    """Per line: the quote depth at its start, and whether the line opens a quotation right
    after an announcement ("... del siguiente tenor: “Artículo 5 ...").  ASCII double quotes
    open after a space, colon or line start and close otherwise."""
    depth_at: list[int] = []
    announced: list[bool] = []
    depth = 0
    prev_text = ""
    in_announced = False  # inside (or right after) a quotation opened after an announcement
    for ln in lines:
        depth_at.append(depth)
        t = ln.text
        opens_after_announcement = False
        if not ln.note and t:
            m = _ANNOUNCED_QUOTE.search(t)
            if m and _ANNOUNCE_RX.search(t[max(0, m.start() - 160) : m.start()]):
                opens_after_announcement = True
            elif (
                depth == 0
                and t[0] in '“«„"'
                and (
                    (re.search(r"[:：]\s*$", prev_text) and _ANNOUNCE_RX.search(prev_text[-200:]))
                    or in_announced  # the next quoted provision right after the previous one
                )
            ):
                opens_after_announcement = True  # "... del siguiente tenor:" / '"Artículo 5'
            prev_text = t
            for k, ch in enumerate(t):
                if k == 0 and depth and ch in '“«„"':
                    continue  # quoted paragraphs each open with a quote mark; only the last closes
                if ch in "“«„":
                    depth += 1
                elif ch in "”»":
                    depth = max(0, depth - 1)
                elif ch == '"':
                    prev = t[k - 1] if k else " "
                    if prev in " :(\t" or k == 0:
                        depth += 1
                    elif depth:
                        depth -= 1
            depth = min(depth, 3)
            if opens_after_announcement:
                in_announced = True
            elif depth == 0 and depth_at[-1] == 0:
                in_announced = False  # a whole line outside quotes ends the chain
        announced.append(opens_after_announcement)
    return depth_at, announced


def _quoted_region_end(lines: list[_Line], depth_at: list[int], start: int) -> int | None:
    """Index of the line after which the quotation open at line `start` is closed."""
    base = 0
    for i in range(start, len(lines)):
        nxt = depth_at[i + 1] if i + 1 < len(depth_at) else 0
        if nxt <= base and i > start - 1 and (depth_at[i] > base or i == start):
            return i
    return None


def _mark_insertions(cites: list[_Cand], lines: list[_Line], family: str) -> None:
    """Flag candidates that are quoted text of amending provisions (see module doc).

    `cites` holds candidates of every label family in document order; only candidates of the
    document's `family` can be amending provisions, any candidate can be quoted text.
    """
    outer: _Cand | None = None
    i = 0
    n = len(cites)
    depth_at, opens = _quote_states(lines)
    while i < n:
        c = cites[i]
        own = c.family == family
        if outer is None:
            if own:
                outer = c
            i += 1
            continue
        # Inside a quotation opened after an announcement: quoted text until the quote closes.
        opener = next((k for k in range(c.line, outer.line - 1, -1) if opens[k]), None)
        if (
            opener is not None
            and (depth_at[c.line] > 0 or c.quoted)
            and all(
                depth_at[k] > 0
                for k in range(opener + 1, c.line + 1)
                if k != c.line or not c.quoted
            )
        ):
            end = _quoted_region_end(lines, depth_at, opener)
            if end is not None and end >= c.line:
                j = i
                while j < n and cites[j].line <= end:
                    d = cites[j]
                    if (
                        d.family == family
                        and not d.quoted
                        and _similar_style(outer, d)
                        and _fits_after(outer, d)
                    ):
                        break  # the next amending provision: the quote was left open
                    d.inserted = True
                    j += 1
                if j == i:
                    for d in cites[i:j]:
                        d.inserted = False
                    outer = c if own else outer
                    i += 1
                    continue
                if j - i <= _MAX_INSERTED:
                    outer.amending = True
                    i = j
                    continue
                for d in cites[i:j]:
                    d.inserted = False
        announced = _announces(lines, outer.line, c.line) or (
            c.quoted and _announces(lines, outer.line, c.line + 1)
        )
        if not announced:
            if own:
                outer = c
            i += 1
            continue
        starts_insertion = (
            not own or c.quoted or not _similar_style(outer, c) or not _fits_after(outer, c)
        )
        if not starts_insertion:
            outer = c
            i += 1
            continue
        # Insertion mode: until a candidate in the outer style that follows the outer number.
        j = i
        quoted_mode = c.quoted
        outer_level = lines[outer.line].hint
        span = 0
        while j < n and span <= _MAX_INSERTED:
            d = cites[j]
            span += d.family == family
            if (
                d.family == family
                and _similar_style(outer, d)
                and (
                    _fits_after(outer, d)
                    # quoted insertions end at the first unquoted heading that follows the outer
                    or (quoted_mode and d.key > outer.key)
                    # so do insertions after a markup heading, at the next heading of that level
                    or (outer_level >= 0 and lines[d.line].hint == outer_level)
                )
            ):
                break
            j += 1
        if j == i or span > _MAX_INSERTED:
            # no amending provision follows: the "announcement" was not one
            if own:
                outer = c
            i += 1
            continue
        outer.amending = True
        for d in cites[i:j]:
            d.inserted = True
        i = j


def _restart_cost(a: _Cand, b: _Cand, boundaries: list[int]) -> float:
    """Cost of accepting b after a when b's number is lower (a new numbering run)."""
    # boundaries: sorted line numbers of top-level container / schedule headings
    import bisect

    k = bisect.bisect_right(boundaries, a.line)
    if k < len(boundaries) and boundaries[k] < b.line:
        return 0.8
    if b.key[:2] <= (b.key[0], 1.0):
        return 2.0
    return 3.5


def _chapter_numbers(cites: list[_Cand], conts: list[_Cand]) -> None:
    """Nordic "1 §" inside "4 kap.": sections are numbered per chapter -> num "4:1"."""
    import bisect

    chapters = [c for c in conts if c.label.lower().startswith("kap") and c.num.isdigit()]
    lines = [c.line for c in chapters]
    for c in cites:
        if c.style[3] == "post" and c.label == "§" and ":" not in c.num:
            k = bisect.bisect_left(lines, c.line)
            if k:
                c.num = f"{chapters[k - 1].num}:{c.num}"
                c.key = num_key(c.num)


def _superscripts(cites: list[_Cand]) -> None:
    """ "39", "391", "392", "40": article 39¹ and 39² printed without their superscripts (Baltic,
    Georgian and Russian-style numbering flattened by a converter).  Give such numbers the key
    of 39.1 / 39.2 so that the sequence check does not take them for impostors."""
    for i in range(1, len(cites)):
        c = cites[i]
        if not re.fullmatch(r"\d+", c.num):
            continue
        base = None
        for k in range(i - 1, max(-1, i - 6), -1):
            b = cites[k]
            if re.fullmatch(r"\d+", b.num) and c.num.startswith(b.num) and b.num != c.num:
                base = b
                break
            if not (b.num.startswith(c.num[:-1]) and re.fullmatch(r"\d+", b.num)):
                break  # something else in between: not a run of superscripts
        if base is None:
            continue
        extra = c.num[len(base.num) :]
        if not 1 <= len(extra) <= 2 or extra.startswith("0"):
            continue
        nxt = next(
            (d for d in cites[i + 1 :] if not (d.num.startswith(base.num) and d.num != base.num)),
            None,
        )
        if nxt is not None and 0 < _major(nxt.key) - _major(base.key) <= 2:
            c.key = (*base.key[:2], 3.0, float(extra))


def _select(cites: list[_Cand], boundaries: list[int], window: int = 80) -> list[_Cand]:
    """Heaviest (mostly) non-decreasing chain of candidates; see module doc."""
    n = len(cites)
    if n == 0:
        return []
    dp = [0.0] * n
    back = [-1] * n
    best_prefix = [0.0] * n  # best dp value among 0..i
    best_idx = [-1] * n
    for j, c in enumerate(cites):
        val, arg = c.score, -1
        for i in range(max(0, j - window), j):
            p = cites[i]
            if p.key < c.key:
                gap = _major(c.key) - _major(p.key)
                v = dp[i] + c.score - (0.3 if gap > 200 else 0.0)
            elif p.key == c.key:
                v = dp[i] + c.score - 0.4  # the same number again: allowed (versions), not free
            else:
                v = dp[i] + c.score - _restart_cost(p, c, boundaries)
            if v >= val:  # on ties prefer the nearest predecessor (the longer chain)
                val, arg = v, i
        if j > window:
            k = best_idx[j - window - 1]
            if k >= 0:
                p = cites[k]
                cost = 0.0 if p.key <= c.key else _restart_cost(p, c, boundaries)
                v = dp[k] + c.score - cost - 0.2
                if v > val:
                    val, arg = v, k
        dp[j], back[j] = val, arg
        if j == 0 or val > best_prefix[j - 1]:
            best_prefix[j], best_idx[j] = val, j
        else:
            best_prefix[j], best_idx[j] = best_prefix[j - 1], best_idx[j - 1]
    end = best_idx[n - 1]
    chain: list[_Cand] = []
    while end >= 0:
        chain.append(cites[end])
        end = back[end]
    chain.reverse()
    return chain


# --------------------------------------------------------------------------------------------
# Headings, bodies and subdivisions
# --------------------------------------------------------------------------------------------

_DASH_SPLIT = re.compile(
    r"^(?P<h>[^\n]{1,150}?)\s*(?:\.\s*[—–]+|\.\s*-{1,2}(?=\s)|\s[—–]\s|:\s*[—–]+)"
    r"\s*(?P<t>.*)$",
    re.S,
)


def _strip_repeat(rest: str, cand: _Cand) -> str:
    """ "Art. 1 Art. 1 Grundsätze" -> "Grundsätze" (some converters print the designation twice)."""
    if cand.label:
        m = re.match(re.escape(cand.label) + r"\s*" + re.escape(cand.num) + r"\b[.:]?\s*", rest)
        if m:
            return rest[m.end() :]
    return rest


def _title_like(text: str) -> bool:
    t = text.strip()
    if not t or len(t) > 160:
        return False
    if t.endswith((",", ";", ":", "،", "؛")):
        return False
    if t.endswith(".") and (len(t) > 80 or t.count(". ") > 0):
        return False
    if _marker(t) is not None:
        return False
    if _lower_start(t):
        return False
    words = t.split()
    return not (words and words[-1].lower() in _FUNCTION_WORDS and len(words) > 1)


def _split_rest(rest: str, next_text: str | None) -> tuple[str, str, int]:
    """Text after a designation -> (heading, start of body text in rest, offset of body)."""
    if not rest:
        return "", "", 0
    if rest[:1] in "([" or _marker(rest) is not None:
        return "", rest, 0
    m = _DASH_SPLIT.match(rest)
    after = m.group("t").strip() if m else ""
    if (
        m
        and len(m.group("h").split()) <= 16
        and not m.group("h").endswith(",")
        and (
            _marker(after) is not None
            or len(after) > 80
            or after.endswith(_TERMINAL)
            or not _title_like(after)
        )
    ):
        head = m.group("h").strip().rstrip(".").strip()
        if head and not head.endswith(_TERMINAL[:3]):
            body = m.group("t")
            return head, body, rest.index(body) if body else len(rest)
    nxt = (next_text or "").strip()
    continues = _lower_start(nxt)
    if not continues and _title_like(rest) and not rest.endswith("."):
        return rest, "", len(rest)
    return "", rest, 0


def _marker(text: str) -> tuple[str, str, int] | None:
    """(style, number, length of marker) when text starts with a subdivision marker."""
    for style, rx in _MARKERS:
        m = rx.match(text)
        if m:
            n = m.group("n")
            if style == "ddot" and (len(n) > 3 or re.match(r"^[0-9]+\.[0-9]", text)):
                continue
            if style == "degree" and len(n) > 3:
                continue
            if style == "bare" and (len(n) > 2 or int(n) == 0):
                continue
            return style, n, m.end()
    return None


def _ordinal(style: str, n: str) -> int:
    if style in ("pdigit", "degree", "dparen", "ddot", "bare"):
        m = re.match(r"\d+", n)
        return int(m.group(0)) if m else 0
    if style in ("proman",):
        return _roman_value(n)
    core = n.split(".")[0]
    if len(core) == 2 and core[0] == core[1]:
        return 26 + ord(core[0].lower()) - 96
    return ord(core[0].lower()) - 96


_SUBDIV_KINDS = (
    "subsection",
    "paragraph",
    "subparagraph",
    "clause",
    "subclause",
    "item",
    "item",
    "item",
)


@dataclass
class _Level:
    style: str
    last: int
    node: Node


def _sub_kind(style: str, depth: int, used: Sequence[str]) -> str:
    start = 0 if style == "pdigit" and depth == 0 else 1
    for k in _SUBDIV_KINDS[start:]:
        if k not in used:
            return k
    return "item"


def _classify_marker(style: str, n: str, stack: list[_Level]) -> tuple[str, int]:
    """Resolve (i)/(v)/(x) between letters and Roman numerals using the open levels."""
    if style in ("plower", "lparen", "ldot") and _ROMAN_LOWER.match(n):
        roman = {"plower": "proman", "lparen": "rparen", "ldot": "rdot"}[style]
        letter_level = next((lv for lv in stack if lv.style == style), None)
        roman_level = next((lv for lv in stack if lv.style == roman), None)
        letter_val = _ordinal(style, n)
        roman_val = _roman_value(n)
        if letter_level is not None and letter_val == letter_level.last + 1:
            return style, letter_val
        if roman_level is not None and roman_val == roman_level.last + 1:
            return roman, roman_val
        if roman_val == 1 and (letter_level is None or letter_level.last != 8):
            return roman, 1
        if letter_level is None and roman_level is None and n != "i" and len(n) == 1:
            return style, letter_val
    return style, _ordinal(style, n)


def _split_lines_block(
    lines: Sequence[tuple[int, int, str, bool]], masked: frozenset[int] = frozenset()
) -> Body:
    """Lines of one provision's body -> own text, subdivision nodes, notes.

    lines: (start, end, text, is_note); `masked` holds indexes of lines that are quoted text of
    an amendment (never subdivision markers).
    """
    own: list[str] = []
    notes: list[str] = []
    roots: list[Node] = []
    stack: list[_Level] = []
    pending_heading: tuple[int, str] | None = None
    pending_owner: Node | None = None
    texts = [t for _, _, t, _ in lines]

    def append_text(idx: int, t: str, end: int) -> None:
        if stack:
            node = stack[-1].node
            node.text = f"{node.text}\n{t}" if node.text else t
            for lv in stack:
                lv.node.end = max(lv.node.end, end)
        else:
            own.append(t)

    for idx, (start, end, t, is_note) in enumerate(lines):
        if not t:
            continue
        if is_note:
            notes.append(t)
            if stack:
                stack[-1].node.notes.append(t)
                notes.pop()
            continue
        mk = None if idx in masked else _marker(t)
        accepted = False
        if mk is not None:
            style, n, length = mk
            style, val = _classify_marker(style, n, stack)
            depth = next((d for d, lv in enumerate(stack) if lv.style == style), None)
            if depth is not None:
                last = stack[depth].last
                if last < val <= last + 3 or (val == last and style == "pdigit" and "." in n):
                    accepted = True
                    del stack[depth:]
                elif val == 1 and style not in ("bare",):
                    accepted = True  # a new list in the same style: siblings of the old one
                    del stack[depth:]
            elif (
                val == 1
                or (
                    not stack
                    and style in ("pdigit", "degree", "dparen", "ddot")
                    and val <= 3
                    and not own
                )
                or (style == "pdigit" and not stack and val <= 9)
            ):
                accepted = not (style == "bare" and val != 1)
            elif "." in n and style in ("pdigit", "plower"):
                # "(4.11)" / "(a.1)" inserted between siblings
                depth2 = next((d for d, lv in enumerate(stack) if lv.style == style), None)
                accepted = depth2 is not None
            if style == "bare" and accepted and depth is None and idx + 1 < len(lines):
                accepted = val == 1
            if accepted:
                num = n
                node_start = start
                heading = ""
                if pending_heading is not None:
                    node_start, heading = pending_heading
                    # the heading line was appended as text: take it back
                    _drop_last_text(pending_owner, own, heading)
                node = Node(
                    kind="",
                    num=num,
                    heading=heading,
                    text=t[length:].strip(),
                    start=node_start,
                    end=end,
                )
                depth_now = len(stack)
                used = [lv.node.kind for lv in stack]
                node.kind = _sub_kind(style, depth_now, used)
                if stack:
                    stack[-1].node.children.append(node)
                    for lv in stack:
                        lv.node.end = max(lv.node.end, end)
                else:
                    roots.append(node)
                stack.append(_Level(style, val, node))
                pending_heading = None
                continue
        # a short title line right before a marker line is that subdivision's heading
        nxt = next((texts[k] for k in range(idx + 1, len(lines)) if texts[k]), None)
        prev = next((texts[k] for k in range(idx - 1, -1, -1) if texts[k]), None)
        if (
            nxt is not None
            and _marker(nxt) is not None
            and _title_like(t)
            and len(t) <= 100
            and not t.endswith(".")
            and (prev is None or prev.endswith(_TERMINAL))
            and (stack or roots)
        ):
            pending_heading = (start, t)
            pending_owner = stack[-1].node if stack else None
        else:
            pending_heading = None
        append_text(idx, t, end)
    return Body("\n".join(own), roots, notes)


def _drop_last_text(owner: Node | None, own: list[str], line: str) -> None:
    if owner is not None:
        if owner.text.endswith(line):
            owner.text = owner.text[: len(owner.text) - len(line)].rstrip("\n")
    elif own and own[-1] == line:
        own.pop()


def split_body(body: str, offset: int = 0, lang: str = "") -> Body:
    """Body of one citable provision -> own text, subdivisions and editorial notes.

    Note lines (amendment history...) go to `notes` (of the subdivision they occur in, if any).
    """
    del lang  # markers are script-neutral; kept for API symmetry
    rows: list[tuple[int, int, str, bool]] = []
    pos = 0
    for raw in body.split("\n"):
        t = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        rows.append(
            (
                offset + pos + lead,
                offset + pos + lead + len(t),
                t,
                bool(t) and bool(_NOTE_RX.match(t)),
            )
        )
        pos += len(raw) + 1
    return _split_lines_block(rows)


def subdivide(body: str, offset: int = 0, lang: str = "") -> tuple[str, list[Node]]:
    """Body of ONE citable provision -> (own text before the first subdivision, subdivision Nodes).

    Recognises (1), (a), (i), (A), 1°, 1), a), 1., a. and Fedlex-style "1 Text" paragraphs;
    nesting follows the order in which marker styles appear.  Offsets are `offset` + position in
    `body`.  Editorial note lines inside a subdivision go to that node's `notes`; note lines
    before the first subdivision are kept in the returned own text.
    """
    rows: list[tuple[int, int, str, bool]] = []
    pos = 0
    for raw in body.split("\n"):
        t = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        rows.append((offset + pos + lead, offset + pos + lead + len(t), t, False))
        pos += len(raw) + 1
    result = _split_lines_block(rows)
    return result.text, result.children


# --------------------------------------------------------------------------------------------
# Tree
# --------------------------------------------------------------------------------------------


@dataclass
class _Open:
    kind: str
    level: int  # markdown level or 99
    node: Node


def _inline_insertions(text: str, start: int, label_rx: re.Pattern[str]) -> list[Insertion]:
    """Insertions quoted inline after an announcement: "... comme suit: Art. 382-1. (1) ..."."""
    out: list[Insertion] = []
    for m in re.finditer(r"[:：]\s*[\"“«„]?\s*", text):
        before = text[max(0, m.start() - 120) : m.start()]
        if not _ANNOUNCE_RX.search(before):
            continue
        pos = m.end()
        hit = label_rx.match(text, pos)
        if not hit:
            continue
        spans: list[tuple[int, str, str]] = [(pos, hit.group("label"), hit.group("num"))]
        for later in label_rx.finditer(text, hit.end()):
            prefix = text[max(0, later.start() - 2) : later.start()]
            if re.search(r"[.)\"”»]\s?$|^\s*$", prefix) and later.start() > spans[-1][0]:
                spans.append((later.start(), later.group("label"), later.group("num")))
        for k, (s, label, num) in enumerate(spans):
            e = spans[k + 1][0] if k + 1 < len(spans) else len(text)
            seg_end = len(text[:e].rstrip())
            out.append(
                Insertion(target=clean_num(num), label=label, start=start + s, end=start + seg_end)
            )
        break
    return out


_INLINE_LABEL_RX = re.compile(
    r"(?P<label>" + _LABEL_ALT + r")\s*(?P<num>" + _NUM + r"|" + _WORD_NUM + r")" + _ORD_MARK + r"?"
)


def _build(
    text: str,
    lines: list[_Line],
    citables: list[_Cand],
    containers: list[_Cand],
    insert_spans: dict[int, list[Insertion]],
) -> tuple[list[Node], list[str]]:
    warnings: list[str] = []
    events: dict[int, _Cand] = {c.line: c for c in containers}
    events.update({c.line: c for c in citables})
    group_lines = {ln.idx for ln in lines if ln.idx not in events and _group_heading(ln)}
    # A designation line without a title takes the next line as its title when that line is
    # title-like ("Díl 1" / "Žádný trestný čin bez zákona"; "§ 1" / "Zákaz retroaktivity").
    ordered = sorted(events)
    title_of: dict[int, int] = {}
    # In hard-wrapped text (PDF extractions) a full-width line is a wrapped sentence, not a title.
    widths = sorted(len(ln.text) for ln in lines if len(ln.text) >= 20 and not ln.note)
    title_max = max(60.0, 0.7 * widths[len(widths) // 2]) if widths else 160.0
    for k, h in enumerate(ordered):
        cand = events[h]
        if _strip_repeat(cand.rest, cand):
            continue
        limit = ordered[k + 1] if k + 1 < len(ordered) else len(lines)
        nxt = next((ln for ln in lines[h + 1 : limit] if ln.text and not ln.note), None)
        if nxt is None or not _title_like(nxt.text) or nxt.text.endswith("."):
            continue
        if not cand.container and len(nxt.text) > title_max and nxt.hint < 0:
            continue
        if _parse_citable(nxt) is not None and not cand.container:
            continue
        has_body = any(ln.text and not ln.note for ln in lines[nxt.idx + 1 : limit])
        if cand.container or has_body:
            title_of[h] = nxt.idx
            group_lines.discard(nxt.idx)
    roots: list[Node] = []
    stack: list[_Open] = []
    order: list[str] = []  # container kinds, outermost first, learned from the document
    heading_lines = sorted(set(events) | group_lines)
    nxt_event = {
        h: heading_lines[k + 1] if k + 1 < len(heading_lines) else len(lines)
        for k, h in enumerate(heading_lines)
    }

    def place(kind: str, level: int, node: Node) -> None:
        nonlocal order
        if kind == "hcontainer":
            while stack and (
                (stack[-1].kind == "hcontainer" and stack[-1].level >= level)
                or (stack[-1].level < 99 and stack[-1].level >= level)
            ):
                stack.pop()
        else:
            if kind not in order:
                top_rank = min((_CONTAINER_RANK.get(k, 9) for k in order), default=99)
                rank_new = _CONTAINER_RANK.get(kind, 9)
                if not order or (rank_new <= 1 and rank_new <= top_rank):
                    order.insert(0, kind)
                else:
                    cur = [o.kind for o in stack if o.kind in order]
                    pos = order.index(cur[-1]) + 1 if cur else len(order)
                    order.insert(pos, kind)
            rank = order.index(kind)
            while stack and (
                (
                    stack[-1].kind == "hcontainer"
                    and (level <= stack[-1].level or stack[-1].level == 99)
                )
                or (stack[-1].kind in order and order.index(stack[-1].kind) >= rank)
            ):
                stack.pop()
        (stack[-1].node.children if stack else roots).append(node)
        stack.append(_Open(kind, level, node))

    def body_rows(a: int, b: int) -> list[tuple[int, int, str, bool]]:
        return [(ln.start, ln.end, ln.text, ln.note) for ln in lines[a:b]]

    def last_end(a: int, b: int, default: int) -> int:
        for k in range(b - 1, a - 1, -1):
            if lines[k].text:
                return lines[k].end
        return default

    for h in heading_lines:
        ln = lines[h]
        stop = nxt_event[h]
        if h in group_lines:
            node = Node(
                kind="hcontainer", heading=ln.text, start=ln.start, end=last_end(h, stop, ln.end)
            )
            place("hcontainer", ln.hint if ln.hint > 0 else 98, node)
            continue
        cand = events[h]
        rest = _strip_repeat(cand.rest, cand)
        first_body = h + 1
        nxt_line = next(
            (lines[k] for k in range(h + 1, stop) if lines[k].text and not lines[k].note), None
        )
        if h in title_of:
            nxt_line = lines[title_of[h]]
        if cand.container:
            heading = rest
            if not heading and h in title_of:
                heading = nxt_line.text if nxt_line is not None else ""
                first_body = title_of[h] + 1
            node = Node(
                kind=cand.kind,
                label=cand.label,
                num=cand.num,
                heading=heading,
                start=ln.start,
                end=last_end(h, stop, ln.end),
            )
            level = ln.hint if ln.hint > 0 else 99
            place(cand.kind, level, node)
            # text between a container heading and the next heading (rare): keep as own text
            rows = [r for r in body_rows(first_body, stop) if r[2]]
            if rows:
                node.text = "\n".join(r[2] for r in rows if not r[3])
                node.notes.extend(r[2] for r in rows if r[3])
            continue
        notes: list[str] = []
        for m in _INLINE_NOTE_RX.finditer(rest):
            notes.append(m.group(0).strip())
        if notes:
            rest = _INLINE_NOTE_RX.sub("", rest).strip()
        head, body_first, _ = _split_rest(rest, nxt_line.text if nxt_line else None)
        rows = body_rows(h + 1, stop)
        if body_first:
            bstart = cand.rest_start + (len(cand.rest) - len(cand.rest.lstrip()))
            idx_in = cand.rest.find(body_first)
            if idx_in >= 0:
                bstart = cand.rest_start + idx_in
            rows.insert(0, (bstart, ln.end, body_first.strip(), False))
        elif not head and not rest and h in title_of and nxt_line is not None:
            head = nxt_line.text
            rows = body_rows(nxt_line.idx + 1, stop)
        spans = insert_spans.get(h, [])
        masked = frozenset(
            k for k, r in enumerate(rows) if any(i.start <= r[0] < i.end for i in spans)
        )
        body = _split_lines_block(rows, masked)
        node = Node(
            kind=cand.kind,
            label=cand.label,
            num=cand.num,
            heading=head,
            text=body.text,
            start=ln.start,
            end=last_end(h, stop, ln.end),
            children=body.children,
            notes=notes + body.notes,
        )
        node.inserted.extend(spans)
        if not spans:
            for r in rows:
                if r[2] and not r[3] and ":" in r[2]:
                    node.inserted.extend(_inline_insertions(r[2], r[0], _INLINE_LABEL_RX))
        if stack:
            stack[-1].node.children.append(node)
        else:
            roots.append(node)
    return roots, warnings


def _group_heading(ln: _Line) -> bool:
    """A line the reader marked as a group heading that can be one (becomes an hcontainer)."""
    return (
        ln.group
        and _title_like(ln.text)
        and (not ln.text.endswith(".") or re.match(r"\d+[a-z]?\.\s", ln.text) is not None)
    )


def _ungroup_quoted(
    lines: list[_Line],
    chosen_lines: list[int],
    conts: list[_Cand],
    insert_spans: dict[int, list[Insertion]],
    quoted_heads: set[int],
) -> None:
    """Quoted text holds no group headings: a quoted title or a quoted provision that the
    reader marked as a heading (markdown "### Título II", "##### Artículo 6: ...") inside the
    quotation of the amending provision just before it stays text of that provision.  (Group
    headings after some other group heading are the law's structure and stay.)"""
    if not insert_spans:
        return
    chosen = set(chosen_lines)
    cont_lines = {c.line for c in conts}
    owner: int | None = None
    for ln in lines:
        if ln.idx in chosen:
            owner = ln.idx
        elif ln.idx in cont_lines:
            owner = None
        elif _group_heading(ln):
            spans = insert_spans.get(owner, []) if owner is not None else []
            if ln.idx in quoted_heads and any(s.start <= ln.start < s.end for s in spans):
                ln.group = False
            else:
                owner = None


def _drop_empty_runs(containers: list[_Cand], citables: list[_Cand]) -> list[_Cand]:
    """Drop container headings before the first unit that hold nothing before the next
    container of the same kind: a table of contents or an index page, not structure.  (Empty
    containers later in the text are kept: repealed chapters are still chapters.)"""
    cite_lines = sorted(c.line for c in citables)
    first_unit = cite_lines[0] if cite_lines else 1 << 60
    import bisect

    out: list[_Cand] = []
    for k, c in enumerate(containers):
        if c.line > first_unit:
            nxt = next((d for d in containers[k + 1 :] if d.kind == c.kind), None)
            duplicate = (
                nxt is not None
                and nxt.num == c.num
                and nxt.line - c.line <= 6
                and not (
                    any(
                        c.line < u < nxt.line
                        for u in cite_lines[
                            bisect.bisect_right(cite_lines, c.line) : bisect.bisect_right(
                                cite_lines, nxt.line
                            )
                        ]
                    )
                )
            )
            if not duplicate:  # a heading repeated right away (running head, TOC line)
                out.append(c)
            continue
        nxt_same = next((d.line for d in containers[k + 1 :] if d.kind == c.kind), None)
        limit = nxt_same if nxt_same is not None else 1 << 60
        i = bisect.bisect_right(cite_lines, c.line)
        if i < len(cite_lines) and cite_lines[i] < limit:
            out.append(c)
    return out


def _orphan_titles(lines: list[_Line], events: set[int], bare_lines: set[int]) -> set[int]:
    """Group headings without a designation in plain text: blocks of one to three title-like
    lines, each set off by blank lines, right before a heading, after a unit that has a body."""
    out: set[int] = set()
    ordered = sorted(events)
    for k, e in enumerate(ordered):
        if k == 0:
            continue
        prev = ordered[k - 1]
        j = e - 1
        found: list[int] = []
        while True:
            while j > prev and lines[j].blank:
                j -= 1
            block: list[int] = []
            while j > prev and not lines[j].blank and len(block) < 4:
                block.append(j)
                j -= 1
            if (
                not block
                or len(block) > 3
                or not lines[j].blank
                or any(
                    lines[i].note
                    or not _title_like(lines[i].text)
                    or lines[i].text.endswith(".")
                    or not _upper_start(lines[i].text)
                    for i in block
                )
            ):
                break
            if j <= prev + 1 and prev in bare_lines:
                break  # the previous designation's own title
            found.extend(block)
            if len(found) >= 6:
                break
        out.update(found)
    return out


def segment(text: str, lang: str = "", *, hints: Hints | None = None) -> Segmented:
    """Whole law: `text` is already normalised (lexcompare.text.normalise); offsets index into it.

    `hints` (optional, keyword-only) carries what a reader knows beyond the plain text.
    """
    del lang  # the rules are language-neutral; kept for API stability
    warnings: list[str] = []
    lines = _split_lines(text, hints)
    cites, conts = _candidates(lines)
    family = _choose_family(cites, lines)
    labelled = [
        c
        for c in cites
        if c.family != "bare"
        or (family == "bare" and (lines[c.line].hint >= 0 or _bare_strength(c) >= 0.45))
    ]
    _mark_insertions(labelled, lines, family)
    inserted = [c for c in labelled if c.inserted]
    cites = [c for c in cites if not c.inserted]
    if family == "article":
        # "Section" lines are containers in article-based documents
        cites = [c for c in cites if c.family in ("article",)]
    elif family == "fasl":
        cites = [c for c in cites if c.family == "fasl"]
        conts = [c for c in conts if c.label != _FASL]
    elif family == "bare":
        cites = [
            c
            for c in cites
            if c.family == "bare" and (lines[c.line].hint >= 0 or _bare_strength(c) >= 0.45)
        ]
    elif family:
        cites = [c for c in cites if c.family == family]
    else:
        cites = []
    if family != "fasl":
        conts = [c for c in conts if c.label != _FASL or family == "article"]
    if family in ("section", "bare"):
        conts = [c for c in conts if c.label not in ("Section", "SECTION")]
    cite_lines = {c.line for c in cites}
    conts = [c for c in conts if c.line not in cite_lines]
    _chapter_numbers(cites, conts)

    live = cites

    hinted = [c for c in live if lines[c.line].hint >= 0]
    strong = [
        c for c in live if lines[c.line].hint >= 0 or c.family != "bare" or _bare_strength(c) >= 0.6
    ]
    if len(hinted) >= 3 and len(hinted) >= 0.7 * len(strong):
        chosen = hinted
        dropped = len(live) - len(hinted)
    else:
        top_kinds = {"book", "part", "schedule"}
        boundaries = sorted(
            [c.line for c in conts if c.kind in top_kinds]
            + [ln.idx for ln in lines if ln.group or (ln.hint >= 0 and ln.hint <= 2)]
        )
        _superscripts(live)
        chosen = _select(live, boundaries)
        dropped = len(live) - len(chosen)
    # Schedules, annexes and forms are not part of the body: numbered items in them that start
    # the numbering again (related provisions of other acts, annexed treaties) are no units.
    sched_lines = sorted(c.line for c in conts if c.kind == "schedule")
    if sched_lines:
        import bisect

        kept: list[_Cand] = []
        top: tuple[float, ...] | None = None
        in_schedule = False
        for c in chosen:
            k = bisect.bisect_left(sched_lines, c.line)
            if k and (not kept or sched_lines[k - 1] > kept[-1].line):
                in_schedule = True  # a schedule heading since the last unit
            if in_schedule and top is not None and c.key <= top:
                continue
            kept.append(c)
            top = c.key if top is None or c.key > top else top
        dropped += len(chosen) - len(kept)
        chosen = kept
    if dropped:
        warnings.append(
            f"{dropped} line(s) that start with a designation were taken for "
            "cross-references, quoted text or schedule items, not headings"
        )

    # Insertion regions: from each inserted candidate to the next chosen heading / container.
    chosen_lines = sorted(c.line for c in chosen)
    import bisect

    insert_spans: dict[int, list[Insertion]] = {}
    quoted_heads: set[int] = set()  # quoted designation and heading lines (never groups)
    if inserted:
        ins_lines = [c.line for c in inserted]
        for k, c in enumerate(inserted):
            i = bisect.bisect_left(chosen_lines, c.line)
            owner = chosen_lines[i - 1] if i > 0 else None
            nxt_chosen = chosen_lines[i] if i < len(chosen_lines) else len(lines)
            nxt_ins = ins_lines[k + 1] if k + 1 < len(ins_lines) else len(lines)
            stop = min(nxt_chosen, nxt_ins)
            if owner is None:
                continue
            end = lines[c.line].end
            for ln in lines[c.line : stop]:
                if ln.text and not ln.note:
                    end = ln.end
            # the quoted headings above the first quoted provision ("TÍTULO IV", "الفرع السادس")
            # belong to the quotation too: start it right after the announcement
            first = c.line
            prev_ins = ins_lines[k - 1] if k else -1
            j = c.line - 1 if prev_ins < owner else -1  # only above the first quoted unit
            while (
                j > max(owner, prev_ins)
                and c.line - j <= 12
                and (
                    lines[j].blank
                    or lines[j].note
                    or (
                        _title_like(lines[j].text.strip(_OPEN_QUOTES + " "))
                        and not lines[j].text.rstrip().endswith(":")
                    )
                )
            ):
                if not lines[j].blank:
                    first = j
                j -= 1
            insert_spans.setdefault(owner, []).append(
                Insertion(target=c.num, label=c.label, start=lines[first].start, end=end)
            )
            # (a container heading taken for quoted text stays a heading: "Section 2 : ...")
            quoted_heads.update(
                j for j in range(first, c.line + 1) if _parse_container(lines[j]) is None
            )
    # Container headings quoted by an amending provision ("... por la siguiente:" + "Título II")
    quoted_heads |= _quote_announced_containers(lines, chosen_lines, conts, inserted, insert_spans)
    # Containers inside insertion regions are quoted text too.
    ins_ranges = [(i.start, i.end) for spans in insert_spans.values() for i in spans]
    conts = [c for c in conts if not any(a <= lines[c.line].start < b for a, b in ins_ranges)]
    # A container must not sit inside a run of text: needs a heading-like line
    conts = _drop_empty_runs(conts, chosen)

    bare_lines = {c.line for c in [*chosen, *conts] if not _strip_repeat(c.rest, c)}
    for i in _orphan_titles(lines, {c.line for c in chosen} | {c.line for c in conts}, bare_lines):
        lines[i].group = True
    _ungroup_quoted(lines, chosen_lines, conts, insert_spans, quoted_heads)
    roots, build_warnings = _build(text, lines, chosen, conts, insert_spans)
    warnings.extend(build_warnings)
    merged = _merge_superseded(roots)
    if merged:
        warnings.append(
            f"{merged} earlier version(s) of amended provisions printed in the text "
            "were kept as notes of the current version"
        )
    if not chosen:
        warnings.append("no provision headings (Article/Section/§ ...) were recognised")
    return Segmented(freeze(roots), tuple(warnings))


_MAX_QUOTED_LINES = 40


def _fold(s: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(ch)
    )


def _names_label(span: list[_Line], label: str) -> bool:
    """The announcing text names the kind of unit it quotes: "... del Título II por la
    siguiente:" / "... the following Part is inserted:" before "Título II" / "PART 3A"."""
    said = _fold(" ".join(ln.text for ln in span if ln.text and not ln.note)[-400:])
    word = _fold(label).rstrip(".")
    if not word:
        return False
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?:s|es|e|n|en|x)?(?!\w)", said) is not None


def _quote_announced_containers(
    lines: list[_Line],
    chosen_lines: list[int],
    conts: list[_Cand],
    inserted: list[_Cand],
    insert_spans: dict[int, list[Insertion]],
) -> set[int]:
    """Container headings that an amending provision quotes become part of its quotation.

    An amending provision that ends by announcing quoted text ("... por la siguiente:", "...
    is replaced by the following:", "... est ainsi rédigé :", "... passa a vigorar com a
    seguinte redação:") and is followed by a container heading ("Título II", "CHAPTER 4A")
    before any provision of its own quotes that heading: a new or renamed title, chapter...
    The heading, its title and whatever follows up to the next unit of the act (or the next
    quoted provision, which has an insertion of its own) are added to `insert_spans` as one
    `Insertion` whose target is the container's number.  A container that continues the
    numbering of the act's own containers of that label (Chapter II after Chapter I) is the
    act's structure, never quoted text; it also ends a quotation.
    """
    import bisect

    quoted: set[int] = set()
    if not chosen_lines or not conts:
        return quoted
    covered = [(i.start, i.end) for spans in insert_spans.values() for i in spans]
    ins_lines = sorted(c.line for c in inserted)
    own_last: dict[tuple[str, str], _Cand] = {}  # the act's own containers, last per label

    def continues_own(c: _Cand) -> bool:
        prev = own_last.get((c.kind, c.label))
        return prev is not None and c.key > prev.key and _major(c.key) - _major(prev.key) <= 2

    ordered = sorted(conts, key=lambda c: c.line)
    k = 0
    while k < len(ordered):
        c = ordered[k]
        k += 1
        at = lines[c.line].start
        if any(a <= at < b for a, b in covered):
            continue
        i = bisect.bisect_left(chosen_lines, c.line)
        owner = chosen_lines[i - 1] if i else -1
        if (
            owner < 0
            or continues_own(c)
            or (c.rest and not _title_like(c.rest))  # "Part 3 of the Act is amended as follows:"
            or any(ln.group for ln in lines[owner + 1 : c.line])
            or any(owner < d.line < c.line for d in ordered)
            or not _announces(lines, owner, c.line)
            or not _names_label(lines[owner : c.line], c.label)
        ):
            own_last[(c.kind, c.label)] = c
            continue
        stop = chosen_lines[i] if i < len(chosen_lines) else len(lines)
        j = bisect.bisect_right(ins_lines, c.line)
        if j < len(ins_lines):
            stop = min(stop, ins_lines[j])
        # the next quoted provision's insertion may start above its designation
        limit = min((s.start for s in insert_spans.get(owner, []) if s.start > at), default=None)
        inner = k
        while inner < len(ordered) and ordered[inner].line < stop:
            if continues_own(ordered[inner]):
                stop = ordered[inner].line
                break
            inner += 1  # a heading inside the quotation (a quoted chapter of the quoted title)
        end = lines[c.line].end
        size = 0
        for ln in lines[c.line : stop]:
            if limit is not None and ln.start >= limit:
                break
            if ln.text and not ln.note:
                end = ln.end
                size += 1
        if size > _MAX_QUOTED_LINES:
            own_last[(c.kind, c.label)] = c
            continue  # too long for a quoted heading: the act's own structure
        k = inner
        spans = insert_spans.setdefault(owner, [])
        spans.append(Insertion(target=c.num, label=c.label, start=at, end=end))
        spans.sort(key=lambda s: s.start)
        covered.append((at, end))
        quoted.update(ln.idx for ln in lines[c.line : stop] if ln.start < end)
    return quoted


def _merge_superseded(nodes: list[Node]) -> int:
    """Consolidations that print an amended provision's history (Peru's SPIJ, some InfoLEG
    pages) give consecutive provisions with the same designation.  An official text never numbers
    two adjacent provisions alike, so the run is one provision: the last version with text is
    the current one, the earlier versions become its notes.  Returns the number merged."""
    merged = 0
    out: list[Node] = []
    for node in nodes:
        merged += _merge_superseded(node.children)
        prev = out[-1] if out else None
        if (
            prev is not None
            and node.num
            and prev.num == node.num
            and prev.kind == node.kind
            and node.kind in CITABLE_KINDS
        ):
            older, newer = (prev, node) if (node.text or node.children) else (node, prev)
            keep = newer
            history = " ".join(older.text.split())
            keep.notes = [
                *older.notes,
                *([f"Earlier version: {history}"] if history else []),
                *keep.notes,
            ]
            keep.start = min(prev.start, node.start)
            keep.end = max(prev.end, node.end)
            out[-1] = keep
            merged += 1
            continue
        out.append(node)
    nodes[:] = out
    return merged
