"""Compose comparison and country-profile reports from `compare` tables (no I/O but the CLI
wrappers at the bottom, which load the database and call `export.write`)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import IO

import pandas as pd

from lexcompare import compare
from lexcompare.errors import LexcompareError
from lexcompare.export import Report, Source, write
from lexcompare.frames import Frames, load_frames
from lexcompare.tagging.ontology import load_ontology


def sources_for(f: Frames, countries: Sequence[str]) -> tuple[Source, ...]:
    laws = f.laws[f.laws["country"].isin(countries)].sort_values(["country", "id"])
    return tuple(
        Source(r.id, r.country, r.title, int(r.year) if pd.notna(r.year) else None, r.language,
               r.source_url, r.sha256)
        for r in laws.itertuples()
    )


def expand_codes(spec: str) -> list[str]:
    """"DEF.MEANS,CRIM" -> the codes named, groups expanded to their elements."""
    onto = load_ontology()
    out: list[str] = []
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        if part in onto.codes:
            out.append(part)
            continue
        group = [c for c in onto.codes if c.split(".")[0] == part or c.startswith(part + ".")]
        if not group:
            raise LexcompareError(f"unknown element or group {part!r}",
                                  remedy="See annotations/README.md for the codes")
        out.extend(group)
    return list(dict.fromkeys(out))


def _check_countries(f: Frames, countries: Sequence[str]) -> None:
    known = set(f.laws["country"])
    unknown = [c for c in countries if c not in known]
    if unknown:
        raise LexcompareError(f"no law of {', '.join(unknown)} in the database",
                              remedy=f"Known countries: {', '.join(sorted(known))}")


def comparison_report(f: Frames, countries: Sequence[str], codes: Sequence[str] = (),
                      targets: Sequence[str] = ()) -> Report:
    _check_countries(f, countries)
    cov = compare.coverage(f, units=countries, codes=codes or None)
    tables: dict[str, pd.DataFrame] = {"coverage": cov,
                                       "coverage_matrix": compare.coverage_matrix(cov)}
    sdg = compare.sdg_alignment(f, countries=countries,
                                targets=tuple(targets) or compare.TARGETS)
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
        meta={"countries": ",".join(countries), "elements": ",".join(codes) or "all",
              "targets": ",".join(targets) or "all"},
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
        notes=("Status 'covered' means a provision establishes the element with a score of at "
               f"least {compare.COVERED_SCORE}; 'partial' means weaker evidence; every row cites "
               "the provisions (law id and number) that carry it.",),
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
