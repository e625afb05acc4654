"""Shared pieces of the pages: database start-up, URL state, downloads, and the HTML of a
provision (original language, direction, evidence highlighted, link to the official source)."""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from lexcompare.app import data
from lexcompare.compare import country_name, language_name, merge_spans, text_direction
from lexcompare.export import Report
from lexcompare.tagging.ontology import load_ontology

STATUS_LABELS = {"covered": "● covered", "partial": "◐ partial", "absent": "○ absent"}

CSS = """<style>
.lc-card{border:1px solid #d9d9e3;border-radius:.5rem;padding:.6rem .8rem;margin:0 0 .8rem 0;
 background:#fff;color:#1f2330}
.lc-head{font-weight:600;font-size:1rem;margin-bottom:.15rem}
.lc-meta{font-size:.8rem;color:#555b6e;margin-bottom:.35rem}
.lc-tags{font-size:.8rem;color:#1f4e79;margin-bottom:.35rem}
.lc-text{white-space:pre-wrap;font-size:.9rem;line-height:1.45;max-height:26rem;overflow:auto}
.lc-text mark{background:#ffe58a;padding:0 .1rem;border-radius:.15rem}
.lc-gap{color:#8a8fa3}
.lc-badge{display:inline-block;border:1px solid #b8c4d6;border-radius:.8rem;padding:0 .45rem;
 font-size:.75rem;color:#1f4e79;background:#eef3fa;margin-right:.3rem}
</style>"""


def setup(title: str, intro: str = "") -> None:
    st.html(CSS)
    st.title(title)
    if intro:
        st.caption(intro)


# --- the database ----------------------------------------------------------------------------


def require_data() -> data.Data:
    """The database handle; builds the database (with a progress bar) on first start."""
    path = data.db_path()
    if not data.database_ready(path):
        _build(path)
    return data.open_data(path)


def _build(path: Path) -> None:
    from lexcompare.corpus import ENV_VAR, corpus_dir

    root = corpus_dir()
    if not root.is_dir():
        st.error(f"No corpus database at {path}, and no corpus to build it from at {root}.")
        st.info(
            f"Set {ENV_VAR} to the corpus directory (or run `lexcompare corpus fetch`), "
            "or point LEXCOMPARE_DB to a database built with `lexcompare build`, then reload."
        )
        st.stop()
    st.info(
        f"First start: building the corpus database at {path} from {root}. "
        "This takes a minute or two; the app opens when it is done."
    )
    bar = st.progress(0.0, text="Starting…")

    def progress(done: int, total: int, law: str) -> None:
        bar.progress(min(done / max(total, 1), 1.0), text=f"{done}/{total} laws · {law}")

    outcome = data.build_database(path, progress)
    if outcome.failed:
        st.warning(
            f"{len(outcome.failed)} law(s) could not be read and are left out: "
            + "; ".join(f"{law} ({why[:120]})" for law, why in outcome.failed[:5])
        )
    if not data.database_ready(path):
        st.error("The database could not be built.")
        st.stop()


# --- URL state (query parameters) --------------------------------------------------------------


def from_url(
    key: str,
    param: str,
    *,
    many: bool = False,
    allowed: Iterable[str] | None = None,
    default: Any = None,
) -> None:
    """Initialise the widget state `key` from the query parameter `param` (comma-separated when
    `many`), once per visit; unknown values are dropped."""
    if key in st.session_state:
        return
    raw = st.query_params.get(param, "")
    ok = set(allowed) if allowed is not None else None
    if many:
        values = [v.strip() for v in raw.split(",") if v.strip()]
        if ok is not None:
            values = [v for v in values if v in ok]
        st.session_state[key] = list(dict.fromkeys(values)) if values else (default or [])
    elif raw and (ok is None or raw in ok):
        st.session_state[key] = raw
    elif default is not None:
        st.session_state[key] = default


def to_url(**params: str | Sequence[str] | None) -> None:
    """Write the view's state into the query parameters (empty values are removed)."""
    for name, value in params.items():
        text = ",".join(value) if isinstance(value, (list, tuple)) else (value or "")
        if text:
            if st.query_params.get(name) != text:
                st.query_params[name] = text
        elif name in st.query_params:
            del st.query_params[name]


# --- labels ------------------------------------------------------------------------------------


def country_label(iso3: str) -> str:
    name = country_name(iso3)
    return f"{name} ({iso3})" if name != iso3 else iso3


def element_label(code: str) -> str:
    return load_ontology().label(code)


def target_label(code: str) -> str:
    return load_ontology().label(code)


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


# --- charts ------------------------------------------------------------------------------------


def chart(spec: Any, **kwargs: Any) -> Any:
    """Show an Altair chart without re-validating its schema on every rerun (validation costs
    ~40 ms per chart; our charts are fixed code).  Returns the selection state when
    `on_select` is given."""
    d = spec.to_dict(validate=False)
    config = d.get("config")
    if isinstance(config, dict):  # Altair's default theme sizes; Streamlit sizes the chart
        config.pop("view", None)
        if not config:
            d.pop("config")
    return st.vega_lite_chart(spec=d, **kwargs)


# --- downloads ---------------------------------------------------------------------------------


def downloads(
    table: pd.DataFrame, name: str, report: Callable[[], Report] | None, key: str
) -> None:
    """Download buttons: the table on screen (CSV, XLSX) and the report (HTML, Markdown).
    Files are produced when a button is clicked."""
    cols = st.columns(4)
    safe = name.replace(" ", "-").replace("/", "-")
    cols[0].download_button(
        "Table (CSV)",
        lambda: data.table_csv(table),
        file_name=f"{safe}.csv",
        mime="text/csv",
        key=f"{key}-csv",
        icon=":material/download:",
        on_click="ignore",
    )
    cols[1].download_button(
        "Table (XLSX)",
        lambda: data.table_xlsx(table, name),
        file_name=f"{safe}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key=f"{key}-xlsx",
        icon=":material/download:",
        on_click="ignore",
    )
    if report is not None:
        rep = report
        cols[2].download_button(
            "Report (HTML)",
            lambda: data.report_bytes(rep(), "html"),
            file_name=f"{safe}.html",
            mime="text/html",
            key=f"{key}-html",
            icon=":material/description:",
            on_click="ignore",
        )
        cols[3].download_button(
            "Report (Markdown)",
            lambda: data.report_bytes(rep(), "md"),
            file_name=f"{safe}.md",
            mime="text/markdown",
            key=f"{key}-md",
            icon=":material/description:",
            on_click="ignore",
        )


# --- provisions as HTML ------------------------------------------------------------------------


def segments(
    text: str, spans: Sequence[tuple[int, int]], *, window: int = 280, max_chars: int = 3500
) -> list[tuple[str, str]]:
    """Split `text` into ("text" | "mark" | "gap", piece) runs.  Short texts are shown whole;
    long ones as passages of `window` characters around the highlighted spans, "…" between."""
    n = len(text)
    marks = [(max(0, a), min(n, b)) for a, b in merge_spans(spans) if a < n]
    if n <= max_chars or not marks:
        shown = [(0, min(n, max_chars))]
    else:
        shown = merge_spans(
            [
                (_snap_left(text, max(0, a - window)), _snap_right(text, min(n, b + window)))
                for a, b in marks
            ]
        )
        total, kept = 0, []
        for a, b in shown:
            if total >= max_chars:
                break
            kept.append((a, b))
            total += b - a
        shown = kept
    out: list[tuple[str, str]] = []
    for i, (a, b) in enumerate(shown):
        if a > 0 or i > 0:
            out.append(("gap", " … "))
        pos = a
        for ma, mb in marks:
            if mb <= a or ma >= b:
                continue
            ma, mb = max(ma, a), min(mb, b)
            if ma > pos:
                out.append(("text", text[pos:ma]))
            out.append(("mark", text[ma:mb]))
            pos = mb
        if pos < b:
            out.append(("text", text[pos:b]))
    if shown and shown[-1][1] < n:
        out.append(("gap", " …"))
    return out


def _snap_left(text: str, i: int) -> int:
    """Move a passage start back to a line start (or a word start) nearby."""
    if i <= 0:
        return 0
    line = text.rfind("\n", max(0, i - 120), i)
    if line >= 0:
        return line + 1
    space = text.rfind(" ", max(0, i - 40), i)
    return space + 1 if space >= 0 else i


def _snap_right(text: str, i: int) -> int:
    """Move a passage end forward to a line end (or a word end) nearby."""
    n = len(text)
    if i >= n:
        return n
    line = text.find("\n", i, min(n, i + 120))
    if line >= 0:
        return line
    space = text.find(" ", i, min(n, i + 40))
    return space if space >= 0 else i


def spans_of(cell: object) -> list[tuple[int, int]]:
    """Spans stored as JSON ("[[0, 4], ...]") or as a list."""
    raw: Any = cell
    if isinstance(cell, str):
        try:
            raw = json.loads(cell) if cell else []
        except ValueError:
            return []
    out = []
    for s in raw or []:
        if isinstance(s, (list, tuple)) and len(s) == 2:
            out.append((int(s[0]), int(s[1])))
    return out


def designation(label: str, num: str) -> str:
    label, num = (label or "").strip(), (num or "").strip()
    if label and num:
        return f"{label} {num}"
    return num or label or "(unnumbered)"


def provision_html(
    *,
    country: str,
    law: str,
    label: str,
    num: str,
    heading: str,
    language: str,
    text: str,
    spans: Sequence[tuple[int, int]],
    url: str = "",
    tags: str = "",
    extra: str = "",
    window: int = 280,
    max_chars: int = 3500,
) -> str:
    """One provision as a card: designation and heading, law and language, its text in the
    original language with `dir` set (right-to-left for Arabic...) and evidence in <mark>."""
    direction = text_direction(language)
    body = []
    for kind, piece in segments(text, spans, window=window, max_chars=max_chars):
        esc = html.escape(piece)
        if kind == "mark":
            body.append(f"<mark>{esc}</mark>")
        elif kind == "gap":
            body.append(f'<span class="lc-gap">{esc}</span>')
        else:
            body.append(esc)
    head = html.escape(designation(label, num))
    if heading:
        head += f" — {html.escape(heading)}"
    link = (
        f' · <a href="{html.escape(url)}" target="_blank" rel="noopener">official source</a>'
        if url
        else ""
    )
    who = html.escape(country_label(country)) + " · " if country else ""
    meta = f"{who}{html.escape(law)} · {html.escape(language_name(language))}{link}"
    tag_line = f'<div class="lc-tags">{html.escape(tags)}</div>' if tags else ""
    extra_line = f'<div class="lc-meta">{html.escape(extra)}</div>' if extra else ""
    align = "right" if direction == "rtl" else "left"
    return (
        f'<div class="lc-card" data-law="{html.escape(law)}" data-num="{html.escape(num)}">'
        f'<div class="lc-head" dir="auto">{head}</div><div class="lc-meta">{meta}</div>'
        f"{tag_line}{extra_line}"
        f'<div class="lc-text" dir="{direction}" lang="{html.escape(language)}" '
        f'style="text-align:{align}">{"".join(body)}</div></div>'
    )


def render_provisions(
    rows: Iterable[dict[str, Any]], *, window: int = 280, max_chars: int = 3500
) -> None:
    cards = [
        provision_html(
            country=str(r.get("country", "")),
            law=str(r.get("law", "")),
            label=str(r.get("label", "")),
            num=str(r.get("num", "")),
            heading=str(r.get("heading", "")),
            language=str(r.get("language", "")),
            text=str(r.get("text", "")),
            spans=spans_of(r.get("spans", r.get("matches", "[]"))),
            url=str(r.get("source_url", "")),
            tags=str(r.get("tags", "")),
            extra=str(r.get("extra", "")),
            window=window,
            max_chars=max_chars,
        )
        for r in rows
    ]
    if cards:
        st.html("".join(cards))


def empty(message: str) -> None:
    st.info(message, icon=":material/info:")
