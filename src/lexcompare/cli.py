"""The `lexcompare` command line.  `main(argv) -> int` so it is testable without a subprocess."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from lexcompare import __version__
from lexcompare.errors import LexcompareError
from lexcompare.model import Law, Provision, law_to_dict, provision_to_dict


def _build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="lexcompare",
        description="Read anti-trafficking laws, split them into provisions, compare countries.",
    )
    p.add_argument("--version", action="version", version=f"lexcompare {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    parse = sub.add_parser("parse", help="print the provision tree of one or more laws")
    parse.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="a law file, a directory holding one law in several files, or a corpus "
        "law id (e.g. fra/code-penal)",
    )
    parse.add_argument("--json", action="store_true", help="dump the parsed law(s) as JSON")
    parse.add_argument(
        "--relevant-only",
        action="store_true",
        help="only the provisions that concern trafficking (and those citing them)",
    )
    parse.add_argument(
        "--lang", default="", help="language of the law (ISO 639-1); detected if absent"
    )
    parse.add_argument(
        "--format",
        dest="fmt",
        default=None,
        help="force a reader (akn, justice-canada-xml, clml, uslm, html, markdown, "
        "text, pdf, provisions-json)",
    )
    parse.add_argument(
        "--one-law",
        action="store_true",
        help="treat all FILEs as parts of one law, in the order given",
    )
    parse.add_argument(
        "--text", action="store_true", help="with the tree, print each provision's text"
    )
    parse.add_argument(
        "--corpus", default=None, help="corpus directory (default $LEXCOMPARE_CORPUS)"
    )

    tag = sub.add_parser("tag", help="tag provisions with Protocol elements and SDG targets")
    tag.add_argument(
        "files", nargs="+", metavar="FILE", help="law files, directories or corpus ids"
    )
    tag.add_argument("--lang", default="", help="language (ISO 639-1); detected if absent")
    tag.add_argument("--relevant-only", action="store_true")
    tag.add_argument("--format", dest="out_format", choices=("jsonl", "table"), default="table")
    tag.add_argument("--no-model", action="store_true", help="rules only, no trained classifier")
    tag.add_argument("--corpus", default=None)

    ev = sub.add_parser("evaluate", help="precision/recall/F1 against annotations/gold")
    ev.add_argument("--corpus", default=None)
    ev.add_argument("--no-model", action="store_true")
    ev.add_argument("--json", dest="json_out", default=None, help="also write the figures here")
    ev.add_argument(
        "--split",
        choices=("development", "never-read"),
        default=None,
        help="only these laws (rule writers look at development figures only)",
    )
    ev.add_argument("--lang", action="append", default=None, help="only laws in this language")

    tr = sub.add_parser("train", help="train the multilabel classifier on annotations/gold")
    tr.add_argument("--corpus", default=None)
    tr.add_argument("--out", default=None, help="model directory (default: the shipped one)")
    tr.add_argument("--epochs", type=int, default=12)
    tr.add_argument(
        "--include-test",
        action="store_true",
        help="also train on the held-out laws (never for reported figures)",
    )

    b = sub.add_parser(
        "build", help="parse, find relevant provisions and tag the corpus into DuckDB"
    )
    b.add_argument("--corpus", default=None)
    b.add_argument("--db", default=None, help="database file (default: user data dir)")
    b.add_argument("--force", action="store_true", help="rebuild every law")
    b.add_argument("ids", nargs="*", help="only these law ids")

    cmp = sub.add_parser(
        "compare", help="compare countries; the writer is chosen by --out's extension"
    )
    cmp.add_argument("--countries", required=True, help="ISO3 codes, comma-separated (ARG,FRA,CAN)")
    cmp.add_argument("--elements", default="", help="element codes or groups, comma-separated")
    cmp.add_argument("--targets", default="", help="SDG targets, comma-separated (8.7,16.2)")
    cmp.add_argument("--out", required=True, help="FILE.csv|xlsx|parquet|json|html|md")
    cmp.add_argument("--db", default=None)

    prof = sub.add_parser("profile", help="gap report and SDG alignment of one country")
    prof.add_argument("country", help="ISO3 code, e.g. FRA")
    prof.add_argument("--out", required=True, help="FILE.csv|xlsx|parquet|json|html|md")
    prof.add_argument("--db", default=None)

    corpus = sub.add_parser("corpus", help="the laws lexcompare covers: list, verify, fetch")
    csub = corpus.add_subparsers(dest="corpus_command", required=True)
    lst = csub.add_parser(
        "list", help="list the laws of the manifest and whether their files are here"
    )
    lst.add_argument("--corpus", default=None)
    lst.add_argument("--json", action="store_true")
    ver = csub.add_parser("verify", help="check the corpus files against the manifest hashes")
    ver.add_argument("--corpus", default=None)
    ver.add_argument("ids", nargs="*", help="only these law ids")
    fet = csub.add_parser("fetch", help="download the laws from their official URLs into the cache")
    fet.add_argument("ids", nargs="*", help="only these law ids (default: all)")
    fet.add_argument("--dest", default=None, help="directory to fill (default: the user cache)")
    fet.add_argument(
        "--base-url",
        default=None,
        help="a mirror of the corpus directory to download from instead of the official URLs",
    )
    fet.add_argument("--timeout", type=float, default=30.0)
    fet.add_argument("--retries", type=int, default=2)
    fet.add_argument("--max-bytes", type=int, default=50 * 1024 * 1024)
    fet.add_argument(
        "--accept-changed",
        action="store_true",
        help="make a changed upstream version current (the old one is kept)",
    )
    return p


def main(argv: Sequence[str] | None = None, *, stdout: IO[str] | None = None) -> int:
    out = stdout or sys.stdout
    args = _build_parser().parse_args(argv)
    try:
        if args.command == "parse":
            return _cmd_parse(args, out)
        if args.command == "corpus":
            return _cmd_corpus(args, out)
        if args.command == "build":
            return _cmd_build(args, out)
        if args.command in ("compare", "profile"):
            from lexcompare.reports import cmd_compare, cmd_profile

            return (cmd_compare if args.command == "compare" else cmd_profile)(args, out)
        if args.command == "tag":
            return _cmd_tag(args, out)
        if args.command == "evaluate":
            return _cmd_evaluate(args, out)
        if args.command == "train":
            return _cmd_train(args, out)
    except LexcompareError as err:
        print(f"lexcompare: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 1


# --- parse ------------------------------------------------------------------------------------


def load_inputs(
    files: Sequence[str],
    *,
    lang: str = "",
    fmt: str | None = None,
    one_law: bool = False,
    corpus: str | None = None,
) -> list[Law]:
    """Laws named on the command line: paths, directories (one law in several files), corpus ids."""
    from lexcompare.corpus import get_entry, load_law, load_manifest
    from lexcompare.sources import LawMeta, read_law

    meta = LawMeta(language=lang)
    if one_law:
        return [read_law([Path(f) for f in files], meta, fmt=fmt)]
    laws = []
    manifest = None
    for f in files:
        path = Path(f)
        if path.is_dir():
            parts = sorted(
                (p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")),
                key=lambda p: _natural_key(str(p)),
            )
            laws.append(read_law(parts, meta, fmt=fmt))
        elif path.exists():
            laws.append(read_law([path], meta, fmt=fmt))
        else:
            manifest = manifest or load_manifest()
            if any(e.id == f for e in manifest):
                laws.append(load_law(get_entry(f, manifest), corpus))
            else:
                laws.append(read_law([path], meta, fmt=fmt))  # raises "cannot open the file"
    return laws


def _natural_key(s: str) -> list[object]:
    import re

    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", s)]


def _cmd_parse(args: argparse.Namespace, out: IO[str]) -> int:
    laws = load_inputs(
        args.files, lang=args.lang, fmt=args.fmt, one_law=args.one_law, corpus=args.corpus
    )
    dumps = []
    for law in laws:
        keep: set[str] | None = None
        if args.relevant_only:
            from lexcompare.relevant import relevant

            keep = {p.eid for p in relevant(law)}
        if args.json:
            d = law_to_dict(law)
            if keep is not None:
                d["provisions"] = [provision_to_dict(p) for p in law.citable() if p.eid in keep]
                d["relevant_only"] = True
            dumps.append(d)
            continue
        n = sum(1 for _ in law.citable())
        out.write(
            f"{law.id}  [{law.country or '?'} {law.language or '?'} {law.format}] {law.title}\n"
        )
        out.write(f"  {n} citable provisions; sha256 {law.sha256[:12]}\n")
        for w in law.warnings:
            out.write(f"  warning: {w}\n")
        if keep is not None:
            for p in law.citable():
                if p.eid in keep:
                    _print_tree(p, out, 1, args.text)
        else:
            for p in law.provisions:
                _print_tree(p, out, 1, args.text)
    if args.json:
        json.dump(
            dumps[0] if len(dumps) == 1 else dumps,
            out,
            ensure_ascii=False,
            indent=1,
            sort_keys=True,
        )
        out.write("\n")
    return 0


def _print_tree(p: Provision, out: IO[str], depth: int, with_text: bool) -> None:
    pad = "  " * depth
    head = f" — {p.heading}" if p.heading else ""
    out.write(f"{pad}{p.kind} {p.designation() or '(unnumbered)'}{head}  [{p.eid}]\n")
    if with_text and p.text:
        for line in p.text.splitlines():
            out.write(f"{pad}    {line}\n")
    if p.kind in ("article", "section", "rule") and not with_text:
        return
    for c in p.children:
        _print_tree(c, out, depth + 1, with_text)


# --- tag ------------------------------------------------------------------------------------


def tagged_to_json(tp: object) -> dict[str, object]:
    """The `lexcompare tag --format jsonl` record: a contract other tools read (extend, never
    rename).  Spans are character offsets into `text`."""
    from lexcompare.tagging.pipeline import TaggedProvision

    assert isinstance(tp, TaggedProvision)
    return {
        "law": tp.law,
        "num": tp.num,
        "eid": tp.eid,
        "label": tp.label,
        "kind": tp.kind,
        "heading": tp.heading,
        "language": tp.language,
        "text": tp.text,
        "elements": [
            {
                "code": t.code,
                "score": t.score,
                "method": t.method,
                "spans": [list(s) for s in t.spans],
                "patterns": list(t.patterns),
            }
            for t in tp.tags
        ],
        "sdg": [{"target": s.target, "because": list(s.because)} for s in tp.sdg],
    }


def _cmd_tag(args: argparse.Namespace, out: IO[str]) -> int:
    from lexcompare.tagging.ontology import load_ontology
    from lexcompare.tagging.pipeline import tag_law

    laws = load_inputs(args.files, lang=args.lang, corpus=args.corpus)
    onto = load_ontology()
    for law in laws:
        tagged = tag_law(
            law,
            lang=args.lang or None,
            relevant_only=args.relevant_only,
            with_model=not args.no_model,
        )
        for tp in tagged:
            if args.out_format == "jsonl":
                out.write(json.dumps(tagged_to_json(tp), ensure_ascii=False) + "\n")
                continue
            codes = ", ".join(f"{t.code} {t.score:.2f}" for t in tp.tags) or "-"
            targets = ", ".join(s.target for s in tp.sdg) or "-"
            head = f" {tp.heading[:50]}" if tp.heading else ""
            out.write(
                f"{law.id} {tp.label} {tp.num}{head}\n  elements: {codes}\n  SDG: {targets}\n"
            )
            for t in tp.tags:
                words = "; ".join(dict.fromkeys(" ".join(e.text.split()) for e in t.evidence))
                out.write(f"    {onto.label(t.code)} ({t.method}): {words[:100]}\n")
    return 0


def _cmd_evaluate(args: argparse.Namespace, out: IO[str]) -> int:
    from lexcompare.evaluate import evaluate, format_table, write_results

    results = evaluate(
        args.corpus, with_model=not args.no_model, split=args.split, languages=args.lang
    )
    out.write(format_table(results) + "\n")
    if args.json_out:
        write_results(results, Path(args.json_out))
    return 0


def _cmd_train(args: argparse.Namespace, out: IO[str]) -> int:
    from lexcompare.train import train

    summary = train(
        args.corpus,
        out_dir=Path(args.out) if args.out else None,
        epochs=args.epochs,
        include_test=args.include_test,
    )
    out.write(json.dumps(summary, indent=1) + "\n")
    return 0


def _cmd_build(args: argparse.Namespace, out: IO[str]) -> int:
    from lexcompare.corpus import load_manifest
    from lexcompare.store import build, default_db_path

    entries = [e for e in load_manifest() if not args.ids or e.id in args.ids]
    rep = build(args.corpus, args.db, entries=entries, force=args.force)
    out.write(f"database: {args.db or default_db_path()}\n")
    out.write(
        f"{len(rep.built)} laws built, {len(rep.skipped)} unchanged, "
        f"{len(rep.failed)} failed in {rep.seconds:.1f} s\n"
    )
    for law, err in rep.failed:
        out.write(f"  failed: {law}: {err}\n")
    out.write("rows: " + ", ".join(f"{k} {v}" for k, v in rep.rows.items()) + "\n")
    return 1 if rep.failed else 0


# --- corpus -----------------------------------------------------------------------------------


def _cmd_corpus(args: argparse.Namespace, out: IO[str]) -> int:
    from lexcompare import corpus as c

    entries = c.load_manifest()
    if args.corpus_command == "list":
        root = c.corpus_dir(args.corpus)
        rows = []
        for e in entries:
            here = all((root / f).is_file() for f in e.files)
            rows.append(
                {
                    "id": e.id,
                    "country": e.country,
                    "language": e.language,
                    "format": e.format,
                    "year": e.year,
                    "present": here,
                    "title": e.title,
                    "official_url": e.official_url,
                }
            )
        if args.json:
            json.dump(rows, out, ensure_ascii=False, indent=1)
            out.write("\n")
            return 0
        out.write(f"corpus directory: {root}\n")
        for r in rows:
            mark = " " if r["present"] else "!"
            out.write(
                f"{mark} {r['id']:<58} {r['country']} {r['language']:<3} {r['format']:<18} "
                f"{r['year'] or '':<5} {str(r['title'])[:60]}\n"
            )
        missing = sum(1 for r in rows if not r["present"])
        out.write(
            f"{len(rows)} laws, {len(rows) - missing} present"
            + (f", {missing} missing (marked !): run `lexcompare corpus fetch`" if missing else "")
            + "\n"
        )
        return 0
    if args.corpus_command == "verify":
        chosen = [e for e in entries if not args.ids or e.id in args.ids]
        statuses = c.verify(chosen, args.corpus)
        bad = [s for s in statuses if s.status != "ok"]
        for s in bad:
            extra = f" (expected {s.expected[:12]}, found {s.actual[:12]})" if s.actual else ""
            out.write(f"{s.status:<8} {s.law}  {s.file}{extra}\n")
        out.write(
            f"{len(statuses)} files checked in {c.corpus_dir(args.corpus)}: "
            f"{len(statuses) - len(bad)} ok, "
            f"{sum(s.status == 'changed' for s in bad)} changed, "
            f"{sum(s.status == 'missing' for s in bad)} missing\n"
        )
        return 1 if bad else 0
    if args.corpus_command == "fetch":
        chosen = [e for e in entries if not args.ids or e.id in args.ids]
        unknown = set(args.ids) - {e.id for e in entries}
        if unknown:
            raise LexcompareError(
                f"unknown law id(s): {', '.join(sorted(unknown))}",
                remedy="Run `lexcompare corpus list`",
            )
        results = c.fetch(
            chosen,
            args.dest,
            base_url=args.base_url,
            timeout=args.timeout,
            retries=args.retries,
            max_bytes=args.max_bytes,
            accept_changed=args.accept_changed,
        )
        for res in results:
            if res.status not in ("present", "downloaded"):
                out.write(f"{res.status:<11} {res.law}  {res.file}: {res.detail}\n")
        counts = {
            s: sum(r.status == s for r in results)
            for s in ("present", "downloaded", "new-version", "failed")
        }
        out.write(", ".join(f"{v} {k}" for k, v in counts.items()) + "\n")
        return 1 if counts["failed"] else 0
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
