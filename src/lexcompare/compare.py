"""Comparison tables, pure pandas over `Frames`.  Every table has a declared column list.

A country is the union of its laws in the corpus.  Only provisions that concern trafficking count
(all provisions of a dedicated act; the relevant ones of a whole code).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import pandas as pd

from lexcompare.frames import Frames
from lexcompare.tagging.ontology import load_ontology

COVERED_SCORE = 0.7

# Protocol obligations: what States must establish, and what they are asked to consider.
REQUIRED = (
    "DEF.ACT", "DEF.MEANS", "DEF.PURPOSE.SEXUAL", "DEF.PURPOSE.LABOUR", "DEF.PURPOSE.SLAVERY",
    "DEF.PURPOSE.SERVITUDE", "DEF.PURPOSE.ORGANS", "DEF.CONSENT", "DEF.CHILD", "CRIM.OFFENCE",
    "CRIM.ATTEMPT", "CRIM.ACCOMPLICE", "CRIM.ORGANIZE",
)
CONSIDER = (
    "VIC.PRIVACY", "VIC.PROCEEDINGS", "VIC.ASSISTANCE", "VIC.CHILD", "VIC.SAFETY",
    "VIC.COMPENSATION", "VIC.RESIDENCE", "VIC.REPATRIATION", "PREV.POLICY", "PREV.AWARENESS",
    "PREV.ROOTCAUSES", "PREV.DEMAND", "COOP.INFOEXCHANGE", "COOP.TRAINING", "COOP.BORDER",
    "COOP.DOCUMENTS",
)
TARGETS = ("5.2", "8.7", "16.2", "5.3", "8.8", "10.7", "16.3", "16.4", "16.a")

COVERAGE_COLUMNS = ["unit", "code", "group", "label", "status", "best_score", "evidence"]
GAP_COLUMNS = ["code", "label", "obligation", "status", "best_score", "evidence"]
SDG_COLUMNS = ["country", "target", "elements_covered", "elements_total", "share", "cues",
               "evidence", "reasons"]
PENALTY_COLUMNS = ["country", "law", "num", "scope", "min_years", "max_years", "life", "fine",
                   "currency", "child_age"]
SIDE_COLUMNS = ["country", "law", "num", "label", "heading", "language", "text", "spans",
                "score", "source_url"]


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


def coverage(f: Frames, *, by: str = "country", units: Sequence[str] | None = None,
             codes: Sequence[str] | None = None) -> pd.DataFrame:
    """Long table: one row per unit (country or law) x element, with status and evidence
    (the provisions carrying the element, best score first)."""
    onto = load_ontology()
    tags = _relevant_tags(f)
    key = "country" if by == "country" else "law"
    all_units = sorted(units if units is not None else
                       (f.laws["country"].unique() if key == "country" else f.laws["id"]))
    chosen = list(codes) if codes else list(onto.codes)
    tags = tags[tags[key].isin(all_units) & tags["code"].isin(chosen)]
    tags = tags.sort_values([key, "code", "score", "law", "num"],
                            ascending=[True, True, False, True, True])
    refs = tags["law"] + " " + tags["num"]
    agg = (tags.assign(ref=refs).groupby([key, "code"], sort=False)
           .agg(best_score=("score", "max"),
                evidence=("ref", lambda r: "; ".join(dict.fromkeys(r)))))
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
    cov = cov.assign(obligation=cov["code"].map(
        lambda c: "must establish" if c in REQUIRED else "to consider"))
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


def sdg_alignment(f: Frames, *, countries: Sequence[str] | None = None,
                  targets: Sequence[str] = TARGETS) -> pd.DataFrame:
    """Per country and target: crosswalked elements covered, a transparent share (covered /
    crosswalked), the number of explicit cues, the evidence provisions and the reasons."""
    from lexcompare.tagging.sdg import load_crosswalk

    cw = dict(load_crosswalk().elements)
    cov = coverage(f, units=countries)
    covered: dict[str, set[str]] = {
        u: set(g["code"]) for u, g in cov[cov["status"] == "covered"].groupby("unit")
    }
    sdg = f.sdg_tags.merge(f.provisions.loc[f.provisions["relevant"], ["law", "eid"]],
                           on=["law", "eid"], how="inner")
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
            rows.append((country, target, ", ".join(hit), len(elements), share, cues,
                         "; ".join(refs), "; ".join(list(dict.fromkeys(reasons))[:8])))
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

        rows.append((country, float(base["min_years"].min()) if not base.empty else float("nan"),
                     top(base), top(agg)))
    return pd.DataFrame(rows, columns=["country", "base_min_years", "base_max_years",
                                       "aggravated_max_years"])


def side_by_side(f: Frames, code: str, countries: Sequence[str]) -> pd.DataFrame:
    """The provisions of each country that carry `code`, best first, with evidence spans."""
    tags = _relevant_tags(f)
    t = tags[(tags["code"] == code) & (tags["country"].isin(countries))]
    prov = f.provisions.set_index(["law", "eid"])
    urls = f.law_url()
    rows = []
    for r in t.sort_values(["country", "score"], ascending=[True, False]).itertuples():
        p = prov.loc[(r.law, r.eid)]
        rows.append((r.country, r.law, r.num, p["label"], p["heading"], p["language"], p["text"],
                     r.spans, float(r.score), urls.get(r.law, "")))
    out = pd.DataFrame(rows, columns=SIDE_COLUMNS)
    order = {c: i for i, c in enumerate(countries)}
    return out.sort_values(["country", "score"], key=lambda s: s.map(order) if s.name == "country"
                           else -s).reset_index(drop=True)
