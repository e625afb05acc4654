"""Compose comparison and country-profile reports from `compare` tables (no I/O but the CLI
wrappers at the bottom, which load the database and call `export.write`)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

import pandas as pd

from lexcompare import compare
from lexcompare.errors import LexcompareError
from lexcompare.export import Report, Source, write
from lexcompare.frames import Frames, load_frames
from lexcompare.gold import GoldItem
from lexcompare.tagging.ontology import load_ontology

if TYPE_CHECKING:
    from lexcompare.model import Law


def sources_for(f: Frames, countries: Sequence[str]) -> tuple[Source, ...]:
    laws = f.laws[f.laws["country"].isin(countries)].sort_values(["country", "id"])
    return tuple(
        Source(
            r.id,
            r.country,
            r.title,
            int(r.year) if pd.notna(r.year) else None,
            r.language,
            r.source_url,
            r.sha256,
        )
        for r in laws.itertuples()
    )


def expand_codes(spec: str) -> list[str]:
    """ "DEF.MEANS,CRIM" -> the codes named, groups expanded to their elements."""
    onto = load_ontology()
    out: list[str] = []
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        if part in onto.codes:
            out.append(part)
            continue
        group = [c for c in onto.codes if c.split(".")[0] == part or c.startswith(part + ".")]
        if not group:
            raise LexcompareError(
                f"unknown element or group {part!r}",
                remedy="See annotations/README.md for the codes",
            )
        out.extend(group)
    return list(dict.fromkeys(out))


def _check_countries(f: Frames, countries: Sequence[str]) -> None:
    known = set(f.laws["country"])
    unknown = [c for c in countries if c not in known]
    if unknown:
        raise LexcompareError(
            f"no law of {', '.join(unknown)} in the database",
            remedy=f"Known countries: {', '.join(sorted(known))}",
        )


def comparison_report(
    f: Frames, countries: Sequence[str], codes: Sequence[str] = (), targets: Sequence[str] = ()
) -> Report:
    _check_countries(f, countries)
    cov = compare.coverage(f, units=countries, codes=codes or None)
    tables: dict[str, pd.DataFrame] = {
        "coverage": cov,
        "coverage_matrix": compare.coverage_matrix(cov),
    }
    sdg = compare.sdg_alignment(f, countries=countries, targets=tuple(targets) or compare.TARGETS)
    tables["sdg_alignment"] = sdg
    pen = compare.penalties(f, countries=countries)
    tables["penalties"] = pen
    tables["penalty_summary"] = compare.penalty_summary(pen)
    for code in codes[:6]:
        side = compare.side_by_side(f, code, countries)
        if not side.empty:
            tables[f"text {code}"[:31]] = side.drop(columns=["spans"])
    return Report(
        title=f"Comparison: {', '.join(countries)}",
        tables=tables,
        sources=sources_for(f, countries),
        meta={
            "countries": ",".join(countries),
            "elements": ",".join(codes) or "all",
            "targets": ",".join(targets) or "all",
        },
    )


def profile_report(f: Frames, country: str) -> Report:
    _check_countries(f, [country])
    return Report(
        title=f"Country profile: {country}",
        tables={
            "gaps": compare.gap_report(f, country),
            "beyond_minimum": compare.beyond_minimum(f, country),
            "sdg_alignment": compare.sdg_alignment(f, countries=[country]),
            "penalties": compare.penalties(f, countries=[country]),
        },
        sources=sources_for(f, [country]),
        notes=(
            "Status 'covered' means a provision establishes the element with a score of at "
            f"least {compare.COVERED_SCORE}; 'partial' means weaker evidence; every row cites "
            "the provisions (law id and number) that carry it.",
        ),
        meta={"country": country},
    )


def cmd_compare(args: argparse.Namespace, out: IO[str]) -> int:
    f = load_frames(args.db)
    countries = [c.strip().upper() for c in args.countries.split(",") if c.strip()]
    codes = expand_codes(args.elements) if args.elements else []
    targets = [t.strip() for t in args.targets.split(",") if t.strip()]
    path = write(comparison_report(f, countries, codes, targets), args.out)
    out.write(f"wrote {path}\n")
    return 0


def cmd_profile(args: argparse.Namespace, out: IO[str]) -> int:
    f = load_frames(args.db)
    path = write(profile_report(f, args.country.upper()), args.out)
    out.write(f"wrote {path}\n")
    return 0


# ---------------------------------------------------------------------------------------------
# Checking a draft bill (the app's "Check a draft" page)

DRAFT_MAX_BYTES = 10 * 1024 * 1024
DRAFT_TYPES = ("pdf", "docx", "html", "htm", "xml", "txt", "md", "markdown")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(data: bytes, name: str = "draft.docx") -> str:
    """The paragraphs of a Word (.docx) document as plain text, one paragraph per line
    (headings included; tables read row by row)."""
    import io
    import zipfile

    from lexcompare.errors import SourceError
    from lexcompare.sources.xmlsafe import parse_xml

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            info = z.getinfo("word/document.xml")
            if info.file_size > 8 * DRAFT_MAX_BYTES:
                raise SourceError(
                    "the document unpacks to more than 80 MB",
                    path=name,
                    remedy="Save the bill as plain text or PDF and upload that",
                )
            xml = z.read(info)
    except (zipfile.BadZipFile, KeyError) as e:
        raise SourceError(
            "not a readable Word (.docx) document",
            path=name,
            remedy="Open it in a word processor and save it again as .docx, "
            "or save it as PDF or plain text",
        ) from e
    root = parse_xml(xml, name, what="Word document")
    lines = []
    for p in root.iter(f"{_W}p"):
        parts = []
        for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):
            if el.tag == f"{_W}t":
                parts.append(el.text or "")
            elif el.tag == f"{_W}tab":
                parts.append("\t")
            else:
                parts.append("\n")
        line = "".join(parts).strip()
        if line:
            lines.append(line)
    if not lines:
        raise SourceError(
            "the Word document holds no text",
            path=name,
            remedy="Check that the bill is typed text, not a scanned image",
        )
    return "\n\n".join(lines) + "\n"


def read_draft(
    data: bytes, filename: str, *, lang: str = "", title: str = "", max_bytes: int = DRAFT_MAX_BYTES
) -> Law:
    """Parse an uploaded or pasted bill into a Law (id "draft").  The bytes are written to a
    temporary directory that is removed before returning: nothing is kept.  Raises SourceError /
    ParseError with a remedy when the file cannot be read."""
    import tempfile
    from dataclasses import replace

    from lexcompare.errors import SourceError
    from lexcompare.model import Provision
    from lexcompare.sources import LawMeta, read_law

    name = Path(filename or "draft.txt").name
    if len(data) > max_bytes:
        raise SourceError(
            f"the file is {len(data) / 2**20:.1f} MB, over the {max_bytes / 2**20:.0f} MB limit",
            path=name,
            remedy="Upload the bill without annexes, or paste its articles",
        )
    if not data.strip():
        raise SourceError("the file is empty", path=name, remedy="Upload the bill's text")
    suffix = Path(name).suffix.lower()
    if suffix and suffix.lstrip(".") not in DRAFT_TYPES:
        raise SourceError(
            f"files of type {suffix} cannot be read",
            path=name,
            remedy=f"Upload one of: {', '.join(DRAFT_TYPES)}",
        )
    if suffix == ".docx" or data[:2] == b"PK":
        data = docx_text(data, name).encode("utf-8")
        name = Path(name).with_suffix(".txt").name
    meta = LawMeta(id="draft", country="DRAFT", title=title or Path(name).stem, language=lang)
    with tempfile.TemporaryDirectory(prefix="lexcompare-draft-") as tmp:
        path = Path(tmp) / (name if suffix else f"{name}.txt")
        path.write_bytes(data)
        try:
            law = read_law([path], meta)
        except LexcompareError as err:  # name the user's file, not the temporary copy
            raise type(err)(
                err.message, path=name, location=err.location, remedy=err.remedy
            ) from err
    law = replace(law, files=(), sha256=law.sha256)
    if not any(True for _ in law.citable()):
        # No numbered articles found: the whole text is checked as one provision.
        whole = Provision(
            eid="text",
            kind="section",
            label="",
            num="1",
            heading="",
            text=law.text,
            start=0,
            end=len(law.text),
        )
        law = replace(
            law,
            provisions=(whole,),
            warnings=(
                *law.warnings,
                "no numbered articles found; the whole text is checked as one provision",
            ),
        )
    return law


@dataclass(frozen=True)
class DraftCheck:
    law: Law
    frames: Frames
    coverage: pd.DataFrame
    gaps: pd.DataFrame
    sdg: pd.DataFrame
    provisions: pd.DataFrame


def check_draft(law: Law) -> DraftCheck:
    """Tag every provision of a draft and compute its coverage, gaps and SDG alignment."""
    from lexcompare.tagging.pipeline import tag_provisions

    tagged = tag_provisions(law, list(law.citable()), domain=frozenset(p.eid for p in law.walk()))
    f = compare.frames_from_tagged(law, tagged, unit="DRAFT")
    cov = compare.coverage(f, units=["DRAFT"])
    onto = load_ontology()
    rows = [
        (
            t.num,
            t.heading,
            len(t.text),
            "; ".join(onto.label(g.code) for g in t.tags),
            ", ".join(s.target for s in t.sdg),
        )
        for t in tagged
    ]
    provs = pd.DataFrame(rows, columns=["num", "heading", "characters", "elements", "sdg_targets"])
    return DraftCheck(
        law,
        f,
        cov,
        compare.gap_report(f, "DRAFT"),
        compare.sdg_alignment(f, countries=["DRAFT"]),
        provs,
    )


def draft_report(check: DraftCheck, closest: pd.DataFrame) -> Report:
    return Report(
        title=f"Draft check: {check.law.title}",
        tables={
            "gaps": check.gaps,
            "sdg_alignment": check.sdg,
            "provisions": check.provisions,
            "closest": closest.drop(columns=["text", "spans"], errors="ignore"),
        },
        sources=(),
        notes=(
            "The draft was parsed and tagged on the spot; it is not stored.",
            *check.law.warnings[:5],
        ),
        meta={"language": check.law.language, "provisions": str(len(check.provisions))},
    )


# ---------------------------------------------------------------------------------------------
# Reviewing tags (the app's "Review" page): gold corrections, validated, written atomically

REVIEW_FILE = "review-{lang}.jsonl"


def provision_tags(f: Frames, law: str, eid: str) -> pd.DataFrame:
    """The tags of one provision with plain labels and evidence spans, best first."""
    onto = load_ontology()
    t = f.tags[(f.tags["law"] == law) & (f.tags["eid"] == eid)].sort_values(
        ["score", "code"], ascending=[False, True]
    )
    return pd.DataFrame(
        [
            (r.code, onto.label(r.code), float(r.score), r.method, r.spans, r.evidence)
            for r in t.itertuples()
        ],
        columns=["code", "label", "score", "method", "spans", "evidence"],
    )


def review_list(f: Frames, law: str, gold: Sequence[GoldItem]) -> pd.DataFrame:
    """The citable provisions of a law in order, with the predicted codes and whether a gold
    record exists for each."""
    p = f.provisions[f.provisions["law"] == law].sort_values("position")
    codes = (
        f.tags[f.tags["law"] == law]
        .groupby("eid")["code"]
        .agg(lambda c: ", ".join(sorted(set(c))))
        .to_dict()
    )
    done = {g.num for g in gold if g.law == law}
    return pd.DataFrame(
        [
            (
                r.eid,
                r.num,
                r.label,
                r.heading,
                r.text,
                bool(r.relevant),
                codes.get(r.eid, ""),
                r.num in done,
            )
            for r in p.itertuples()
        ],
        columns=["eid", "num", "label", "heading", "text", "relevant", "predicted", "reviewed"],
    )


def review_item(
    law: str,
    num: str,
    text: str,
    *,
    accepted: Sequence[str],
    added: Sequence[tuple[str, str]],
    sdg: Sequence[str],
    note: str = "",
    rejected: Sequence[str] = (),
) -> GoldItem:
    """A validated gold record from a reviewer's decisions.  Every code must be in the ontology;
    the evidence words of each added element must occur in the provision's text."""
    onto = load_ontology()
    elements = list(dict.fromkeys([*accepted, *(c for c, _ in added)]))
    bad = [c for c in elements if c not in onto.codes]
    bad += [t for t in sdg if t not in onto.target_codes]
    if bad:
        raise LexcompareError(
            f"unknown code(s) {', '.join(bad)}",
            location=f"{law} {num}",
            remedy="Pick elements and targets from the lists",
        )
    folded = " ".join(text.split()).casefold()
    notes = []
    for code, words in added:
        w = " ".join(words.split())
        if not w:
            raise LexcompareError(
                f"no evidence words for {onto.label(code)}",
                location=f"{law} {num}",
                remedy="Copy the words of the provision that establish it",
            )
        if w.casefold() not in folded:
            raise LexcompareError(
                f"the evidence words {w!r} are not in the provision's text",
                location=f"{law} {num}",
                remedy="Copy the words exactly as the provision prints them",
            )
        notes.append(f"+{code} '{w}'")
    notes.extend(f"-{c}" for c in rejected)
    full_note = "; ".join(
        [n for n in [note.strip(), "review: " + ", ".join(notes) if notes else ""] if n]
    )
    return GoldItem(
        law=law,
        num=num,
        elements=tuple(sorted(elements)),
        sdg=tuple(sorted(set(sdg))),
        note=full_note,
    )


def save_review(item: GoldItem, gold_dir: Path, lang: str) -> Path:
    """Put a reviewed record into the gold files: it replaces the record of the same provision
    in whichever file holds it, else it goes to `review-<lang>.jsonl`.  The whole gold set is
    validated (codes, one record per provision) before the file is replaced atomically."""
    from lexcompare.gold import load_gold, write_gold

    files = sorted(gold_dir.glob("*.jsonl"))
    items = list(load_gold(files)) if files else []
    holder = next((i.source for i in items if (i.law, i.num) == (item.law, item.num)), None)
    name = holder or REVIEW_FILE.format(lang=lang or "xx")
    target = gold_dir / name
    kept = [i for i in items if i.source == name and (i.law, i.num) != (item.law, item.num)]
    new = [*kept, item]
    others = [i for i in items if i.source != name]
    seen = {(i.law, i.num) for i in others}
    if (item.law, item.num) in seen:
        raise LexcompareError(
            f"{item.law} {item.num} is labelled in two gold files",
            path=gold_dir,
            remedy="Keep one line per provision",
        )
    write_gold(target, new)
    load_gold(sorted(gold_dir.glob("*.jsonl")))  # re-validate what is now on disk
    return target


def language_accuracy(results: dict[str, object], lang: str) -> dict[str, float | int] | None:
    """Element precision/recall/F1 of the system for one language from `lexcompare evaluate
    --json` results, or None if not measured.  The never-read split (laws nobody looked at while
    writing rules: what a new law can expect) is preferred, then development, then any."""
    reports = results.get("reports", [])
    if not isinstance(reports, list):
        return None
    best = None
    best_rank = 3
    for r in reports:
        if not isinstance(r, dict) or r.get("system") != "lexcompare":
            continue
        per = r.get("per_language", {})
        if isinstance(per, dict) and lang in per:
            d = per[lang]
            cand = {"provisions": int(d["provisions"]), **d["elements"], "split": r["split"]}
            rank = {"never-read": 0, "development": 1}.get(str(r.get("split")), 2)
            if best is None or rank < best_rank:
                best, best_rank = cand, rank
    return best


def provision_targets(f: Frames, law: str, eid: str) -> list[str]:
    """The SDG targets predicted for one provision."""
    s = f.sdg_tags[(f.sdg_tags["law"] == law) & (f.sdg_tags["eid"] == eid)]
    return sorted(dict.fromkeys(str(t) for t in s["target"]), key=_target_order)


def suggested_targets(codes: Sequence[str]) -> list[str]:
    """The SDG targets the crosswalk links to some element codes."""
    from lexcompare.tagging.sdg import load_crosswalk

    cw = load_crosswalk()
    return sorted({t for c in codes for t in cw.targets_for(c)}, key=_target_order)


def _target_order(target: str) -> int:
    from lexcompare.tagging.sdg import TARGET_ORDER

    return TARGET_ORDER.index(target) if target in TARGET_ORDER else len(TARGET_ORDER)
