"""Comparison tables on small hand-built frames, and every export format read back with its
standard reader.  All data here is invented."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook
from pandas.testing import assert_frame_equal

from lexcompare import compare
from lexcompare.export import write
from lexcompare.frames import Frames, make_frames
from lexcompare.reports import comparison_report, expand_codes, profile_report

URL_A = "https://example.org/aaa-act"
URL_B = "https://example.org/bbb-code"


def frames() -> Frames:
    laws = pd.DataFrame(
        [
            ("aaa/act", "AAA", "Act A", 2010, "en", "markdown", URL_A, "a" * 64, False, 3, 3),
            ("bbb/code", "BBB", "Code B", 1990, "fr", "markdown", URL_B, "b" * 64, True, 100, 2),
        ],
        columns=[
            "id",
            "country",
            "title",
            "year",
            "language",
            "format",
            "source_url",
            "sha256",
            "whole_code",
            "n_citable",
            "n_relevant",
        ],
    )
    prov = pd.DataFrame(
        [
            (
                "aaa/act",
                "sec_1",
                "1",
                "Section",
                "section",
                "Definitions",
                "text a1",
                0,
                True,
                "AAA",
                "en",
            ),
            (
                "aaa/act",
                "sec_2",
                "2",
                "Section",
                "section",
                "Offence",
                "text a2",
                1,
                True,
                "AAA",
                "en",
            ),
            (
                "aaa/act",
                "sec_3",
                "3",
                "Section",
                "section",
                "Shelter",
                "text a3",
                2,
                True,
                "AAA",
                "en",
            ),
            (
                "bbb/code",
                "art_10",
                "10",
                "Article",
                "article",
                "",
                "texte b10",
                0,
                True,
                "BBB",
                "fr",
            ),
            (
                "bbb/code",
                "art_11",
                "11",
                "Article",
                "article",
                "",
                "texte b11",
                1,
                True,
                "BBB",
                "fr",
            ),
            (
                "bbb/code",
                "art_99",
                "99",
                "Article",
                "article",
                "",
                "texte b99",
                2,
                False,
                "BBB",
                "fr",
            ),
        ],
        columns=[
            "law",
            "eid",
            "num",
            "label",
            "kind",
            "heading",
            "text",
            "position",
            "relevant",
            "country",
            "language",
        ],
    )
    tags = pd.DataFrame(
        [
            ("aaa/act", "sec_1", "1", "DEF.ACT", 0.85, "rule", "[[0, 4]]", "[]", '["recruit"]'),
            (
                "aaa/act",
                "sec_2",
                "2",
                "CRIM.OFFENCE",
                0.75,
                "rule",
                "[[0, 4]]",
                "[]",
                '["offence"]',
            ),
            ("aaa/act", "sec_2", "2", "CRIM.PENALTY", 0.8, "rule", "[[0, 4]]", "[]", '["prison"]'),
            (
                "aaa/act",
                "sec_3",
                "3",
                "VIC.ASSISTANCE",
                0.5,
                "rule",
                "[[0, 4]]",
                "[]",
                '["shelter"]',
            ),
            ("bbb/code", "art_10", "10", "DEF.ACT", 0.9, "both", "[[0, 5]]", "[]", '["recruter"]'),
            (
                "bbb/code",
                "art_10",
                "10",
                "DEF.PURPOSE.OTHER",
                0.7,
                "rule",
                "[[0, 5]]",
                "[]",
                '["mendicité"]',
            ),
            (
                "bbb/code",
                "art_11",
                "11",
                "CRIM.PENALTY",
                0.8,
                "rule",
                "[[0, 5]]",
                "[]",
                '["emprisonnement"]',
            ),
            ("bbb/code", "art_99", "99", "CRIM.OFFENCE", 0.9, "rule", "[[0, 5]]", "[]", '["vol"]'),
        ],
        columns=["law", "eid", "num", "code", "score", "method", "spans", "patterns", "evidence"],
    )
    sdg = pd.DataFrame(
        [
            ("aaa/act", "sec_2", "2", "8.7", '["8.7 via CRIM.OFFENCE"]'),
            ("aaa/act", "sec_1", "1", "16.2", json.dumps(["16.2: cue 'child'"])),
            ("bbb/code", "art_10", "10", "8.7", '["8.7 via DEF.ACT"]'),
        ],
        columns=["law", "eid", "num", "target", "because"],
    )
    pen = pd.DataFrame(
        [
            ("aaa/act", "sec_2", "2", "imprisonment", 5.0, 15.0, False, "", "", False, 18),
            ("aaa/act", "sec_2", "2", "imprisonment", None, None, True, "", "", True, 18),
            ("bbb/code", "art_11", "11", "imprisonment", None, 7.0, False, "", "", False, None),
            (
                "bbb/code",
                "art_11",
                "11",
                "fine",
                None,
                None,
                False,
                "150 000 euros",
                "euros",
                False,
                None,
            ),
        ],
        columns=[
            "law",
            "eid",
            "num",
            "kind",
            "min_years",
            "max_years",
            "life",
            "fine",
            "currency",
            "aggravated",
            "child_age",
        ],
    )
    return make_frames(laws=laws, provisions=prov, tags=tags, sdg_tags=sdg, penalties=pen)


def test_coverage_long_and_matrix() -> None:
    f = frames()
    cov = compare.coverage(f, codes=["DEF.ACT", "CRIM.OFFENCE", "VIC.ASSISTANCE"])
    expected = pd.DataFrame(
        [
            ("AAA", "DEF.ACT", "DEF", "Definition: act", "covered", 0.85, "aaa/act 1"),
            ("AAA", "CRIM.OFFENCE", "CRIM", "Offence established", "covered", 0.75, "aaa/act 2"),
            (
                "AAA",
                "VIC.ASSISTANCE",
                "VIC",
                "Assistance and recovery",
                "partial",
                0.5,
                "aaa/act 3",
            ),
            ("BBB", "DEF.ACT", "DEF", "Definition: act", "covered", 0.9, "bbb/code 10"),
            # art. 99 is not relevant to trafficking: its tag does not count
            ("BBB", "CRIM.OFFENCE", "CRIM", "Offence established", "absent", 0.0, ""),
            ("BBB", "VIC.ASSISTANCE", "VIC", "Assistance and recovery", "absent", 0.0, ""),
        ],
        columns=compare.COVERAGE_COLUMNS,
    )
    assert_frame_equal(cov, expected)
    matrix = compare.coverage_matrix(cov)
    expected_m = pd.DataFrame(
        {
            "DEF.ACT": ["covered", "covered"],
            "CRIM.OFFENCE": ["covered", "absent"],
            "VIC.ASSISTANCE": ["partial", "absent"],
        },
        index=pd.Index(["AAA", "BBB"], name="unit"),
    )
    assert_frame_equal(matrix, expected_m)
    rollup = compare.group_rollup(cov)
    expected_r = pd.DataFrame(
        {"CRIM": [1.0, 0.0], "DEF": [1.0, 1.0], "VIC": [0.5, 0.0]},
        index=pd.Index(["AAA", "BBB"], name="unit"),
    )
    assert_frame_equal(rollup, expected_r)


def test_coverage_by_law() -> None:
    cov = compare.coverage(frames(), by="law", codes=["CRIM.PENALTY"])
    assert cov[["unit", "status"]].values.tolist() == [
        ["aaa/act", "covered"],
        ["bbb/code", "covered"],
    ]


def test_gap_report() -> None:
    gaps = compare.gap_report(frames(), "BBB")
    assert list(gaps.columns) == compare.GAP_COLUMNS
    assert len(gaps) == len(compare.REQUIRED) + len(compare.CONSIDER)
    row = gaps.set_index("code").loc["DEF.ACT"]
    assert (row["obligation"], row["status"], row["evidence"]) == (
        "must establish",
        "covered",
        "bbb/code 10",
    )
    assert gaps.set_index("code").loc["VIC.ASSISTANCE", "obligation"] == "to consider"
    beyond = compare.beyond_minimum(frames(), "BBB")
    assert_frame_equal(
        beyond,
        pd.DataFrame(
            [("bbb/code", "10", "mendicité", 0.7)],
            columns=["law", "num", "evidence_words", "score"],
        ),
    )


def test_sdg_alignment() -> None:
    sdg = compare.sdg_alignment(frames(), targets=("8.7", "16.2"))
    got = sdg[["country", "target", "elements_total", "share", "cues", "evidence"]]
    expected = pd.DataFrame(
        [
            ("AAA", "8.7", 22, round(3 / 22, 3), 0, "aaa/act 2"),
            ("AAA", "16.2", 2, 0.0, 1, "aaa/act 1"),
            ("BBB", "8.7", 22, round(3 / 22, 3), 0, "bbb/code 10"),
            ("BBB", "16.2", 2, 0.0, 0, ""),
        ],
        columns=["country", "target", "elements_total", "share", "cues", "evidence"],
    )
    assert_frame_equal(got.reset_index(drop=True), expected)
    assert sdg.iloc[0]["elements_covered"] == "DEF.ACT, CRIM.OFFENCE, CRIM.PENALTY"


def test_penalties_and_summary() -> None:
    pen = compare.penalties(frames())
    assert list(pen.columns) == compare.PENALTY_COLUMNS
    assert len(pen) == 4
    summary = compare.penalty_summary(pen)
    expected = pd.DataFrame(
        [("AAA", 5.0, 15.0, float("inf")), ("BBB", float("nan"), 7.0, float("nan"))],
        columns=["country", "base_min_years", "base_max_years", "aggravated_max_years"],
    )
    assert_frame_equal(summary, expected)


def test_side_by_side_orders_countries_as_asked() -> None:
    side = compare.side_by_side(frames(), "DEF.ACT", ["BBB", "AAA"])
    assert side["country"].tolist() == ["BBB", "AAA"]
    assert side.iloc[0]["text"] == "texte b10" and side.iloc[0]["source_url"] == URL_B


def test_expand_codes() -> None:
    assert expand_codes("DEF.MEANS,INST") == [
        "DEF.MEANS",
        "INST.COORDINATION",
        "INST.DATA",
        "INST.FUND",
    ]


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.tables = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.links.append(dict(attrs).get("href") or "")
        if tag == "table":
            self.tables += 1


@pytest.mark.parametrize("ext", [".csv", ".xlsx", ".parquet", ".json", ".html", ".md"])
def test_exports_open_with_standard_readers(ext: str, tmp_path: Path) -> None:
    f = frames()
    report = comparison_report(f, ["AAA", "BBB"], ["DEF.ACT", "CRIM.PENALTY"], ["8.7"])
    path = write(report, tmp_path / f"out{ext}")
    if ext == ".csv":
        df = pd.read_csv(path)
        assert {"table", "unit", "code"} <= set(df.columns)
    elif ext == ".xlsx":
        wb = load_workbook(path)
        assert {"coverage", "sdg_alignment", "penalties", "sources", "about"} <= set(wb.sheetnames)
        ws = wb["coverage"]
        assert ws.freeze_panes == "A2"
        links = {c.hyperlink.target for row in ws.iter_rows(min_row=2) for c in row if c.hyperlink}
        assert links == {URL_A, URL_B}
        src_links = {
            c.hyperlink.target
            for row in wb["sources"].iter_rows(min_row=2)
            for c in row
            if c.hyperlink
        }
        assert src_links == {URL_A, URL_B}
    elif ext == ".parquet":
        table = pq.read_table(path)
        assert "code" in table.column_names and table.num_rows > 0
    elif ext == ".json":
        doc = json.loads(path.read_text())
        assert {"coverage", "sdg_alignment"} <= set(doc["tables"])
        assert {s["official_url"] for s in doc["sources"]} == {URL_A, URL_B}
    elif ext == ".html":
        p = _Collect()
        p.feed(path.read_text())
        assert p.tables >= 4 and URL_A in p.links and URL_B in p.links
    else:
        text = path.read_text()
        assert "| unit | code |" in text and f"({URL_A})" in text


def test_profile_report(tmp_path: Path) -> None:
    report = profile_report(frames(), "AAA")
    assert set(report.tables) == {"gaps", "beyond_minimum", "sdg_alignment", "penalties"}
    assert [s.law for s in report.sources] == ["aaa/act"]
    write(report, tmp_path / "p.md")


def test_unknown_country_and_format(tmp_path: Path) -> None:
    from lexcompare.errors import LexcompareError

    with pytest.raises(LexcompareError):
        comparison_report(frames(), ["ZZZ"])
    with pytest.raises(LexcompareError):
        write(profile_report(frames(), "AAA"), tmp_path / "x.docx")
