"""The command line: parse (tree, --json intermediate, --relevant-only), errors as messages with exit
code 2, build/compare/profile on a tiny corpus subset."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from lexcompare.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "laws" / "model_act_en.md"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    rc = main(list(argv), stdout=out)
    return rc, out.getvalue()


def test_parse_tree() -> None:
    rc, out = run("parse", str(FIXTURE))
    assert rc == 0
    assert "6 citable provisions" in out
    assert "section Section 3 — Trafficking in persons" in out


def test_parse_json_is_the_intermediate() -> None:
    rc, out = run("parse", str(FIXTURE), "--json")
    assert rc == 0
    d = json.loads(out)
    assert d["title"].startswith("Model Act")
    assert d["language"] == "en" and d["country"] == "XXX" and d["year"] == 2024
    nums = []

    def walk(ps: list[dict[str, object]]) -> None:
        for p in ps:
            if p["kind"] in ("section", "article"):
                nums.append(p["num"])
            else:
                walk(p["children"])  # type: ignore[arg-type]

    walk(d["provisions"])
    assert nums == ["1", "2", "3", "4", "5", "6"]


def test_parse_relevant_only() -> None:
    rc, out = run("parse", str(FIXTURE), "--relevant-only", "--json")
    assert rc == 0
    kept = [p["num"] for p in json.loads(out)["provisions"]]
    assert "3" in kept and "1" not in kept


def test_missing_file_is_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    rc, _ = run("parse", "no/such/file.md")
    assert rc == 2
    err = capsys.readouterr().err
    assert "no/such/file.md" in err and "error" in err


def test_empty_file_is_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    rc, _ = run("parse", str(empty))
    assert rc == 2
    assert "empty" in capsys.readouterr().err


def test_build_compare_profile(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "t.duckdb"
    ids = ["chl/ley-20507", "col/ley-985-2005", "can/criminal-code-trafficking-2005-c43"]
    rc, out = run("build", "--db", str(db), *ids)
    assert rc == 0 and "3 laws built" in out
    rc, out = run("build", "--db", str(db), *ids)
    assert rc == 0 and "0 laws built, 3 unchanged" in out
    rc, out = run(
        "compare",
        "--db",
        str(db),
        "--countries",
        "CHL,COL,CAN",
        "--elements",
        "DEF.MEANS,CRIM.PENALTY",
        "--targets",
        "8.7",
        "--out",
        str(tmp_path / "c.xlsx"),
    )
    assert rc == 0 and (tmp_path / "c.xlsx").stat().st_size > 0
    rc, out = run("profile", "CAN", "--db", str(db), "--out", str(tmp_path / "p.html"))
    assert rc == 0 and "<table>" in (tmp_path / "p.html").read_text()
