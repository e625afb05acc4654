"""Overview: coverage of the Protocol's element groups by country (heatmap), filters by region,
language and law type; a click on a country opens its profile; a world view."""

from __future__ import annotations

import altair as alt
import streamlit as st

from lexcompare.app import data, page, ui
from lexcompare.compare import LAW_TYPES, language_name
from lexcompare.tagging.ontology import load_ontology


def render() -> None:
    ui.setup(
        "Coverage of the Trafficking Protocol",
        "Share of each group of Protocol elements that a country's laws establish "
        "(a partly established element counts half). Click a country to open its profile.",
    )
    d = ui.require_data()
    cat = data.catalogue(*d.key)
    if cat.empty:
        ui.empty(
            "The database holds no law yet. Run `lexcompare build` (or delete the database "
            "file and reload this page to build it)."
        )
        return
    regions = sorted(set(cat["region"]))
    languages = sorted(set(cat["language"]))
    ui.from_url("ov_region", "region", many=True, allowed=regions)
    ui.from_url("ov_lang", "lang", many=True, allowed=languages)
    ui.from_url("ov_type", "type", many=True, allowed=LAW_TYPES)
    c1, c2, c3 = st.columns(3)
    sel_regions = c1.multiselect("Region", regions, key="ov_region", placeholder="All regions")
    sel_langs = c2.multiselect(
        "Language of the law",
        languages,
        key="ov_lang",
        format_func=language_name,
        placeholder="All languages",
    )
    sel_types = c3.multiselect("Law type", list(LAW_TYPES), key="ov_type", placeholder="All laws")
    ui.to_url(region=sel_regions, lang=sel_langs, type=sel_types)

    laws = (
        data.law_ids(*d.key, tuple(sel_regions), tuple(sel_langs), tuple(sel_types))
        if sel_regions or sel_langs or sel_types
        else None
    )
    if laws is not None and not laws:
        ui.empty("No law matches these filters. Remove a region, language or law type.")
        return
    heat = data.heatmap(*d.key, laws)
    groups = [name for _, name in load_ontology().groups]

    tab_groups, tab_world, tab_laws = st.tabs(["Element groups", "World view", "Laws"])
    with tab_groups:
        pick = alt.selection_point(fields=["unit"], name="country", on="click")
        base = alt.Chart(heat).encode(
            x=alt.X(
                "group_name:N",
                sort=groups,
                title=None,
                axis=alt.Axis(labelAngle=-25, labelLimit=260, labelOverlap=False, orient="top"),
            ),
            y=alt.Y(
                "country_name:N",
                title=None,
                sort="ascending",
                axis=alt.Axis(labelOverlap=False, labelLimit=200),
            ),
        )
        rect = (
            base.mark_rect(stroke="white")
            .encode(
                color=alt.Color(
                    "share:Q",
                    title="Share covered",
                    scale=alt.Scale(domain=[0, 1], scheme="yellowgreenblue"),
                ),
                tooltip=[
                    alt.Tooltip("country_name:N", title="Country"),
                    alt.Tooltip("group_name:N", title="Group"),
                    alt.Tooltip("share:Q", title="Share covered", format=".0%"),
                    alt.Tooltip("covered:Q", title="Elements covered"),
                    alt.Tooltip("partial:Q", title="Partly covered"),
                    alt.Tooltip("elements:Q", title="Elements in group"),
                ],
                opacity=alt.condition(pick, alt.value(1.0), alt.value(0.85)),
            )
            .add_params(pick)
        )
        text = base.mark_text(fontSize=11).encode(
            text=alt.Text("share:Q", format=".0%"),
            color=alt.condition("datum.share > 0.6", alt.value("white"), alt.value("#1f2330")),
        )
        n = heat["unit"].nunique()
        height = max(160, 26 * n)
        chart = (rect + text).properties(height=height)
        event = ui.chart(
            chart, on_select="rerun", key="ov_heat", selection_mode="country", height=height + 140
        )
        chosen = _clicked(event)
        if chosen:
            st.switch_page(page("profile"), query_params={"country": chosen})
        units = sorted(set(heat["unit"]))
        c_open, c_go = st.columns([3, 1], vertical_alignment="bottom")
        target = c_open.selectbox(
            "Open a country profile",
            units,
            format_func=ui.country_label,
            index=None,
            placeholder="Choose a country",
            key="ov_open",
        )
        if target:
            c_go.page_link(
                page("profile"),
                label=f"Open {ui.country_label(target)}",
                icon=":material/arrow_forward:",
                query_params={"country": target},
            )
        ui.downloads(
            heat,
            "coverage-by-group",
            lambda: data.comparison_report(*d.key, tuple(units), ()),
            key="ov-dl",
        )
    with tab_world:
        world = data.world(*d.key, laws)
        if world.empty:
            ui.empty("None of these countries has a known position on the map.")
        else:
            sphere = alt.Chart(alt.sphere()).mark_geoshape(fill="#eef3fa", stroke="#c9d3e3")
            grid = alt.Chart(alt.graticule(step=[30, 30])).mark_geoshape(
                stroke="#d7deea", strokeWidth=0.5
            )
            dots = (
                alt.Chart(world)
                .mark_circle(stroke="#1f2330", strokeWidth=0.5, opacity=0.9)
                .encode(
                    longitude="lon:Q",
                    latitude="lat:Q",
                    size=alt.Size("elements:Q", legend=None, scale=alt.Scale(range=[180, 180])),
                    color=alt.Color(
                        "share:Q",
                        title="Share covered",
                        scale=alt.Scale(domain=[0, 1], scheme="yellowgreenblue"),
                    ),
                    tooltip=[
                        alt.Tooltip("country_name:N", title="Country"),
                        alt.Tooltip("share:Q", title="Share covered", format=".0%"),
                        alt.Tooltip("covered:Q", title="Elements covered"),
                    ],
                )
            )
            labels = (
                alt.Chart(world)
                .mark_text(dy=-11, fontSize=9, color="#1f2330")
                .encode(longitude="lon:Q", latitude="lat:Q", text="unit:N")
            )
            ui.chart(
                (sphere + grid + dots + labels).project("equalEarth").properties(height=460),
                key="ov_world",
            )
            st.caption(
                "Dots mark each country's approximate centre (no map tiles are loaded; "
                "the view works offline)."
            )
    with tab_laws:
        shown = data.laws_of(*d.key, laws)
        st.dataframe(
            shown,
            hide_index=True,
            column_config={
                "source_url": st.column_config.LinkColumn("official source"),
                "country_name": "country name",
                "language_name": "language",
                "law_type": "law type",
                "n_citable": "provisions",
                "n_relevant": "relevant",
            },
            column_order=[
                "country_name",
                "id",
                "title",
                "year",
                "language_name",
                "law_type",
                "format",
                "n_citable",
                "n_relevant",
                "source_url",
            ],
        )
        ui.downloads(shown, "laws", None, key="ov-laws-dl")


def _clicked(event: object) -> str | None:
    """The country clicked in the heatmap, if any."""
    sel = getattr(event, "selection", None) or {}
    try:
        points = sel.get("country") or []
    except AttributeError:
        return None
    for p in points:
        unit = p.get("unit") if isinstance(p, dict) else None
        if unit:
            return str(unit)
    return None


if __name__ == "__main__":
    render()
