"""One real browser test: `streamlit run` on 127.0.0.1, headless Chromium (Debian's package,
driven with Playwright's Python API via executable_path; never a downloaded browser) opens Compare
from query parameters; the provisions of the chosen countries must be on screen.  Screenshots are
saved to test-artifacts/ (look at them: the page must be readable, not just non-empty)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from lexcompare import compare
from lexcompare.frames import load_frames

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("LEXCOMPARE_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _need_browser() -> None:
    missing = []
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright Python package (pip install -e '.[dev]')")
    if not (Path(CHROMIUM).is_file() or shutil.which("chromium")):
        missing.append("Debian's chromium (bash .ci/setup-browser)")
    if missing:
        message = "browser test needs " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Iterator[tuple[str, Path]]:
    _need_browser()
    from test_app_pages import build_app_db

    db = build_app_db(tmp_path_factory.getbasetemp() / "app-db", corpus)
    port = _free_port()
    env = {
        **os.environ,
        "LEXCOMPARE_DB": str(db),
        "LEXCOMPARE_CORPUS": str(corpus),
        "LEXCOMPARE_GOLD_DIR": str(tmp_path_factory.mktemp("gold")),
    }
    log = (tmp_path_factory.getbasetemp() / "streamlit.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "streamlit_app.py"),
            "--server.headless",
            "true",
            "--server.address",
            "127.0.0.1",
            "--server.port",
            str(port),
            "--browser.gatherUsageStats",
            "false",
            "--server.fileWatcherType",
            "none",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                text = (tmp_path_factory.getbasetemp() / "streamlit.log").read_text()
                pytest.fail(f"streamlit did not start:\n{text[-2000:]}")
            time.sleep(0.5)
        yield url, db
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_compare_opens_from_query_parameters(server: tuple[str, Path]) -> None:
    from playwright.sync_api import expect, sync_playwright

    url, db = server
    f = load_frames(db)
    tags = f.tags.assign(country=f.tags["law"].map(f.law_country()))
    by_code = tags.groupby("code")["country"].agg(lambda c: sorted(set(c)))
    code = max(by_code.index, key=lambda c: (len(by_code[c]), c == "DEF.ACT"))
    countries = list(by_code[code])[:3]
    assert len(countries) >= 2
    side = compare.side_by_side_codes(f, [code], countries)
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1600, "height": 2200})
            page.goto(
                f"{url}/compare?countries={','.join(countries)}&element={code}", timeout=120_000
            )
            cards = page.locator(".lc-card")
            expect(cards.first).to_be_visible(timeout=120_000)
            page.wait_for_timeout(1500)
            for country in countries:
                first = side[side["country"] == country].iloc[0]
                card = page.locator(
                    f'.lc-card[data-law="{first["law"]}"][data-num="{first["num"]}"]'
                ).first
                expect(card).to_be_visible()
                expect(card.locator("mark").first).to_be_visible()
                expect(
                    page.get_by_text(compare.country_name(country), exact=False).first
                ).to_be_visible()
            expect(page.get_by_role("link", name="official source").first).to_be_visible()
            label = dict(compare.element_choices())[code]
            expect(page.get_by_role("heading", name=label)).to_be_visible()
            assert "countries=" in page.url and f"element={code}" in page.url
            page.screenshot(path=str(ARTIFACTS / "compare.png"), full_page=True)

            # Arabic provisions are laid out right to left.
            sau = " ".join(
                f.provisions.loc[f.provisions["law"] == "sau/anti-trafficking-law-2009", "text"]
            ).split()
            word = next(w for w in sau if len(w) >= 5 and w.isalpha())
            page.goto(f"{url}/search?q={word}&lang=ar", timeout=120_000)
            rtl = page.locator('.lc-text[dir="rtl"]').first
            expect(rtl).to_be_visible(timeout=120_000)
            assert rtl.evaluate("e => getComputedStyle(e).direction") == "rtl"
            page.wait_for_timeout(1000)
            page.screenshot(path=str(ARTIFACTS / "search-arabic.png"))
        finally:
            browser.close()
