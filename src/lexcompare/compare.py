"""Comparison tables, pure pandas over `Frames`.  Every table has a declared column list.

A country is the union of its laws in the corpus.  Only provisions that concern trafficking count
(all provisions of a dedicated act; the relevant ones of a whole code).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from lexcompare.frames import SCHEMAS, Frames, make_frames
from lexcompare.tagging.ontology import load_ontology

if TYPE_CHECKING:
    from lexcompare.model import Law
    from lexcompare.tagging.pipeline import TaggedProvision

COVERED_SCORE = 0.7

# Protocol obligations: what States must establish, and what they are asked to consider.
REQUIRED = (
    "DEF.ACT",
    "DEF.MEANS",
    "DEF.PURPOSE.SEXUAL",
    "DEF.PURPOSE.LABOUR",
    "DEF.PURPOSE.SLAVERY",
    "DEF.PURPOSE.SERVITUDE",
    "DEF.PURPOSE.ORGANS",
    "DEF.CONSENT",
    "DEF.CHILD",
    "CRIM.OFFENCE",
    "CRIM.ATTEMPT",
    "CRIM.ACCOMPLICE",
    "CRIM.ORGANIZE",
)
CONSIDER = (
    "VIC.PRIVACY",
    "VIC.PROCEEDINGS",
    "VIC.ASSISTANCE",
    "VIC.CHILD",
    "VIC.SAFETY",
    "VIC.COMPENSATION",
    "VIC.RESIDENCE",
    "VIC.REPATRIATION",
    "PREV.POLICY",
    "PREV.AWARENESS",
    "PREV.ROOTCAUSES",
    "PREV.DEMAND",
    "COOP.INFOEXCHANGE",
    "COOP.TRAINING",
    "COOP.BORDER",
    "COOP.DOCUMENTS",
)
TARGETS = ("5.2", "8.7", "16.2", "5.3", "8.8", "10.7", "16.3", "16.4", "16.a")

COVERAGE_COLUMNS = ["unit", "code", "group", "label", "status", "best_score", "evidence"]
GAP_COLUMNS = ["code", "label", "obligation", "status", "best_score", "evidence"]
SDG_COLUMNS = [
    "country",
    "target",
    "elements_covered",
    "elements_total",
    "share",
    "cues",
    "evidence",
    "reasons",
]
PENALTY_COLUMNS = [
    "country",
    "law",
    "num",
    "scope",
    "min_years",
    "max_years",
    "life",
    "fine",
    "currency",
    "child_age",
]
SIDE_COLUMNS = [
    "country",
    "law",
    "num",
    "label",
    "heading",
    "language",
    "text",
    "spans",
    "score",
    "source_url",
]


def _relevant_tags(f: Frames) -> pd.DataFrame:
    rel = f.provisions.loc[f.provisions["relevant"], ["law", "eid"]]
    tags = f.tags.merge(rel, on=["law", "eid"], how="inner")
    tags = tags.assign(country=tags["law"].map(f.law_country()))
    return tags


def _status(score: float) -> str:
    if score >= COVERED_SCORE:
        return "covered"
    if score > 0:
        return "partial"
    return "absent"


def coverage(
    f: Frames,
    *,
    by: str = "country",
    units: Sequence[str] | None = None,
    codes: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Long table: one row per unit (country or law) x element, with status and evidence
    (the provisions carrying the element, best score first)."""
    onto = load_ontology()
    tags = _relevant_tags(f)
    key = "country" if by == "country" else "law"
    all_units = sorted(
        units
        if units is not None
        else (f.laws["country"].unique() if key == "country" else f.laws["id"])
    )
    chosen = list(codes) if codes else list(onto.codes)
    tags = tags[tags[key].isin(all_units) & tags["code"].isin(chosen)]
    tags = tags.sort_values(
        [key, "code", "score", "law", "num"], ascending=[True, True, False, True, True]
    )
    refs = tags["law"] + " " + tags["num"]
    agg = (
        tags.assign(ref=refs)
        .groupby([key, "code"], sort=False)
        .agg(best_score=("score", "max"), evidence=("ref", lambda r: "; ".join(dict.fromkeys(r))))
    )
    index = pd.MultiIndex.from_product([all_units, chosen], names=[key, "code"])
    full = agg.reindex(index).reset_index()
    full["best_score"] = full["best_score"].fillna(0.0).round(3)
    full["evidence"] = full["evidence"].fillna("")
    full["status"] = full["best_score"].map(_status)
    groups = {c: onto.element(c).group for c in chosen}
    labels = {c: onto.label(c) for c in chosen}
    full["group"] = full["code"].map(groups)
    full["label"] = full["code"].map(labels)
    full = full.rename(columns={key: "unit"})
    return full[COVERAGE_COLUMNS]


def coverage_matrix(cov: pd.DataFrame) -> pd.DataFrame:
    """Wide view: units as rows, element codes as columns, status as values."""
    wide = cov.pivot(index="unit", columns="code", values="status")
    wide = wide.reindex(columns=list(dict.fromkeys(cov["code"])))
    wide.columns.name = None
    return wide


def group_rollup(cov: pd.DataFrame) -> pd.DataFrame:
    """Share of elements covered per unit and group (partial counts half)."""
    points = cov["status"].map({"covered": 1.0, "partial": 0.5, "absent": 0.0})
    df = cov.assign(points=points).groupby(["unit", "group"], sort=True)["points"].mean()
    wide = df.unstack("group").round(3)
    wide.columns.name = None
    return wide


def gap_report(f: Frames, country: str) -> pd.DataFrame:
    """The country's law against the Protocol: required elements and those to consider."""
    cov = coverage(f, units=[country], codes=list(REQUIRED) + list(CONSIDER))
    cov = cov.assign(
        obligation=cov["code"].map(lambda c: "must establish" if c in REQUIRED else "to consider")
    )
    return cov[GAP_COLUMNS].reset_index(drop=True)


def beyond_minimum(f: Frames, country: str) -> pd.DataFrame:
    """Purposes the national definition adds beyond the Protocol minimum (DEF.PURPOSE.OTHER),
    with the words that show them."""
    tags = _relevant_tags(f)
    t = tags[(tags["country"] == country) & (tags["code"] == "DEF.PURPOSE.OTHER")]
    rows = []
    for r in t.itertuples():
        words = ", ".join(dict.fromkeys(" ".join(w.split()) for w in json.loads(r.evidence)))
        rows.append((r.law, r.num, words, float(r.score)))
    return pd.DataFrame(rows, columns=["law", "num", "evidence_words", "score"])


def sdg_alignment(
    f: Frames, *, countries: Sequence[str] | None = None, targets: Sequence[str] = TARGETS
) -> pd.DataFrame:
    """Per country and target: crosswalked elements covered, a transparent share (covered /
    crosswalked), the number of explicit cues, the evidence provisions and the reasons."""
    from lexcompare.tagging.sdg import load_crosswalk

    cw = dict(load_crosswalk().elements)
    cov = coverage(f, units=countries)
    covered: dict[str, set[str]] = {
        u: set(g["code"]) for u, g in cov[cov["status"] == "covered"].groupby("unit")
    }
    sdg = f.sdg_tags.merge(
        f.provisions.loc[f.provisions["relevant"], ["law", "eid"]], on=["law", "eid"], how="inner"
    )
    sdg = sdg.assign(country=sdg["law"].map(f.law_country()), ref=sdg["law"] + " " + sdg["num"])
    by_key: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    for (country, target), g in sdg.groupby(["country", "target"], sort=False):
        reasons = [b for raw in g["because"] for b in json.loads(raw)]
        by_key[(str(country), str(target))] = (list(dict.fromkeys(g["ref"])), reasons)
    rows = []
    for country in sorted(cov["unit"].unique()):
        have = covered.get(country, set())
        for target in targets:
            elements = cw.get(target, ())
            hit = [e for e in elements if e in have]
            refs, reasons = by_key.get((country, target), ([], []))
            cues = sum(1 for b in reasons if ": cue " in b)
            share = round(len(hit) / len(elements), 3) if elements else (1.0 if cues else 0.0)
            rows.append(
                (
                    country,
                    target,
                    ", ".join(hit),
                    len(elements),
                    share,
                    cues,
                    "; ".join(refs),
                    "; ".join(list(dict.fromkeys(reasons))[:8]),
                )
            )
    return pd.DataFrame(rows, columns=SDG_COLUMNS)


def penalties(f: Frames, *, countries: Sequence[str] | None = None) -> pd.DataFrame:
    """Imprisonment ranges (years) and fines, base offence vs aggravated, sortable."""
    p = f.penalties[f.penalties["kind"].isin(["imprisonment", "fine"])].copy()
    p["country"] = p["law"].map(f.law_country())
    if countries:
        p = p[p["country"].isin(countries)]
    p["scope"] = p["aggravated"].map({True: "aggravated", False: "base"})
    p["child_age"] = p["child_age"]
    out = p[PENALTY_COLUMNS].sort_values(["country", "law", "num", "scope"]).reset_index(drop=True)
    return out


def penalty_summary(pen: pd.DataFrame) -> pd.DataFrame:
    """Per country: the base offence's range and the highest aggravated maximum (life = inf)."""
    rows = []
    for country, g in pen[pen["fine"] == ""].groupby("country", sort=True):
        base = g[g["scope"] == "base"]
        agg = g[g["scope"] == "aggravated"]

        def top(d: pd.DataFrame) -> float:
            if d.empty:
                return float("nan")
            if d["life"].any():
                return float("inf")
            return float(d["max_years"].max())

        rows.append(
            (
                country,
                float(base["min_years"].min()) if not base.empty else float("nan"),
                top(base),
                top(agg),
            )
        )
    return pd.DataFrame(
        rows, columns=["country", "base_min_years", "base_max_years", "aggravated_max_years"]
    )


def side_by_side(f: Frames, code: str, countries: Sequence[str]) -> pd.DataFrame:
    """The provisions of each country that carry `code`, best first, with evidence spans."""
    tags = _relevant_tags(f)
    t = tags[(tags["code"] == code) & (tags["country"].isin(countries))]
    prov = f.provisions.set_index(["law", "eid"])
    urls = f.law_url()
    rows = []
    for r in t.sort_values(["country", "score"], ascending=[True, False]).itertuples():
        p = prov.loc[(r.law, r.eid)]
        rows.append(
            (
                r.country,
                r.law,
                r.num,
                p["label"],
                p["heading"],
                p["language"],
                p["text"],
                r.spans,
                float(r.score),
                urls.get(r.law, ""),
            )
        )
    out = pd.DataFrame(rows, columns=SIDE_COLUMNS)
    order = {c: i for i, c in enumerate(countries)}
    return out.sort_values(
        ["country", "score"], key=lambda s: s.map(order) if s.name == "country" else -s
    ).reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# Tables for the Streamlit app (pure; the pages only render them).

LANGUAGE_NAMES = {
    "af": "Afrikaans",
    "am": "Amharic",
    "ar": "Arabic",
    "az": "Azerbaijani",
    "be": "Belarusian",
    "bg": "Bulgarian",
    "bn": "Bengali",
    "bs": "Bosnian",
    "ca": "Catalan",
    "cs": "Czech",
    "cy": "Welsh",
    "da": "Danish",
    "de": "German",
    "dv": "Dhivehi",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "et": "Estonian",
    "eu": "Basque",
    "fa": "Persian",
    "fi": "Finnish",
    "fr": "French",
    "ga": "Irish",
    "gl": "Galician",
    "he": "Hebrew",
    "hi": "Hindi",
    "hr": "Croatian",
    "hu": "Hungarian",
    "hy": "Armenian",
    "id": "Indonesian",
    "is": "Icelandic",
    "it": "Italian",
    "ja": "Japanese",
    "ka": "Georgian",
    "kk": "Kazakh",
    "km": "Khmer",
    "ko": "Korean",
    "ky": "Kyrgyz",
    "lo": "Lao",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "mk": "Macedonian",
    "mn": "Mongolian",
    "ms": "Malay",
    "mt": "Maltese",
    "my": "Burmese",
    "nb": "Norwegian Bokmål",
    "ne": "Nepali",
    "nl": "Dutch",
    "nn": "Norwegian Nynorsk",
    "no": "Norwegian",
    "pl": "Polish",
    "ps": "Pashto",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "si": "Sinhala",
    "sk": "Slovak",
    "sl": "Slovenian",
    "sq": "Albanian",
    "sr": "Serbian",
    "sv": "Swedish",
    "sw": "Swahili",
    "ta": "Tamil",
    "tg": "Tajik",
    "th": "Thai",
    "tk": "Turkmen",
    "tl": "Tagalog",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "uz": "Uzbek",
    "vi": "Vietnamese",
    "yi": "Yiddish",
    "zh": "Chinese",
    "xx": "Multilingual",
}
RTL_LANGUAGES = frozenset({"ar", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi", "ckb"})
LAW_TYPES = ("dedicated act", "code (trafficking provisions only)")
STATUS_POINTS = {"covered": 1.0, "partial": 0.5, "absent": 0.0}


def language_name(code: str) -> str:
    """ "es" -> "Spanish (es)"; unknown codes are shown as they are."""
    name = LANGUAGE_NAMES.get(code.lower().split("-")[0]) if code else None
    return f"{name} ({code})" if name else (code or "unknown language")


def text_direction(code: str) -> str:
    """ "rtl" for right-to-left scripts (Arabic, Hebrew, Persian, Urdu...), else "ltr"."""
    return "rtl" if code and code.lower().split("-")[0] in RTL_LANGUAGES else "ltr"


@dataclass(frozen=True)
class CountryInfo:
    iso3: str
    name: str
    region: str
    subregion: str
    lat: float
    lon: float


@lru_cache(maxsize=1)
def country_table() -> dict[str, CountryInfo]:
    """ISO 3166-1 alpha-3 -> name, UN region and sub-region, approximate centroid
    (src/lexcompare/data/countries.csv)."""
    path = Path(__file__).resolve().parent / "data" / "countries.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return {
            r["iso3"]: CountryInfo(
                r["iso3"], r["name"], r["region"], r["subregion"], float(r["lat"]), float(r["lon"])
            )
            for r in csv.DictReader(fh)
        }


def country_name(iso3: str) -> str:
    info = country_table().get(iso3.upper())
    return info.name if info else iso3


def country_region(iso3: str) -> str:
    info = country_table().get(iso3.upper())
    return info.region if info else "Other"


def law_type(whole_code: bool) -> str:
    return LAW_TYPES[1] if whole_code else LAW_TYPES[0]


CATALOGUE_COLUMNS = [
    "id",
    "country",
    "country_name",
    "region",
    "subregion",
    "title",
    "year",
    "language",
    "language_name",
    "law_type",
    "format",
    "n_citable",
    "n_relevant",
    "source_url",
]


def law_catalogue(f: Frames) -> pd.DataFrame:
    """One row per law with the readable facts the filters and lists need."""
    laws = f.laws.sort_values(["country", "id"])
    table = country_table()
    rows = []
    for r in laws.itertuples():
        info = table.get(r.country)
        rows.append(
            (
                r.id,
                r.country,
                info.name if info else r.country,
                info.region if info else "Other",
                info.subregion if info else "Other",
                r.title,
                int(r.year) if pd.notna(r.year) else None,
                r.language,
                language_name(r.language),
                law_type(bool(r.whole_code)),
                r.format,
                int(r.n_citable),
                int(r.n_relevant),
                r.source_url,
            )
        )
    return pd.DataFrame(rows, columns=CATALOGUE_COLUMNS)


def select_laws(
    f: Frames,
    *,
    regions: Sequence[str] = (),
    languages: Sequence[str] = (),
    law_types: Sequence[str] = (),
    countries: Sequence[str] = (),
) -> list[str]:
    """Ids of the laws that pass every filter given (an empty filter lets everything pass)."""
    cat = law_catalogue(f)
    keep = pd.Series(True, index=cat.index)
    if regions:
        keep &= cat["region"].isin(regions) | cat["subregion"].isin(regions)
    if languages:
        keep &= cat["language"].isin(languages)
    if law_types:
        keep &= cat["law_type"].isin(law_types)
    if countries:
        keep &= cat["country"].isin(countries)
    return [str(x) for x in cat.loc[keep, "id"]]


def subset(f: Frames, laws: Sequence[str]) -> Frames:
    """The frames restricted to some laws (same schemas)."""
    ids = set(laws)
    return Frames(
        laws=f.laws[f.laws["id"].isin(ids)].reset_index(drop=True),
        provisions=f.provisions[f.provisions["law"].isin(ids)].reset_index(drop=True),
        tags=f.tags[f.tags["law"].isin(ids)].reset_index(drop=True),
        sdg_tags=f.sdg_tags[f.sdg_tags["law"].isin(ids)].reset_index(drop=True),
        penalties=f.penalties[f.penalties["law"].isin(ids)].reset_index(drop=True),
    )


HEATMAP_COLUMNS = [
    "unit",
    "country_name",
    "group",
    "group_name",
    "share",
    "covered",
    "partial",
    "absent",
    "elements",
]


def group_heatmap(cov: pd.DataFrame) -> pd.DataFrame:
    """Long table for a units x element-groups heatmap: share of the group's elements covered
    (partial counts half) with the counts behind it."""
    onto = load_ontology()
    names = dict(onto.groups)
    order = {g: i for i, (g, _) in enumerate(onto.groups)}
    if cov.empty:
        return pd.DataFrame(columns=HEATMAP_COLUMNS)
    df = cov.assign(points=cov["status"].map(STATUS_POINTS))
    rows = []
    for (unit, group), g in df.groupby(["unit", "group"], sort=False):
        counts = g["status"].value_counts()
        rows.append(
            (
                unit,
                country_name(str(unit)),
                group,
                names.get(str(group), str(group)),
                round(float(g["points"].mean()), 3),
                int(counts.get("covered", 0)),
                int(counts.get("partial", 0)),
                int(counts.get("absent", 0)),
                len(g),
            )
        )
    out = pd.DataFrame(rows, columns=HEATMAP_COLUMNS)
    out = out.assign(_o=out["group"].map(order).fillna(99)).sort_values(["unit", "_o"])
    return out.drop(columns="_o").reset_index(drop=True)


WORLD_COLUMNS = ["unit", "country_name", "region", "lat", "lon", "share", "covered", "elements"]


def world_coverage(cov: pd.DataFrame) -> pd.DataFrame:
    """Per country: overall share of elements covered and its approximate centroid (countries
    without a known position are left out)."""
    table = country_table()
    rows = []
    for unit, g in cov.groupby("unit", sort=True):
        info = table.get(str(unit))
        if info is None:
            continue
        share = float(g["status"].map(STATUS_POINTS).mean())
        rows.append(
            (
                unit,
                info.name,
                info.region,
                info.lat,
                info.lon,
                round(share, 3),
                int((g["status"] == "covered").sum()),
                len(g),
            )
        )
    return pd.DataFrame(rows, columns=WORLD_COLUMNS)


def element_choices() -> list[tuple[str, str]]:
    """(value, plain label) for pickers: each group ("CRIM") then its elements."""
    onto = load_ontology()
    out: list[tuple[str, str]] = []
    for group, name in onto.groups:
        out.append((group, f"{name} (all elements)"))
        out.extend((e.code, f"{e.name}") for e in onto.elements if e.group == group)
    return out


def codes_for(choice: str) -> list[str]:
    """An element code, or a group name expanded to its element codes."""
    onto = load_ontology()
    if choice in onto.codes:
        return [choice]
    return [e.code for e in onto.elements if e.group == choice]


SIDE_MANY_COLUMNS = [
    "country",
    "law",
    "eid",
    "num",
    "label",
    "heading",
    "language",
    "text",
    "codes",
    "elements",
    "spans",
    "score",
    "source_url",
]


def side_by_side_codes(f: Frames, codes: Sequence[str], countries: Sequence[str]) -> pd.DataFrame:
    """Like `side_by_side` for several codes (an element group): one row per provision, with the
    codes it carries among those asked, their plain labels and the union of their evidence spans;
    countries in the order given, best provision first."""
    onto = load_ontology()
    tags = _relevant_tags(f)
    t = tags[tags["code"].isin(list(codes)) & tags["country"].isin(list(countries))]
    if t.empty:
        return pd.DataFrame(columns=SIDE_MANY_COLUMNS)
    prov = f.provisions.set_index(["law", "eid"])
    urls = f.law_url()
    rows = []
    for (law, eid), g in t.groupby(["law", "eid"], sort=False):
        p = prov.loc[(law, eid)]
        found = sorted(dict.fromkeys(g["code"]), key=lambda c: list(codes).index(c))
        spans: list[list[int]] = []
        for s in g["spans"]:
            spans.extend(json.loads(s))
        merged = merge_spans([(int(a), int(b)) for a, b in spans])
        rows.append(
            (
                g["country"].iloc[0],
                law,
                eid,
                g["num"].iloc[0],
                p["label"],
                p["heading"],
                p["language"],
                p["text"],
                ", ".join(found),
                "; ".join(onto.label(c) for c in found),
                json.dumps([list(s) for s in merged]),
                float(g["score"].max()),
                urls.get(str(law), ""),
            )
        )
    out = pd.DataFrame(rows, columns=SIDE_MANY_COLUMNS)
    order = {c: i for i, c in enumerate(countries)}
    out = out.assign(_c=out["country"].map(order), _n=out["codes"].str.count(",") + 1)
    out = out.sort_values(["_c", "_n", "score", "law"], ascending=[True, False, False, True])
    return out.drop(columns=["_c", "_n"]).reset_index(drop=True)


def merge_spans(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, overlapping or touching spans merged; empty or inverted spans dropped."""
    out: list[tuple[int, int]] = []
    for a, b in sorted((a, b) for a, b in spans if b > a):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


RANGE_COLUMNS = [
    "country",
    "country_name",
    "ref",
    "law",
    "num",
    "scope",
    "low",
    "high",
    "life",
    "label",
]


def penalty_ranges(pen: pd.DataFrame) -> pd.DataFrame:
    """Imprisonment rows of `penalties()` as bars for a chart: low..high years (no minimum -> 0);
    a life sentence is drawn to the longest fixed term + 5 (at least 40, at most 65) and
    flagged; longer fixed terms are drawn to that length (the label keeps the figure)."""
    imp = pen[(pen["fine"] == "") & (pen["max_years"].notna() | pen["life"])]
    if imp.empty:
        return pd.DataFrame(columns=RANGE_COLUMNS)
    top = imp["max_years"].max()
    life_at = max(40.0, min(float(top), 60.0) + 5 if pd.notna(top) else 40.0)
    rows = []
    for r in imp.itertuples():
        low = float(r.min_years) if pd.notna(r.min_years) else 0.0
        high = life_at if r.life else min(float(r.max_years), life_at)  # odd terms: clipped
        top_y = float(r.max_years) if pd.notna(r.max_years) else high
        text = "life" if r.life else f"{low:g}–{top_y:g} years" if low else f"up to {top_y:g} years"
        rows.append(
            (
                r.country,
                country_name(str(r.country)),
                f"{r.country} {r.num} · {r.law}",
                r.law,
                r.num,
                r.scope,
                low,
                high,
                bool(r.life),
                text,
            )
        )
    return pd.DataFrame(rows, columns=RANGE_COLUMNS).drop_duplicates().reset_index(drop=True)


SOURCE_COLUMNS = [
    "law",
    "title",
    "year",
    "language",
    "law_type",
    "format",
    "provisions",
    "relevant",
    "official_url",
    "sha256",
    "completeness",
    "pipeline_version",
    "built",
]


def law_sources(f: Frames, countries: Sequence[str]) -> pd.DataFrame:
    """The laws used for some countries, with provenance: official URL, hash of the text read,
    completeness, pipeline version and build time."""
    laws = f.laws[f.laws["country"].isin(list(countries))].sort_values(["country", "id"])
    rows = []
    for r in laws.itertuples():
        d = r._asdict()
        built = d.get("built_at")
        stamp = (
            pd.Timestamp(float(built), unit="s").strftime("%Y-%m-%d %H:%M")
            if built is not None and pd.notna(built)
            else ""
        )
        rows.append(
            (
                r.id,
                r.title,
                int(r.year) if pd.notna(r.year) else None,
                language_name(r.language),
                law_type(bool(r.whole_code)),
                r.format,
                int(r.n_citable),
                int(r.n_relevant),
                r.source_url,
                r.sha256,
                str(d.get("completeness", "") or ""),
                str(d.get("pipeline_version", "") or ""),
                stamp,
            )
        )
    return pd.DataFrame(rows, columns=SOURCE_COLUMNS)


# --- full-text search -------------------------------------------------------------------------

SEARCH_COLUMNS = [
    "country",
    "law",
    "eid",
    "num",
    "label",
    "heading",
    "language",
    "hits",
    "matches",
    "codes",
    "text",
    "source_url",
]
_TERM = re.compile(r'"([^"]+)"|(\S+)')


def query_terms(query: str) -> list[str]:
    """Words and "quoted phrases" of a search query, lower-cased, duplicates dropped."""
    terms = [(m.group(1) or m.group(2)).strip().lower() for m in _TERM.finditer(query)]
    return list(dict.fromkeys(t for t in terms if t))


def _accent_classes() -> dict[str, str]:
    """Base letter -> regex class of the letter and its accented forms (Latin scripts)."""
    import unicodedata

    groups: dict[str, set[str]] = {}
    for cp in range(0x00C0, 0x0250):
        ch = chr(cp)
        base = unicodedata.normalize("NFKD", ch)[0].lower()
        if base.isascii() and base.isalpha():
            groups.setdefault(base, {base}).update({ch, ch.lower()})
    return {b: "[" + "".join(sorted(v)) + "]" for b, v in groups.items()}


_ACCENTS = _accent_classes()


def _folding_regex(term: str) -> str:
    """A regex matching `term` whatever its accents: "trafico" finds "tráfico" and "TRÁFICO"
    (and "trafic" finds "trafic", "traffic" does not match "trafic")."""
    import unicodedata

    out = []
    for ch in term:
        base = unicodedata.normalize("NFKD", ch)[0].lower() if ch.isalpha() else ch
        out.append(_ACCENTS.get(base, re.escape(ch)) if base in _ACCENTS else re.escape(ch))
    return "".join(out)


def search_provisions(
    f: Frames,
    query: str,
    *,
    codes: Sequence[str] = (),
    targets: Sequence[str] = (),
    countries: Sequence[str] = (),
    languages: Sequence[str] = (),
    limit: int = 50,
) -> tuple[pd.DataFrame, int]:
    """Provisions containing every term of the query (case- and accent-insensitive substring
    match; quote a phrase), filtered by element, SDG target, country and language.  Returns the best `limit`
    rows (most matches first) with the match offsets into `text`, and the total number found."""
    terms = query_terms(query)
    prov = f.provisions
    if countries:
        prov = prov[prov["country"].isin(list(countries))]
    if languages:
        prov = prov[prov["language"].isin(list(languages))]
    tags = f.tags
    if codes:
        keys = tags.loc[tags["code"].isin(list(codes)), ["law", "eid"]].drop_duplicates()
        prov = prov.merge(keys, on=["law", "eid"], how="inner")
    if targets:
        keys = f.sdg_tags.loc[
            f.sdg_tags["target"].isin(list(targets)), ["law", "eid"]
        ].drop_duplicates()
        prov = prov.merge(keys, on=["law", "eid"], how="inner")
    if not terms and not (codes or targets):
        return pd.DataFrame(columns=SEARCH_COLUMNS), 0
    for term in terms:
        prov = prov[prov["text"].str.contains(_folding_regex(term), case=False, regex=True)]
    total = len(prov)
    if terms:
        pattern = re.compile(
            "|".join(_folding_regex(t) for t in sorted(terms, key=len, reverse=True)), re.IGNORECASE
        )
        hits = prov["text"].map(lambda s: len(pattern.findall(s)))
    else:
        pattern = None
        hits = pd.Series(0, index=prov.index)
    prov = (
        prov.assign(hits=hits)
        .sort_values(["hits", "relevant", "law", "position"], ascending=[False, False, True, True])
        .head(limit)
    )
    urls = f.law_url()
    code_map = (
        tags[tags["law"].isin(set(prov["law"]))]
        .groupby(["law", "eid"])["code"]
        .agg(lambda c: ", ".join(sorted(set(c))))
        .to_dict()
    )
    rows = []
    for r in prov.itertuples():
        spans = [[m.start(), m.end()] for m in pattern.finditer(r.text)] if pattern else []
        rows.append(
            (
                r.country,
                r.law,
                r.eid,
                r.num,
                r.label,
                r.heading,
                r.language,
                int(r.hits),
                json.dumps(spans),
                code_map.get((r.law, r.eid), ""),
                r.text,
                urls.get(r.law, ""),
            )
        )
    return pd.DataFrame(rows, columns=SEARCH_COLUMNS), total


# --- a draft law against the corpus -----------------------------------------------------------


def frames_from_tagged(
    law: Law, tagged: Sequence[TaggedProvision], *, unit: str = "DRAFT"
) -> Frames:
    """Frames holding one freshly tagged law (a draft bill) as country `unit`, so that every
    comparison table works on it unchanged.  Every provision counts as relevant."""
    laws = pd.DataFrame(
        [
            (
                law.id,
                unit,
                law.title,
                law.year,
                law.language,
                law.format,
                law.source_url,
                law.sha256,
                False,
                len(tagged),
                len(tagged),
            )
        ],
        columns=list(SCHEMAS["laws"]),
    )
    prov = pd.DataFrame(
        [
            (law.id, t.eid, t.num, t.label, t.kind, t.heading, t.text, i, True, unit, t.language)
            for i, t in enumerate(tagged)
        ],
        columns=list(SCHEMAS["provisions"]),
    )
    tags = pd.DataFrame(
        [
            (
                law.id,
                t.eid,
                t.num,
                g.code,
                g.score,
                g.method,
                json.dumps([list(s) for s in g.spans]),
                json.dumps(list(g.patterns)),
                json.dumps([e.text for e in g.evidence][:10], ensure_ascii=False),
            )
            for t in tagged
            for g in t.tags
        ],
        columns=list(SCHEMAS["tags"]),
    )
    sdg = pd.DataFrame(
        [
            (law.id, t.eid, t.num, s.target, json.dumps(list(s.because), ensure_ascii=False))
            for t in tagged
            for s in t.sdg
        ],
        columns=list(SCHEMAS["sdg_tags"]),
    )
    pen = pd.DataFrame(columns=list(SCHEMAS["penalties"]))
    return make_frames(laws=laws, provisions=prov, tags=tags, sdg_tags=sdg, penalties=pen)


CLOSEST_COLUMNS = [
    "code",
    "element",
    "draft_status",
    "draft_provisions",
    "country",
    "country_name",
    "law",
    "label",
    "num",
    "heading",
    "language",
    "score",
    "similarity",
    "text",
    "spans",
    "source_url",
]
_WORD = re.compile(r"\w{3,}")


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))


def closest_provisions(
    f: Frames, draft: Frames, *, codes: Sequence[str] | None = None, k: int = 3
) -> pd.DataFrame:
    """For each element (default: the Protocol's required and to-consider elements), the draft's
    status and up to `k` provisions of other countries that carry it, one per country.  When the
    draft has the element, candidates are ranked by word overlap (Jaccard) with the draft's
    provisions that carry it; otherwise (and to break ties) by tag score, the draft's language
    first."""
    chosen = list(codes) if codes is not None else list(REQUIRED) + list(CONSIDER)
    unit = str(draft.laws["country"].iloc[0]) if not draft.laws.empty else "DRAFT"
    lang = str(draft.laws["language"].iloc[0]) if not draft.laws.empty else ""
    dcov = coverage(draft, units=[unit], codes=chosen).set_index("code")
    dtags = _relevant_tags(draft)
    dtext = draft.provisions.set_index("eid")["text"].to_dict()
    tags = _relevant_tags(f)
    tags = tags[tags["code"].isin(chosen) & (tags["country"] != unit)]
    prov = f.provisions.set_index(["law", "eid"])["text"]
    urls = f.law_url()
    onto = load_ontology()
    words: dict[tuple[str, str], frozenset[str]] = {}
    rows = []
    for code in chosen:
        status = str(dcov.loc[code, "status"]) if code in dcov.index else "absent"
        mine = dtags[dtags["code"] == code]
        nums = ", ".join(dict.fromkeys(mine["num"]))
        draft_words: frozenset[str] = frozenset()
        for eid in mine["eid"]:
            draft_words |= _words(dtext.get(eid, ""))
        cands = []
        for r in tags[tags["code"] == code].itertuples():
            key = (str(r.law), str(r.eid))
            text = str(prov.loc[key])
            sim = 0.0
            if draft_words:
                if key not in words:
                    words[key] = _words(text)
                w = words[key]
                sim = len(w & draft_words) / len(w | draft_words) if w | draft_words else 0.0
            same = 1 if str(r.law) in set(f.laws.loc[f.laws["language"] == lang, "id"]) else 0
            cands.append((round(sim, 3), same, float(r.score), r, text))
        cands.sort(key=lambda c: (-c[0], -c[1], -c[2], str(c[3].law), str(c[3].num)))
        seen: set[str] = set()
        for sim, _same, score, r, text in cands:
            if r.country in seen:
                continue
            seen.add(r.country)
            p_row = f.provisions[(f.provisions["law"] == r.law) & (f.provisions["eid"] == r.eid)]
            rows.append(
                (
                    code,
                    onto.label(code),
                    status,
                    nums,
                    r.country,
                    country_name(str(r.country)),
                    r.law,
                    str(p_row["label"].iloc[0]) if not p_row.empty else "",
                    r.num,
                    str(p_row["heading"].iloc[0]) if not p_row.empty else "",
                    str(p_row["language"].iloc[0]) if not p_row.empty else "",
                    score,
                    sim,
                    text,
                    r.spans,
                    urls.get(str(r.law), ""),
                )
            )
            if len(seen) >= k:
                break
        if not seen:
            rows.append(
                (
                    code,
                    onto.label(code),
                    status,
                    nums,
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    0.0,
                    0.0,
                    "",
                    "[]",
                    "",
                )
            )
    return pd.DataFrame(rows, columns=CLOSEST_COLUMNS)


# --- readable views and summaries for the app -------------------------------------------------

STATUS_TEXT = {"covered": "● covered", "partial": "◐ partial", "absent": "○ absent"}


def readable_status(df: pd.DataFrame) -> pd.DataFrame:
    """The table with its `status` column in words and symbols ("✅ covered")."""
    if "status" not in df.columns:
        return df
    return df.assign(status=df["status"].map(lambda s: STATUS_TEXT.get(s, s)))


def readable_targets(df: pd.DataFrame) -> pd.DataFrame:
    """The table with a `target_name` column ("SDG 8.7: End forced labour...")."""
    onto = load_ontology()
    return df.assign(target_name=df["target"].map(onto.label))


def profile_summary(f: Frames, country: str) -> dict[str, object]:
    """Headline figures of a country profile."""
    gaps = gap_report(f, country)
    laws = f.laws[f.laws["country"] == country]
    req = gaps[gaps["obligation"] == "must establish"]
    con = gaps[gaps["obligation"] == "to consider"]
    return {
        "laws": len(laws),
        "relevant": int(laws["n_relevant"].sum()),
        "required_covered": int((req["status"] == "covered").sum()),
        "required_total": len(req),
        "consider_covered": int((con["status"] == "covered").sum()),
        "consider_total": len(con),
        "languages": [language_name(x) for x in dict.fromkeys(laws["language"])],
        "missing_required": [str(x) for x in req.loc[req["status"] == "absent", "label"]],
    }
