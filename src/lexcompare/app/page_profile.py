"""Country profile: the country's law against the Protocol (gaps), SDG alignment per target with
its reasons, penalties, and the laws used with their provenance."""

from __future__ import annotations

import streamlit as st

from lexcompare.app import data, ui
from lexcompare.export import Report


def render() -> None:
    ui.setup(
        "Country profile",
        "One country's laws against the Trafficking Protocol: what they establish, what is "
        "missing, which SDG targets they serve and why, penalties, and the laws read.",
    )
    d = ui.require_data()
    cat = data.catalogue(*d.key)
    countries = sorted(set(cat["country"]))
    ui.from_url("pf_country", "country", allowed=countries)
    country = st.selectbox(
        "Country",
        countries,
        key="pf_country",
        index=None,
        format_func=ui.country_label,
        placeholder="Choose a country",
    )
    ui.to_url(country=country)
    if not country:
        ui.empty("Choose a country above (or click a country on the Overview heatmap).")
        return
    gaps = data.gaps(*d.key, country)
    summary = data.profile_summary(*d.key, country)
    m1, m2, m3, m4 = st.columns(4)
    m1.metric("Laws read", summary["laws"])
    m2.metric("Provisions on trafficking", summary["relevant"])
    m3.metric(
        "Required elements established",
        f"{summary['required_covered']} / {summary['required_total']}",
    )
    m4.metric(
        "Elements to consider established",
        f"{summary['consider_covered']} / {summary['consider_total']}",
    )
    st.caption("Language of the laws: " + ", ".join(summary["languages"]))

    def report() -> Report:
        return data.profile_report(*d.key, country)

    t_gaps, t_sdg, t_pen, t_laws = st.tabs(
        ["Gaps against the Protocol", "SDG alignment", "Penalties", "Laws used"]
    )
    with t_gaps:
        st.dataframe(
            data.gaps_view(*d.key, country),
            hide_index=True,
            column_order=["label", "obligation", "status", "best_score", "evidence", "code"],
            column_config={
                "label": st.column_config.TextColumn("Element", width="medium"),
                "obligation": "Obligation",
                "status": "Status",
                "best_score": st.column_config.NumberColumn("Best score", format="%.2f"),
                "evidence": st.column_config.TextColumn(
                    "Provisions (law and number)", width="large"
                ),
                "code": "Code",
            },
        )
        if summary["missing_required"]:
            st.warning(
                "Required by the Protocol but not found: " + "; ".join(summary["missing_required"])
            )
        beyond = data.beyond_minimum(*d.key, country)
        if not beyond.empty:
            st.markdown("**Beyond the Protocol minimum** (purposes of exploitation the law adds)")
            st.dataframe(beyond, hide_index=True)
        ui.downloads(gaps, f"gaps-{country}", report, key="pf-gaps-dl")
    with t_sdg:
        sdg = data.sdg(*d.key, (country,))
        st.dataframe(
            data.sdg_view(*d.key, (country,)),
            hide_index=True,
            column_order=[
                "target_name",
                "share",
                "elements_covered",
                "cues",
                "evidence",
                "reasons",
            ],
            column_config={
                "target_name": st.column_config.TextColumn("SDG target", width="medium"),
                "share": st.column_config.ProgressColumn(
                    "Crosswalk elements covered", min_value=0.0, max_value=1.0, format="percent"
                ),
                "elements_covered": "Elements covered",
                "cues": "Explicit cues",
                "evidence": st.column_config.TextColumn("Provisions", width="medium"),
                "reasons": st.column_config.TextColumn("Reasons", width="large"),
            },
        )
        st.caption(
            "A target is served through the elements the crosswalk links to it "
            "(annotations/sdg.yaml) or through explicit cues in a provision's words; "
            "the reasons column says which."
        )
        ui.downloads(sdg, f"sdg-{country}", report, key="pf-sdg-dl")
    with t_pen:
        pen = data.penalties(*d.key, (country,))
        if pen.empty:
            ui.empty(
                "No penalty was extracted from this country's penalty provisions. "
                "See the Gaps tab for the provisions tagged as penalties."
            )
        else:
            st.dataframe(data.penalty_summary(*d.key, (country,)), hide_index=True)
            st.dataframe(pen, hide_index=True)
        ui.downloads(pen, f"penalties-{country}", report, key="pf-pen-dl")
    with t_laws:
        sources = data.sources(*d.key, (country,))
        st.dataframe(
            sources,
            hide_index=True,
            column_config={
                "official_url": st.column_config.LinkColumn("Official source"),
                "sha256": st.column_config.TextColumn("SHA-256 of the text read"),
                "provisions": "Provisions",
                "relevant": "On trafficking",
                "law_type": "Law type",
                "pipeline_version": "Pipeline",
                "built": "Built (UTC)",
            },
        )
        st.caption(
            "Provenance: each law is read from the file whose hash is shown, fetched from "
            "the official source; 'Pipeline' identifies the parser and tagger version."
        )
        ui.downloads(sources, f"laws-{country}", report, key="pf-laws-dl")


if __name__ == "__main__":
    render()
