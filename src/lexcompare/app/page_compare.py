"""Compare: 2-6 countries side by side for one element (or a group of elements): their provisions
in the original language with the evidence highlighted, and their penalty ranges."""

from __future__ import annotations

import altair as alt
import streamlit as st

from lexcompare.app import data, ui
from lexcompare.compare import codes_for, element_choices

MAX_COUNTRIES = 6


def render() -> None:
    ui.setup(
        "Compare countries",
        "Pick two to six countries and an element of the Protocol (or a whole group): the "
        "provisions that establish it appear side by side, as the law prints them, with the "
        "words that show it highlighted. The page address holds the view: share it.",
    )
    d = ui.require_data()
    cat = data.catalogue(*d.key)
    countries = sorted(set(cat["country"]))
    choices = element_choices()
    labels = dict(choices)
    ui.from_url("cmp_countries", "countries", many=True, allowed=countries)
    if len(st.session_state.get("cmp_countries", [])) > MAX_COUNTRIES:
        st.session_state["cmp_countries"] = st.session_state["cmp_countries"][:MAX_COUNTRIES]
    ui.from_url("cmp_element", "element", allowed=labels, default="DEF.ACT")
    c1, c2 = st.columns([3, 2])
    chosen = c1.multiselect(
        "Countries (2 to 6)",
        countries,
        key="cmp_countries",
        format_func=ui.country_label,
        max_selections=MAX_COUNTRIES,
        placeholder="Choose countries",
    )
    element = c2.selectbox(
        "Element or group", list(labels), key="cmp_element", format_func=lambda v: labels.get(v, v)
    )
    ui.to_url(countries=chosen, element=element)
    if len(chosen) < 2:
        ui.empty(
            "Choose at least two countries above to compare their provisions "
            "(for example Argentina and Colombia)."
        )
        return
    codes = codes_for(element)
    side = data.side_by_side(*d.key, tuple(codes), tuple(chosen))
    per_country = st.slider("Provisions shown per country", 1, 10, 3, key="cmp_n")
    st.subheader(labels.get(element, element))
    by_country: dict[str, list[dict[str, object]]] = {c: [] for c in chosen}
    for r in side.to_dict(orient="records"):
        by_country.setdefault(str(r["country"]), []).append(r)
    cols = st.columns(len(chosen))
    for col, country in zip(cols, chosen, strict=True):
        rows = by_country.get(country, [])
        with col:
            st.markdown(f"**{ui.country_label(country)}**")
            if not rows:
                st.caption(
                    "No provision of this country's laws in the corpus establishes this "
                    "element (as far as the tagger sees). Try the element's group, or "
                    "open the country profile for its gaps."
                )
                continue
            st.caption(f"{len(rows)} provision(s); showing {min(len(rows), per_country)}")
            for r in rows[:per_country]:
                r["tags"] = str(r.get("elements", "")) if len(codes) > 1 else ""
                r["extra"] = f"score {float(str(r['score'])):.2f}"
            ui.render_provisions(rows[:per_country], window=220, max_chars=2400)

    st.subheader("Penalties")
    ranges = data.penalty_ranges(*d.key, tuple(chosen))
    if ranges.empty:
        ui.empty(
            "No prison term was found in the penalty provisions of these countries. "
            "Their penalty provisions may state fines only, or the extraction does not "
            "read their wording yet."
        )
    else:
        chart = (
            alt.Chart(ranges)
            .mark_bar(height=10, cornerRadius=2)
            .encode(
                x=alt.X("low:Q", title="Years of imprisonment"),
                x2="high:Q",
                y=alt.Y(
                    "ref:N",
                    title=None,
                    sort=alt.EncodingSortField("country_name"),
                    axis=alt.Axis(labelLimit=340),
                ),
                color=alt.Color("country_name:N", title="Country"),
                opacity=alt.Opacity(
                    "scope:N",
                    title="Offence",
                    scale=alt.Scale(domain=["base", "aggravated"], range=[1, 0.5]),
                ),
                tooltip=[
                    alt.Tooltip("country_name:N", title="Country"),
                    alt.Tooltip("ref:N", title="Provision"),
                    alt.Tooltip("scope:N", title="Offence"),
                    alt.Tooltip("label:N", title="Range"),
                ],
            )
        )
        life = (
            alt.Chart(ranges)
            .transform_filter("datum.life")
            .mark_text(align="left", dx=4, fontSize=11)
            .encode(x="high:Q", y=alt.Y("ref:N"), text=alt.value("life"))
        )
        ui.chart((chart + life).properties(height=max(120, 22 * len(ranges))), key="cmp_pen")
        st.dataframe(data.penalty_summary(*d.key, tuple(chosen)), hide_index=True)

    st.subheader("Download")
    table = side.drop(columns=["spans"])
    ui.downloads(
        table,
        f"compare-{'-'.join(chosen)}-{element}",
        lambda: data.comparison_report(*d.key, tuple(chosen), tuple(codes)),
        key="cmp-dl",
    )


if __name__ == "__main__":
    render()
