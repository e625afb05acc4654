"""Every page of the Streamlit app under AppTest, with the library's real functions on a small
database built from six corpus laws (read from LEXCOMPARE_CORPUS at run time).  The draft texts
below are invented."""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("streamlit")
from streamlit.testing.v1 import AppTest

from lexcompare import compare
from lexcompare.frames import Frames, load_frames

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "streamlit_app.py"
SUBSET = (
    "chl/ley-20507",
    "col/ley-985-2005",
    "lux/loi-2009-05-08-victimes-traite",
    "arg/ley-26364",
    "sau/anti-trafficking-law-2009",  # Arabic: right-to-left
    "can/criminal-code-trafficking-2005-c43",
)
TIMEOUT = 180

DRAFT = """Article 1. Definitions
In this Act, trafficking in persons means the recruitment, transport or harbouring of a person by threat, force or deception for the purpose of exploitation, including sexual exploitation or forced labour.

Article 2. Offence
A person who commits trafficking in persons is guilty of an offence and liable to imprisonment for not more than twelve years.

Article 3. Support for victims
Victims shall receive shelter, medical care and legal aid.
"""


def build_app_db(base: Path, corpus: Path) -> Path:
    """The small test database (built once per session; a second call reuses it)."""
    from lexcompare.corpus import load_manifest
    from lexcompare.store import build

    db = base / "app.duckdb"
    entries = [e for e in load_manifest() if e.id in SUBSET]
    assert len(entries) == len(SUBSET)
    report = build(corpus, db, entries=entries, stream=io.StringIO())
    assert not report.failed, report.failed
    return db


@pytest.fixture(scope="session")
def app_db(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Path:
    return build_app_db(tmp_path_factory.getbasetemp() / "app-db", corpus)


@pytest.fixture(scope="session")
def app_frames(app_db: Path) -> Frames:
    return load_frames(app_db)


@pytest.fixture()
def env(app_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app reads this database; gold corrections go to a temporary folder."""
    monkeypatch.setenv("LEXCOMPARE_DB", str(app_db))
    gold = tmp_path / "gold"
    gold.mkdir()
    monkeypatch.setenv("LEXCOMPARE_GOLD_DIR", str(gold))
    monkeypatch.setenv("LEXCOMPARE_EVAL_RESULTS", str(tmp_path / "no-results.json"))
    yield gold


def open_page(name: str, **params: str) -> AppTest:
    """A fresh session opened on a page's address with query parameters."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.query_params.update(params)
    at.run()
    ok(at)
    if name != "overview":  # the home page
        at.switch_page(f"src/lexcompare/app/page_{name}.py").run()
        ok(at)
    return at


def ok(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def cards(at: AppTest) -> list[tuple[str, str]]:
    """(law, num) of every provision card on the page."""
    out = []
    for h in at.html:
        out.extend(re.findall(r'class="lc-card" data-law="([^"]+)" data-num="([^"]+)"', h.value))
    return out


def html_text(at: AppTest) -> str:
    return "\n".join(h.value for h in at.html)


def shared_element(f: Frames) -> tuple[str, list[str]]:
    """An element that at least two countries of the test database establish (data-driven, so
    the test does not depend on today's tagging quality)."""
    tags = f.tags.assign(country=f.tags["law"].map(f.law_country()))
    by_code = tags.groupby("code")["country"].agg(lambda c: sorted(set(c)))
    best = max(by_code.index, key=lambda c: (len(by_code[c]), c == "DEF.ACT"))
    assert len(by_code[best]) >= 2, "fewer than two countries carry any element"
    return str(best), list(by_code[best])[:3]


# --- Overview ----------------------------------------------------------------------------------


def test_overview_heatmap_filters_and_profile_link(env: Path) -> None:
    at = open_page("overview")
    assert at.title[0].value.startswith("Coverage")
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")
    laws = at.dataframe[0].value
    assert set(laws["id"]) == set(SUBSET)
    at.multiselect(key="ov_lang").select("es").run()
    ok(at)
    assert set(at.dataframe[0].value["language"]) == {"es"}
    assert at.query_params.get("lang") == "es"
    at.multiselect(key="ov_type").select(compare.LAW_TYPES[1]).run()
    ok(at)
    assert "No law matches" in at.info[0].value  # the subset holds no whole code
    at.multiselect(key="ov_type").unselect(compare.LAW_TYPES[1]).run()
    at.selectbox(key="ov_open").select("COL").run()
    ok(at)
    links = at.get("page_link")
    assert links and "Colombia" in str(links[0].proto.label)
    assert "country=COL" in str(links[0].proto.query_string)


def test_overview_state_comes_from_the_url(env: Path) -> None:
    at = open_page("overview", region="Europe")
    assert at.multiselect(key="ov_region").value == ["Europe"]
    assert set(at.dataframe[0].value["country"]) == {"LUX"}


# --- Compare -----------------------------------------------------------------------------------


def test_compare_side_by_side_from_query_params(env: Path, app_frames: Frames) -> None:
    code, countries = shared_element(app_frames)
    at = open_page("compare", countries=",".join(countries), element=code)
    assert at.multiselect(key="cmp_countries").value == countries
    assert at.selectbox(key="cmp_element").value == code
    expected = compare.side_by_side_codes(app_frames, [code], countries)
    shown = cards(at)
    laws = {law for law, _ in shown}
    for country in countries:
        first = expected[expected["country"] == country].iloc[0]
        assert (first["law"], first["num"]) in shown, f"{country}'s provision is not shown"
    assert laws <= set(expected["law"])
    assert "<mark>" in html_text(at)
    assert "official source" in html_text(at)
    assert len(at.get("download_button")) == 4
    # fewer provisions per country
    at.slider(key="cmp_n").set_value(1).run()
    ok(at)
    assert len(cards(at)) == len(countries)
    # a whole group: cards name the elements they carry in plain words
    group = code.split(".")[0]
    at.selectbox(key="cmp_element").select(group).run()
    ok(at)
    assert at.query_params["element"] == group
    assert at.subheader[0].value == dict(compare.element_choices())[group]
    labels = dict(compare.element_choices())
    assert 'class="lc-tags"' in html_text(at)
    assert any(labels[c] in html_text(at) for c in compare.codes_for(group))


def test_compare_asks_for_two_countries(env: Path) -> None:
    at = open_page("compare", countries="CAN")
    assert "at least two countries" in at.info[0].value
    at.multiselect(key="cmp_countries").select("COL").run()
    ok(at)
    assert at.query_params["countries"] == "CAN,COL"
    assert not any("at least two" in i.value for i in at.info)


def test_compare_penalty_chart(env: Path, app_frames: Frames) -> None:
    pen = compare.penalties(app_frames)
    with_prison = sorted(set(compare.penalty_ranges(pen)["country"]))
    if len(with_prison) < 1:
        pytest.skip("no prison range extracted in the test laws")
    other = next(c for c in ("CAN", "COL", "ARG", "CHL") if c not in with_prison[:1])
    at = open_page("compare", countries=f"{with_prison[0]},{other}", element="CRIM.PENALTY")
    charts = at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")
    assert charts, "the penalty chart is missing"
    assert any(df.value is not None for df in at.dataframe)


# --- Country profile ---------------------------------------------------------------------------


def test_profile_gaps_sdg_penalties_and_laws(env: Path) -> None:
    at = open_page("profile", country="CAN")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Laws read"] == "1"
    assert metrics["Required elements established"].endswith(f"/ {len(compare.REQUIRED)}")
    tables = [d.value for d in at.dataframe]
    gaps = next(t for t in tables if "obligation" in t.columns)
    assert len(gaps) == len(compare.REQUIRED) + len(compare.CONSIDER)
    assert set(gaps["status"]) <= set(compare.STATUS_TEXT.values())
    assert "Definition: means" in set(gaps["label"])
    sdg = next(t for t in tables if "target_name" in t.columns)
    assert sdg["target_name"].str.startswith("SDG ").all()
    laws = next(t for t in tables if "official_url" in t.columns)
    assert laws["law"].tolist() == ["can/criminal-code-trafficking-2005-c43"]
    assert laws["sha256"].str.len().eq(64).all()
    at.selectbox(key="pf_country").select("COL").run()
    ok(at)
    assert at.query_params["country"] == "COL"
    laws = next(d.value for d in at.dataframe if "official_url" in d.value.columns)
    assert laws["law"].tolist() == ["col/ley-985-2005"]
    assert len(at.get("download_button")) == 16  # 4 tabs x (CSV, XLSX, HTML, Markdown)


def test_profile_empty_state(env: Path) -> None:
    at = open_page("profile")
    assert "Choose a country" in at.info[0].value


# --- Search ------------------------------------------------------------------------------------


def _word(f: Frames, law: str, script: str) -> str:
    """A word of at least five letters from one law of the test database."""
    text = " ".join(f.provisions.loc[f.provisions["law"] == law, "text"])
    words = re.findall(script, text)
    assert words, f"no word found in {law}"
    return max(set(words), key=words.count).lower()


def test_search_highlights_and_filters(env: Path, app_frames: Frames) -> None:
    word = _word(app_frames, "col/ley-985-2005", r"\b[a-záéíóúñ]{7,}\b")
    at = open_page("search", q=word)
    found = cards(at)
    assert found and any(law == "col/ley-985-2005" for law, _ in found)
    assert "<mark>" in html_text(at) and re.search(r"\d+ provision\(s\) found", at.caption[1].value)
    at.multiselect(key="sr_country").select("COL").run()
    ok(at)
    assert {law for law, _ in cards(at)} == {"col/ley-985-2005"}
    assert at.query_params["country"] == "COL"
    at.text_input(key="sr_q").input("zzqqxxnotaword").run()
    ok(at)
    assert "No provision matches" in at.info[0].value


def test_search_by_element_only(env: Path, app_frames: Frames) -> None:
    code, _ = shared_element(app_frames)
    at = open_page("search", element=code)
    found = cards(at)
    assert found
    carriers = set(
        zip(
            app_frames.tags.loc[app_frames.tags["code"] == code, "law"],
            app_frames.tags.loc[app_frames.tags["code"] == code, "num"],
            strict=True,
        )
    )
    assert set(found) <= carriers


def test_search_arabic_is_right_to_left(env: Path, app_frames: Frames) -> None:
    word = _word(app_frames, "sau/anti-trafficking-law-2009", r"[\u0621-\u064A]{5,}")
    at = open_page("search", q=word, lang="ar")
    assert cards(at)
    body = html_text(at)
    assert 'dir="rtl"' in body and 'lang="ar"' in body and "Arabic (ar)" in body


def test_search_empty_state(env: Path) -> None:
    at = open_page("search")
    assert "Type one or more words" in at.info[0].value


# --- Check a draft -----------------------------------------------------------------------------


def _docx(paragraphs: list[str]) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(
            "word/document.xml", f'<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>'
        )
    return buf.getvalue()


def test_draft_pasted_text_is_checked_and_not_stored(env: Path, app_db: Path) -> None:
    at = open_page("draft")
    assert "Upload a bill or paste" in at.info[0].value
    at.text_area(key="dr_text").input(DRAFT).run()
    ok(at)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Provisions read"] == "3"
    assert metrics["Language"] == "English (en)"
    gaps = next(d.value for d in at.dataframe if "obligation" in d.value.columns)
    assert len(gaps) == len(compare.REQUIRED) + len(compare.CONSIDER)
    assert gaps.set_index("code").loc["DEF.ACT", "status"] == compare.STATUS_TEXT["covered"]
    assert any(e.label.startswith("Definition: act") for e in at.expander)
    assert cards(at), "no closest provision of another country is shown"
    assert not (app_db.parent / "drafts").exists()
    at.button(key="dr_save").click().run()
    ok(at)
    saved = list((app_db.parent / "drafts").glob("*pasted-draft.txt"))
    assert len(saved) == 1 and saved[0].read_bytes() == DRAFT.encode()
    saved[0].unlink()


def test_draft_upload_docx_and_clear_errors(env: Path) -> None:
    at = open_page("draft")
    data = _docx([line for line in DRAFT.splitlines() if line.strip()])
    at.file_uploader(key="dr_file").upload("bill.docx", data).run()
    ok(at)
    assert {m.label: m.value for m in at.metric}["Provisions read"] == "3"
    at.file_uploader(key="dr_file").set_value(("bill.pdf", b"%PDF-1.4 broken", "application/pdf"))
    at.run()
    assert at.error and "cannot be checked" in at.error[0].value
    assert "bill.pdf" in at.error[0].value and "/tmp/" not in at.error[0].value


# --- Review ------------------------------------------------------------------------------------


def test_review_accept_reject_add_and_save(env: Path, app_frames: Frames) -> None:
    from lexcompare.gold import load_gold
    from lexcompare.tagging.ontology import load_ontology

    law = "can/criminal-code-trafficking-2005-c43"
    at = open_page("review", law=law)
    assert "0 of" in at.get("progress")[0].proto.text
    assert "not measured yet" in " ".join(c.value for c in at.caption)
    num = at.selectbox(key="rv_num").value
    assert at.query_params["num"] == num
    tags = [r for r in at.radio if r.key and r.key.startswith("rv_tag_")]
    assert tags, "the first provision with tags shows no tag"
    rejected_label = tags[0].label
    tags[0].set_value("Reject")
    add = next(m for m in at.multiselect if m.key and m.key.startswith("rv_add_"))
    add.select("VIC.PRIVACY").run()
    words = next(t for t in at.text_input if t.key and t.key.startswith("rv_words_"))
    words.input("words that are surely absent").run()
    next(b for b in at.button if b.key and b.key.startswith("rv_save_")).click().run()
    assert at.error and "not in the provision" in at.error[0].value
    assert not list(env.glob("*.jsonl"))
    text = app_frames.provisions.set_index(["law", "num"]).loc[(law, num), "text"]
    evidence = " ".join(str(text).split()[:2])
    words = next(t for t in at.text_input if t.key and t.key.startswith("rv_words_"))
    words.input(evidence).run()
    next(b for b in at.button if b.key and b.key.startswith("rv_save_")).click().run()
    ok(at)
    assert at.success and "review-en.jsonl" in at.success[0].value
    items = load_gold(sorted(env.glob("*.jsonl")))
    assert [(i.law, i.num) for i in items] == [(law, num)]
    item = items[0]
    assert "VIC.PRIVACY" in item.elements
    assert f"'{evidence}'" in item.note
    names = {e.name: e.code for e in load_ontology().elements}
    rejected_code = names[rejected_label.split(" (score")[0]]
    assert rejected_code not in item.elements
    assert "1 of" in at.get("progress")[0].proto.text
    at.button(key="rv_next").click().run()
    ok(at)
    assert at.selectbox(key="rv_num").value != num


def test_review_shows_measured_accuracy(
    env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    results = tmp_path / "evaluate.json"
    results.write_text(
        json.dumps(
            {
                "reports": [
                    {
                        "system": "lexcompare",
                        "split": "development",
                        "per_language": {
                            "es": {
                                "provisions": 40,
                                "elements": {"precision": 0.8, "recall": 0.7, "f1": 0.75},
                            }
                        },
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("LEXCOMPARE_EVAL_RESULTS", str(results))
    at = open_page("review", law="col/ley-985-2005")
    text = " ".join(c.value for c in at.caption)
    assert "Measured accuracy for Spanish (es)" in text and "F1 75%" in text


def test_review_empty_state(env: Path) -> None:
    at = open_page("review")
    assert "Choose a law" in at.info[0].value


# --- exports -----------------------------------------------------------------------------------


def test_exports_are_real_files(env: Path, app_db: Path) -> None:
    from openpyxl import load_workbook

    from lexcompare.app import data

    d = data.open_data(app_db)
    heat = data.heatmap(*d.key, None)
    xlsx = data.table_xlsx(heat, "coverage")
    wb = load_workbook(io.BytesIO(xlsx))
    assert wb.sheetnames[0] == "coverage" and wb["coverage"].max_row == len(heat) + 1
    assert data.table_csv(heat).decode().splitlines()[0].startswith("unit,")
    rep = data.comparison_report(*d.key, ("CAN", "COL"), ("DEF.ACT",))
    html = data.report_bytes(rep, "html").decode()
    assert html.startswith("<!DOCTYPE html>") and "Comparison: CAN, COL" in html
    md = data.report_bytes(rep, "md").decode()
    assert md.startswith("# Comparison: CAN, COL")


# --- first start -------------------------------------------------------------------------------


def test_first_start_builds_the_database_with_a_progress_bar(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import lexcompare.corpus as corpus_module

    small = [
        e
        for e in corpus_module.load_manifest()
        if e.id in ("chl/ley-20507", "lux/loi-2009-05-08-victimes-traite")
    ]
    monkeypatch.setattr(corpus_module, "load_manifest", lambda *a, **k: tuple(small))
    db = tmp_path / "fresh" / "lexcompare.duckdb"
    monkeypatch.setenv("LEXCOMPARE_DB", str(db))
    monkeypatch.setenv("LEXCOMPARE_CORPUS", str(corpus))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    ok(at)
    assert "First start" in at.info[0].value
    bar = at.get("progress")[0]
    assert bar.proto.value == 100 and "2/2 laws" in bar.proto.text
    assert db.is_file()
    assert set(at.dataframe[0].value["id"]) == {e.id for e in small}


def test_first_start_without_corpus_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEXCOMPARE_DB", str(tmp_path / "none.duckdb"))
    monkeypatch.setenv("LEXCOMPARE_CORPUS", str(tmp_path / "no-corpus"))
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    assert not at.exception
    assert at.error and "no corpus" in at.error[0].value
    assert "LEXCOMPARE_CORPUS" in at.info[0].value
    assert not (tmp_path / "none.duckdb").exists()
