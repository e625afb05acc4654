"""Review: walk through the provisions of a law with their tags, accept or reject each tag, add a
missing one (from the ontology, with the evidence words), and save.  Corrections go to
annotations/gold/ (validated, written atomically), where `lexcompare train` and `lexcompare
evaluate` read them."""

from __future__ import annotations

from typing import Any

import streamlit as st

from lexcompare.app import data, ui
from lexcompare.compare import language_name
from lexcompare.errors import LexcompareError
from lexcompare.reports import review_item, save_review, suggested_targets
from lexcompare.tagging.ontology import load_ontology

SHOW = ("provisions with tags", "all provisions", "not reviewed yet")


def render() -> None:
    ui.setup(
        "Review the tags",
        "Check the tagger's work provision by provision: accept or reject each tag, add "
        "what it missed with the words that show it, and save. Saved corrections become "
        "gold labels for `lexcompare train` and `lexcompare evaluate`.",
    )
    d = ui.require_data()
    flash = st.session_state.pop("rv_flash", None)
    if flash:
        st.success(flash)
    onto = load_ontology()
    cat = data.catalogue(*d.key)
    titles = {str(r.id): f"{r.id} — {r.title} ({r.language_name})" for r in cat.itertuples()}
    langs = {str(r.id): str(r.language) for r in cat.itertuples()}
    ui.from_url("rv_law", "law", allowed=titles)
    law = st.selectbox(
        "Law",
        list(titles),
        key="rv_law",
        index=None,
        format_func=lambda v: titles.get(v, v),
        placeholder="Choose a law",
    )
    if not law:
        ui.to_url(law=None, num=None)
        ui.empty("Choose a law to review its provisions and their tags.")
        return
    lang = langs[law]
    gold_stamp = data.gold_stamp()
    items = data.review_list(*d.key, law, gold_stamp)
    if items.empty:
        ui.to_url(law=law, num=None)
        ui.empty("This law has no provisions in the database. Rebuild it with `lexcompare build`.")
        return
    rows: list[dict[str, Any]] = items.to_dict(orient="records")
    reviewed = sum(1 for r in rows if r["reviewed"])
    st.progress(
        reviewed / len(rows), text=f"{reviewed} of {len(rows)} provisions of this law reviewed"
    )
    _accuracy(lang, gold_stamp)

    show = st.radio("Show", SHOW, horizontal=True, key="rv_show")
    if show == SHOW[0]:
        pool = [r for r in rows if r["predicted"]]
    elif show == SHOW[2]:
        pool = [r for r in rows if not r["reviewed"]]
    else:
        pool = rows
    if not pool:
        ui.to_url(law=law, num=None)
        ui.empty("No provision to show here: choose 'all provisions' above.")
        return
    nums = [str(r["num"]) for r in pool]
    ui.from_url("rv_num", "num", allowed=nums, default=nums[0])
    if st.session_state.get("rv_num") not in nums:
        st.session_state["rv_num"] = nums[0]
    by_num = {str(r["num"]): r for r in pool}
    c_prev, c_pick, c_next = st.columns([1, 6, 1], vertical_alignment="bottom")
    c_prev.button(
        "◀ Previous",
        key="rv_prev",
        on_click=_step,
        args=(nums, -1),
        disabled=st.session_state["rv_num"] == nums[0],
    )
    c_next.button(
        "Next ▶",
        key="rv_next",
        on_click=_step,
        args=(nums, 1),
        disabled=st.session_state["rv_num"] == nums[-1],
    )
    num = c_pick.selectbox(
        f"Provision ({len(pool)} shown)",
        nums,
        key="rv_num",
        format_func=lambda n: _option(by_num[n]),
    )
    ui.to_url(law=law, num=num)
    row = by_num[num]
    _review_one(d, law, lang, row, onto)


def _step(nums: list[str], delta: int) -> None:
    i = nums.index(st.session_state["rv_num"]) + delta
    st.session_state["rv_num"] = nums[max(0, min(i, len(nums) - 1))]


def _option(r: dict[str, Any]) -> str:
    head = ui.designation(str(r["label"]), str(r["num"]))
    if r["heading"]:
        head += f" — {str(r['heading'])[:60]}"
    mark = "✓ " if r["reviewed"] else ""
    n = len([c for c in str(r["predicted"]).split(",") if c.strip()])
    return f"{mark}{head}" + (f"  ({n} tag{'s' if n > 1 else ''})" if n else "")


def _accuracy(lang: str, gold_stamp: float) -> None:
    acc = data.measured_accuracy(lang)
    if acc is None:
        c1, c2 = st.columns([4, 1], vertical_alignment="center")
        c1.caption(
            f"Accuracy of the tagger for {language_name(lang)}: not measured yet "
            "(`lexcompare evaluate --json benchmarks/results/evaluate.json`)."
        )
        if c2.button("Measure now", key="rv_measure"):
            acc = data.measure_accuracy(lang, gold_stamp)
            if acc is None:
                st.caption(
                    f"No gold label in {language_name(lang)} yet: review a few "
                    "provisions and save them first."
                )
    if acc is not None:
        st.caption(
            f"Measured accuracy for {language_name(lang)} "
            f"({acc.get('split', '')} laws, {acc.get('provisions', 0)} provisions): "
            f"precision {float(acc['precision']):.0%}, recall {float(acc['recall']):.0%}, "
            f"F1 {float(acc['f1']):.0%}"
        )


def _review_one(d: data.Data, law: str, lang: str, row: dict[str, Any], onto: Any) -> None:
    eid, num = str(row["eid"]), str(row["num"])
    tags = data.provision_tags(*d.key, law, eid)
    gold = {(g.law, g.num): g for g in data.gold_items(data.gold_stamp())}.get((law, num))
    spans: list[tuple[int, int]] = []
    for cell in tags["spans"]:
        spans.extend(ui.spans_of(cell))
    ui.render_provisions(
        [
            {
                "country": "",
                "law": law,
                "label": row["label"],
                "num": num,
                "heading": row["heading"],
                "language": lang,
                "text": row["text"],
                "spans": [list(s) for s in spans],
                "tags": "; ".join(str(x) for x in tags["label"]),
            }
        ],
        max_chars=6000,
        window=400,
    )
    if gold is not None:
        st.caption(
            "Reviewed before: "
            + ("; ".join(onto.label(c) for c in gold.elements) or "no element")
            + (f" — {gold.note}" if gold.note else "")
        )
    st.markdown("**Tags found by the tagger**")
    accepted: list[str] = []
    rejected: list[str] = []
    if tags.empty:
        st.caption("The tagger found no element in this provision.")
    for t in tags.to_dict(orient="records"):
        code = str(t["code"])
        default = "Accept" if gold is None or code in gold.elements else "Reject"
        choice = st.radio(
            f"{t['label']} (score {float(t['score']):.2f}, {t['method']})",
            ("Accept", "Reject"),
            index=("Accept", "Reject").index(default),
            horizontal=True,
            key=f"rv_tag_{law}_{eid}_{code}",
        )
        (accepted if choice == "Accept" else rejected).append(code)
    predicted = set(str(c) for c in tags["code"])
    earlier = [c for c in (gold.elements if gold else ()) if c not in predicted]
    if earlier:
        accepted.extend(
            st.multiselect(
                "Elements added in an earlier review",
                earlier,
                default=earlier,
                format_func=onto.label,
                key=f"rv_earlier_{law}_{eid}",
            )
        )
    missing = [c for c in onto.codes if c not in predicted and c not in earlier]
    added_codes = st.multiselect(
        "Add elements the tagger missed",
        missing,
        format_func=onto.label,
        key=f"rv_add_{law}_{eid}",
        placeholder="Choose elements from the ontology",
    )
    added: list[tuple[str, str]] = []
    for code in added_codes:
        words = st.text_input(
            f"Evidence words for “{onto.label(code)}” (copy them from the provision)",
            key=f"rv_words_{law}_{eid}_{code}",
        )
        added.append((code, words))
    default_sdg = (
        list(gold.sdg)
        if gold is not None
        else sorted(
            set(data.provision_targets(*d.key, law, eid)) | set(suggested_targets(accepted))
        )
    )
    targets = st.multiselect(
        "SDG targets",
        list(onto.target_codes),
        default=default_sdg,
        format_func=onto.label,
        key=f"rv_sdg_{law}_{eid}",
    )
    note = st.text_input(
        "Note (optional)", key=f"rv_note_{law}_{eid}", value=gold.note if gold is not None else ""
    )
    if st.button(
        "Save this review", type="primary", key=f"rv_save_{law}_{eid}", icon=":material/save:"
    ):
        try:
            item = review_item(
                law,
                num,
                str(row["text"]),
                accepted=accepted,
                added=added,
                sdg=targets,
                note=note,
                rejected=rejected,
            )
            path = save_review(item, data.gold_directory(), lang)
        except LexcompareError as err:
            st.error(f"Not saved: {err}")
            return
        data.clear_gold_caches()
        st.session_state["rv_flash"] = (
            f"Saved {ui.designation(str(row['label']), num)} to {path.name}: "
            f"{len(item.elements)} element(s), {len(item.sdg)} SDG target(s). "
            "`lexcompare train` and `lexcompare evaluate` will use it."
        )
        st.rerun()


if __name__ == "__main__":
    render()
