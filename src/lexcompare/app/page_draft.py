"""Check a draft: upload or paste a bill; it is parsed and tagged on the spot and compared with
the Protocol (coverage, gaps), the SDG targets, and the closest provisions of other countries.
Nothing uploaded is stored unless the user asks."""

from __future__ import annotations

import hashlib

import streamlit as st

from lexcompare.app import data, ui
from lexcompare.compare import LANGUAGE_NAMES, language_name
from lexcompare.errors import LexcompareError
from lexcompare.reports import DRAFT_MAX_BYTES, DRAFT_TYPES, check_draft, draft_report, read_draft

MAX_MB = DRAFT_MAX_BYTES // 2**20
AUTO = ""


def render() -> None:
    ui.setup(
        "Check a draft law",
        f"Upload a bill (PDF with a text layer, Word .docx, HTML, XML, text or markdown; at "
        f"most {MAX_MB} MB) or paste its articles. It is read and tagged on the spot and "
        "compared with the Protocol and with the laws of other countries. Nothing you "
        "upload is kept unless you press 'Save a copy'.",
    )
    d = ui.require_data()
    langs = [AUTO, *sorted(c for c in LANGUAGE_NAMES if c != "xx")]
    ui.from_url("dr_lang", "lang", allowed=langs, default=AUTO)
    c1, c2 = st.columns([3, 1])
    upload = c1.file_uploader(
        "Bill file", type=list(DRAFT_TYPES), key="dr_file", max_upload_size=MAX_MB
    )
    lang = c2.selectbox(
        "Language",
        langs,
        key="dr_lang",
        format_func=lambda c: language_name(c) if c else "Detect automatically",
    )
    ui.to_url(lang=lang)
    pasted = st.text_area(
        "…or paste the text of the bill",
        key="dr_text",
        height=180,
        placeholder="Article 1. ...\nArticle 2. ...",
    )
    if upload is not None:
        content, name = upload.getvalue(), upload.name
    elif pasted.strip():
        content, name = pasted.encode("utf-8"), "pasted-draft.txt"
    else:
        ui.empty("Upload a bill or paste its text above to check it against the Protocol.")
        return
    digest = hashlib.sha256(content + lang.encode()).hexdigest()[:16]
    result = st.session_state.get("dr_result")
    if not result or result[0] != digest:
        try:
            with st.spinner("Reading and tagging the draft…"):
                law = read_draft(content, name, lang=lang)
                check = check_draft(law)
        except LexcompareError as err:
            st.session_state.pop("dr_result", None)
            st.error(f"This file cannot be checked: {err}")
            return
        st.session_state["dr_result"] = (digest, check)
        result = st.session_state["dr_result"]
    check = result[1]
    law = check.law

    st.subheader(law.title)
    n_req = sum(
        1
        for r in check.gaps.itertuples()
        if r.obligation == "must establish" and r.status == "covered"
    )
    n_all = sum(1 for r in check.gaps.itertuples() if r.obligation == "must establish")
    m1, m2, m3 = st.columns(3)
    m1.metric("Provisions read", len(check.provisions))
    m2.metric("Language", language_name(law.language))
    m3.metric("Required elements established", f"{n_req} / {n_all}")
    for w in law.warnings[:5]:
        st.caption(f"Note: {w}")
    closest = data.closest(*d.key, digest, check.frames)

    t_gaps, t_sdg, t_prov, t_close = st.tabs(
        [
            "Coverage and gaps",
            "SDG targets",
            "Provisions of the draft",
            "Closest provisions elsewhere",
        ]
    )
    with t_gaps:
        st.dataframe(
            data.readable(check.gaps),
            hide_index=True,
            column_order=["label", "obligation", "status", "best_score", "evidence", "code"],
            column_config={
                "label": "Element",
                "obligation": "Obligation",
                "status": "Status",
                "best_score": st.column_config.NumberColumn("Best score", format="%.2f"),
                "evidence": "Provisions of the draft",
                "code": "Code",
            },
        )
        ui.downloads(
            check.gaps, "draft-gaps", lambda: draft_report(check, closest), key="dr-gaps-dl"
        )
    with t_sdg:
        st.dataframe(
            data.readable(check.sdg),
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
                "target_name": "SDG target",
                "share": st.column_config.ProgressColumn(
                    "Crosswalk elements covered", min_value=0.0, max_value=1.0, format="percent"
                ),
                "elements_covered": "Elements covered",
                "cues": "Explicit cues",
                "evidence": "Provisions",
                "reasons": "Reasons",
            },
        )
        ui.downloads(check.sdg, "draft-sdg", lambda: draft_report(check, closest), key="dr-sdg-dl")
    with t_prov:
        st.dataframe(check.provisions, hide_index=True)
        ui.downloads(
            check.provisions,
            "draft-provisions",
            lambda: draft_report(check, closest),
            key="dr-prov-dl",
        )
    with t_close:
        st.caption(
            "For each element of the Protocol: what the draft does, and up to three "
            "provisions of other countries that establish it (closest wording first when "
            "the draft has the element; strongest evidence first when it lacks it)."
        )
        groups: dict[str, list[dict[str, object]]] = {}
        for r in closest.to_dict(orient="records"):
            groups.setdefault(str(r["code"]), []).append(r)
        for rows in groups.values():
            first = rows[0]
            status = ui.status_label(str(first["draft_status"]))
            where = f" (draft: {first['draft_provisions']})" if first["draft_provisions"] else ""
            with st.expander(f"{first['element']} — {status}{where}"):
                found = [r for r in rows if r["law"]]
                if not found:
                    st.caption("No provision of the corpus carries this element yet.")
                    continue
                for r in found:
                    r["extra"] = (
                        f"word overlap {float(str(r['similarity'])):.0%}" if r["similarity"] else ""
                    )
                ui.render_provisions(found, window=200, max_chars=1500)
        ui.downloads(
            closest.drop(columns=["text", "spans"]),
            "draft-closest",
            lambda: draft_report(check, closest),
            key="dr-close-dl",
        )

    st.divider()
    if st.button(
        "Save a copy of this draft",
        key="dr_save",
        icon=":material/save:",
        help="Keeps the uploaded file in the lexcompare data folder, beside the database",
    ):
        target = data.save_draft(content, name)
        st.success(f"Saved as {target}")


if __name__ == "__main__":
    render()
