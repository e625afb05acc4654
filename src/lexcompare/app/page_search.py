"""Search: full-text search across the provisions of every law, with filters by element, SDG
target, country and language; results show the matching words highlighted."""

from __future__ import annotations

import streamlit as st

from lexcompare.app import data, ui
from lexcompare.compare import language_name
from lexcompare.export import Report
from lexcompare.tagging.ontology import load_ontology

LIMIT = 50


def render() -> None:
    ui.setup(
        "Search the laws",
        "Every word must occur in the provision (upper or lower case alike); put a phrase "
        'in quotes, e.g. "trata de personas". Filters narrow the results.',
    )
    d = ui.require_data()
    onto = load_ontology()
    cat = data.catalogue(*d.key)
    countries = sorted(set(cat["country"]))
    languages = sorted(set(cat["language"]))
    ui.from_url("sr_q", "q", default="")
    ui.from_url("sr_el", "element", many=True, allowed=onto.codes)
    ui.from_url("sr_sdg", "target", many=True, allowed=onto.target_codes)
    ui.from_url("sr_country", "country", many=True, allowed=countries)
    ui.from_url("sr_lang", "lang", many=True, allowed=languages)
    query = st.text_input(
        "Words to find", key="sr_q", placeholder='e.g. exploitation "forced labour"'
    )
    c1, c2, c3, c4 = st.columns(4)
    codes = c1.multiselect(
        "Element", list(onto.codes), key="sr_el", format_func=onto.label, placeholder="Any element"
    )
    targets = c2.multiselect(
        "SDG target",
        list(onto.target_codes),
        key="sr_sdg",
        format_func=onto.label,
        placeholder="Any target",
    )
    chosen = c3.multiselect(
        "Country",
        countries,
        key="sr_country",
        format_func=ui.country_label,
        placeholder="Any country",
    )
    langs = c4.multiselect(
        "Language", languages, key="sr_lang", format_func=language_name, placeholder="Any language"
    )
    ui.to_url(q=query.strip(), element=codes, target=targets, country=chosen, lang=langs)
    if not query.strip() and not (codes or targets):
        ui.empty(
            "Type one or more words to search the provisions of all laws, or pick an "
            "element or SDG target to list the provisions that carry it."
        )
        return
    results, total = data.search(
        *d.key, query.strip(), tuple(codes), tuple(targets), tuple(chosen), tuple(langs), LIMIT
    )
    if total == 0:
        ui.empty(
            "No provision matches. Try fewer or shorter words (a word stem such as "
            "'exploit' also finds 'exploitation'), or remove a filter."
        )
        return
    st.caption(
        f"{total} provision(s) found"
        + (f"; the {LIMIT} with most matches are shown" if total > LIMIT else "")
    )
    rows = results.to_dict(orient="records")
    for r in rows:
        r["tags"] = "; ".join(
            onto.label(c.strip()) for c in str(r["codes"]).split(",") if c.strip()
        )
        r["extra"] = f"{r['hits']} match(es)" if r["hits"] else ""
    ui.render_provisions(rows, window=160, max_chars=1200)
    table = results.drop(columns=["matches"])
    ui.downloads(
        table,
        "search-results",
        lambda: Report(
            title=f"Search: {query.strip() or '(filters only)'}",
            tables={"results": table},
            sources=data.report_sources(*d.key, tuple(sorted(set(results["country"])))),
            meta={
                "query": query.strip(),
                "elements": ",".join(codes),
                "targets": ",".join(targets),
                "countries": ",".join(chosen),
                "languages": ",".join(langs),
            },
        ),
        key="sr-dl",
    )


if __name__ == "__main__":
    render()
