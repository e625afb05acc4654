"""Writers only: tables -> CSV, XLSX, Parquet, JSON; reports -> self-contained HTML or Markdown.
No computation happens here; callers pass the frames from `compare`.

Evidence cells ("fra/code-penal 225-4-1; ...") become hyperlinks to the law's official URL in XLSX
and HTML; every claim in a report carries its citation (law, provision number, official URL).
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from lexcompare import __version__
from lexcompare.errors import LexcompareError

FORMATS = (".csv", ".xlsx", ".parquet", ".json", ".html", ".md")


@dataclass(frozen=True)
class Source:
    law: str
    country: str
    title: str
    year: int | None
    language: str
    url: str
    sha256: str


@dataclass(frozen=True)
class Report:
    """A titled set of tables with the sources they cite."""

    title: str
    tables: Mapping[str, pd.DataFrame]
    sources: tuple[Source, ...]
    notes: tuple[str, ...] = ()
    meta: Mapping[str, str] = field(default_factory=dict)


def _sources_frame(sources: tuple[Source, ...]) -> pd.DataFrame:
    return pd.DataFrame(
        [(s.law, s.country, s.title, s.year, s.language, s.url, s.sha256) for s in sources],
        columns=["law", "country", "title", "year", "language", "official_url", "sha256"],
    )


def write(report: Report, path: str | Path) -> Path:
    """Write the report in the format named by the file extension."""
    p = Path(path)
    ext = p.suffix.lower()
    if ext not in FORMATS:
        raise LexcompareError(
            f"unknown output format {ext or '(none)'}",
            path=p,
            remedy=f"Use one of {', '.join(FORMATS)}",
        )
    p.parent.mkdir(parents=True, exist_ok=True)
    if ext == ".csv":
        write_csv(report, p)
    elif ext == ".xlsx":
        write_xlsx(report, p)
    elif ext == ".parquet":
        write_parquet(report, p)
    elif ext == ".json":
        write_json(report, p)
    elif ext == ".html":
        p.write_text(render_html(report), encoding="utf-8")
    else:
        p.write_text(render_markdown(report), encoding="utf-8")
    return p


def _long(report: Report) -> pd.DataFrame:
    """All tables stacked with a `table` column (for single-table formats)."""
    frames = [df.assign(table=name) for name, df in report.tables.items()]
    if not frames:
        return pd.DataFrame()
    out = pd.concat(frames, ignore_index=True, sort=False)
    cols = ["table", *[c for c in out.columns if c != "table"]]
    return out[cols]


def write_csv(report: Report, path: Path) -> None:
    df = next(iter(report.tables.values())) if len(report.tables) == 1 else _long(report)
    df.to_csv(path, index=False)


def write_parquet(report: Report, path: Path) -> None:
    df = next(iter(report.tables.values())) if len(report.tables) == 1 else _long(report)
    df = df.copy()
    for c in df.columns:
        if df[c].dtype == object:
            df[c] = df[c].map(lambda v: "" if v is None else str(v))
    df.to_parquet(path, index=False)


def _jsonable(v: object) -> object:
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return None if math.isnan(v) else "inf"
    return v


def write_json(report: Report, path: Path) -> None:
    doc = {
        "title": report.title,
        "lexcompare": __version__,
        "meta": dict(report.meta),
        "tables": {
            name: [
                {k: _jsonable(v) for k, v in row.items()}
                for row in df.reset_index().to_dict(orient="records")
            ]
            if df.index.name or not isinstance(df.index, pd.RangeIndex)
            else [{k: _jsonable(v) for k, v in row.items()} for row in df.to_dict(orient="records")]
            for name, df in report.tables.items()
        },
        "sources": _sources_frame(report.sources).to_dict(orient="records"),
        "notes": list(report.notes),
    }
    path.write_text(
        json.dumps(doc, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8"
    )


def _first_law(cell: str) -> str:
    return cell.split(";")[0].strip().split(" ")[0] if cell else ""


def write_xlsx(report: Report, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    urls = {s.law: s.url for s in report.sources}
    wb = Workbook()
    if wb.active is not None:
        wb.remove(wb.active)
    for name, df in report.tables.items():
        ws = wb.create_sheet(name[:31])
        frame = df.reset_index() if not isinstance(df.index, pd.RangeIndex) else df
        cols = [str(c) for c in frame.columns]
        ws.append(cols)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in frame.itertuples(index=False):
            ws.append([_cell(v) for v in row])
        for j, col in enumerate(cols, start=1):
            if col in ("evidence", "law"):
                for i in range(2, ws.max_row + 1):
                    c = ws.cell(row=i, column=j)
                    law = _first_law(str(c.value or ""))
                    if urls.get(law):
                        c.hyperlink = urls[law]
                        c.style = "Hyperlink"
            width = max([len(col), *(len(str(v)) for v in frame.iloc[:200, j - 1])])
            ws.column_dimensions[get_column_letter(j)].width = min(max(width + 2, 8), 60)
        ws.freeze_panes = "A2"
    src = wb.create_sheet("sources")
    sf = _sources_frame(report.sources)
    src.append(list(sf.columns))
    for cell in src[1]:
        cell.font = Font(bold=True)
    for row in sf.itertuples(index=False):
        src.append([_cell(v) for v in row])
    for i in range(2, src.max_row + 1):
        c = src.cell(row=i, column=6)
        if c.value:
            c.hyperlink = str(c.value)
            c.style = "Hyperlink"
    src.freeze_panes = "A2"
    about = wb.create_sheet("about")
    about.append(["title", report.title])
    about.append(["lexcompare version", __version__])
    for k, v in report.meta.items():
        about.append([k, v])
    for n in report.notes:
        about.append(["note", n])
    wb.save(path)


def _cell(v: object) -> object:
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, float) and math.isinf(v):
        return "life"
    if isinstance(v, (list, tuple, dict)):
        return json.dumps(v, ensure_ascii=False)
    return v


def _fmt(v: object) -> str:
    if isinstance(v, float):
        if math.isnan(v):
            return ""
        if math.isinf(v):
            return "life"
        return f"{v:g}"
    return str(v)


def _linked(cell: str, urls: Mapping[str, str]) -> str:
    parts = []
    for ref in (r.strip() for r in cell.split(";") if r.strip()):
        law = ref.split(" ")[0]
        url = urls.get(law, "")
        parts.append(
            f'<a href="{html.escape(url)}">{html.escape(ref)}</a>' if url else html.escape(ref)
        )
    return "; ".join(parts)


_CSS = """body{font-family:system-ui,sans-serif;margin:2rem;max-width:80rem;color:#222}
table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}th,td{border:1px solid #ccc;
padding:.3rem .5rem;vertical-align:top;text-align:left}th{background:#f2f2f2}
.covered{background:#d9f2d9}.partial{background:#fff2cc}.absent{background:#f8d7da}
caption{font-weight:bold;text-align:left;margin:.5rem 0}small{color:#666}"""


def render_html(report: Report) -> str:
    urls = {s.law: s.url for s in report.sources}
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html.escape(report.title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{html.escape(report.title)}</h1>",
        f"<p><small>lexcompare {__version__}"
        + "".join(f" · {html.escape(k)}: {html.escape(v)}" for k, v in report.meta.items())
        + "</small></p>",
    ]
    for n in report.notes:
        out.append(f"<p>{html.escape(n)}</p>")
    for name, df in report.tables.items():
        frame = df.reset_index() if not isinstance(df.index, pd.RangeIndex) else df
        out.append(f"<table><caption>{html.escape(name)}</caption><thead><tr>")
        out.extend(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
        out.append("</tr></thead><tbody>")
        for row in frame.itertuples(index=False):
            out.append("<tr>")
            for col, v in zip(frame.columns, row, strict=True):
                s = _fmt(v)
                cls = f' class="{s}"' if s in ("covered", "partial", "absent") else ""
                body = _linked(s, urls) if col in ("evidence", "law") else html.escape(s)
                out.append(f"<td{cls}>{body}</td>")
            out.append("</tr>")
        out.append("</tbody></table>")
    out.append("<h2>Sources</h2><ul>")
    for src in report.sources:
        out.append(
            f"<li>{html.escape(src.law)} — {html.escape(src.title)} "
            f"({src.year or 'n.d.'}, {html.escape(src.language)}): "
            f'<a href="{html.escape(src.url)}">{html.escape(src.url)}</a> '
            f"<small>sha256 {src.sha256[:12]}</small></li>"
        )
    out.append("</ul></body></html>")
    return "\n".join(out)


def render_markdown(report: Report) -> str:
    urls = {s.law: s.url for s in report.sources}
    out = [
        f"# {report.title}",
        "",
        f"lexcompare {__version__}" + "".join(f" · {k}: {v}" for k, v in report.meta.items()),
        "",
    ]
    out.extend([*report.notes, ""] if report.notes else [])
    for name, df in report.tables.items():
        frame = df.reset_index() if not isinstance(df.index, pd.RangeIndex) else df
        out.append(f"## {name}")
        out.append("")
        out.append("| " + " | ".join(str(c) for c in frame.columns) + " |")
        out.append("|" + "---|" * len(frame.columns))
        for row in frame.itertuples(index=False):
            cells = []
            for col, v in zip(frame.columns, row, strict=True):
                s = _fmt(v).replace("|", "\\|").replace("\n", " ")
                if col in ("evidence", "law") and s:
                    s = "; ".join(
                        f"[{r.strip()}]({urls[r.strip().split(' ')[0]]})"
                        if urls.get(r.strip().split(" ")[0])
                        else r.strip()
                        for r in s.split(";")
                        if r.strip()
                    )
                cells.append(s)
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    out.append("## Sources")
    out.append("")
    for src in report.sources:
        out.append(f"- {src.law}: {src.title} ({src.year or 'n.d.'}, {src.language}) <{src.url}>")
    return "\n".join(out) + "\n"
