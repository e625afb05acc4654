"""`lexcompare corpus` list / verify / fetch, against a local http.server on 127.0.0.1 serving a
copy of part of the corpus.  Never the internet."""

from __future__ import annotations

import functools
import hashlib
import http.server
import io
import shutil
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from lexcompare import corpus as c
from lexcompare.cli import main
from lexcompare.errors import CorpusError

SMALL = [
    "can/criminal-code-trafficking-2012-c15",
    "chl/ley-20507",
    "lux/loi-2014-04-09-droits-victimes",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture()
def mirror(tmp_path: Path, corpus: Path) -> Iterator[tuple[str, Path]]:
    """A copy of a few corpus laws served on 127.0.0.1."""
    root = tmp_path / "mirror"
    for e in c.load_manifest():
        if e.id in SMALL:
            for f in e.files:
                (root / f).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(corpus / f, root / f)
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root
    finally:
        server.shutdown()
        server.server_close()


def _entries() -> list[c.CorpusEntry]:
    return [e for e in c.load_manifest() if e.id in SMALL]


def test_manifest_is_complete_and_unique() -> None:
    entries = c.load_manifest()
    assert len(entries) == 90
    assert len({e.id for e in entries}) == 90
    for e in entries:
        assert len(e.country) == 3 and e.country.isupper()
        assert e.official_url.startswith("http")
        assert len(e.files) == len(e.sha256) >= 1
        assert all(len(h) == 64 for h in e.sha256)


def test_fetch_from_mirror_verifies_hashes(mirror: tuple[str, Path], tmp_path: Path) -> None:
    url, _ = mirror
    dest = tmp_path / "cache"
    bar_out = io.StringIO()
    results = c.fetch(_entries(), dest, base_url=url, progress=c.Progress(3, "fetch", bar_out))
    assert {r.status for r in results} == {"downloaded"}
    assert "3/3" in bar_out.getvalue()
    statuses = c.verify(_entries(), dest)
    assert {s.status for s in statuses} == {"ok"}
    # A second run downloads nothing.
    again = c.fetch(_entries(), dest, base_url=url, progress=c.Progress(3, "", io.StringIO()))
    assert {r.status for r in again} == {"present"}
    # The fetched laws load like the corpus ones.
    law = c.load_law("chl/ley-20507", dest)
    assert law.id == "chl/ley-20507"


def test_changed_upstream_is_kept_as_new_version(mirror: tuple[str, Path], tmp_path: Path) -> None:
    url, root = mirror
    dest = tmp_path / "cache"
    entries = _entries()
    c.fetch(entries, dest, base_url=url, progress=c.Progress(3, "", io.StringIO()))
    entry = next(e for e in entries if e.id == "chl/ley-20507")
    current = dest / entry.files[0]
    before = current.read_bytes()
    # Upstream changes: the mirror now serves different bytes.
    (root / entry.files[0]).write_bytes(before + b"\n")
    # The stored copy is damaged locally, so fetch has to download again.
    current.write_bytes(before[:-10])
    results = c.fetch([entry], dest, base_url=url, progress=c.Progress(1, "", io.StringIO()))
    assert results[0].status == "new-version"
    version = Path(results[0].path)
    assert version.read_bytes() == before + b"\n"
    assert current.read_bytes() == before[:-10]  # not silently replaced
    accepted = c.fetch(
        [entry], dest, base_url=url, accept_changed=True, progress=c.Progress(1, "", io.StringIO())
    )
    assert accepted[0].status == "new-version"
    assert current.read_bytes() == before + b"\n"
    # The previous local bytes are still there as a version.
    old_hash = hashlib.sha256(before[:-10]).hexdigest()[:12]
    assert any(old_hash in p.name for p in current.parent.iterdir())


def test_fetch_missing_file_fails_cleanly_and_keeps_going(
    mirror: tuple[str, Path], tmp_path: Path
) -> None:
    url, root = mirror
    entries = _entries()
    gone = next(e for e in entries if e.id == "lux/loi-2014-04-09-droits-victimes")
    (root / gone.files[0]).unlink()
    results = c.fetch(
        entries,
        tmp_path / "cache",
        base_url=url,
        retries=1,
        progress=c.Progress(3, "", io.StringIO()),
    )
    by_law = {r.law: r for r in results}
    assert by_law[gone.id].status == "failed"
    assert "404" in by_law[gone.id].detail
    assert by_law["chl/ley-20507"].status == "downloaded"


def test_size_cap(mirror: tuple[str, Path], tmp_path: Path) -> None:
    url, _ = mirror
    results = c.fetch(
        _entries()[:1],
        tmp_path / "cache",
        base_url=url,
        max_bytes=100,
        progress=c.Progress(1, "", io.StringIO()),
    )
    assert results[0].status == "failed"
    assert "size cap" in results[0].detail
    assert not any((tmp_path / "cache").rglob("*.xml"))


def test_retries_then_succeeds(tmp_path: Path, corpus: Path) -> None:
    entry = next(e for e in c.load_manifest() if e.id == "chl/ley-20507")
    payload = (corpus / entry.files[0]).read_bytes()
    calls: list[str] = []

    def flaky(url: str, timeout: float) -> io.BytesIO:
        calls.append(url)
        if len(calls) < 3:
            raise TimeoutError("timed out")
        return io.BytesIO(payload)

    results = c.fetch(
        [entry], tmp_path, retries=2, opener=flaky, progress=c.Progress(1, "", io.StringIO())
    )
    assert results[0].status == "downloaded"
    assert calls == [entry.official_url] * 3


def test_multi_file_law_needs_mirror(tmp_path: Path) -> None:
    entry = next(e for e in c.load_manifest() if e.id.startswith("usa/usc-title18"))
    results = c.fetch(
        [entry],
        tmp_path,
        opener=lambda u, t: io.BytesIO(b"x"),
        progress=c.Progress(len(entry.files), "", io.StringIO()),
    )
    assert {r.status for r in results} == {"failed"}


def test_verify_reports_changed_and_missing(tmp_path: Path, corpus: Path) -> None:
    entries = _entries()
    for e in entries:
        for f in e.files:
            (tmp_path / f).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(corpus / f, tmp_path / f)
    (tmp_path / entries[0].files[0]).write_bytes(b"changed")
    (tmp_path / entries[1].files[0]).unlink()
    out = io.StringIO()
    rc = main(["corpus", "verify", "--corpus", str(tmp_path), *SMALL], stdout=out)
    assert rc == 1
    text = out.getvalue()
    assert "changed" in text and entries[0].id in text
    assert "missing" in text and entries[1].id in text
    assert "1 ok" in text


def test_cli_list_and_fetch(
    mirror: tuple[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _ = mirror
    out = io.StringIO()
    assert (
        main(["corpus", "fetch", "--dest", str(tmp_path), "--base-url", url, *SMALL], stdout=out)
        == 0
    )
    assert "3 downloaded" in out.getvalue()
    out = io.StringIO()
    assert main(["corpus", "list", "--corpus", str(tmp_path)], stdout=out) == 0
    assert "90 laws, 3 present" in out.getvalue()
    assert (
        main(["corpus", "fetch", "--dest", str(tmp_path), "no/such-law"], stdout=io.StringIO()) == 2
    )
    assert "unknown law id" in capsys.readouterr().err


def test_load_law_missing_file_names_remedy(tmp_path: Path) -> None:
    with pytest.raises(CorpusError) as info:
        c.load_law("chl/ley-20507", tmp_path)
    assert "corpus fetch" in str(info.value)


def test_primary_files_policy() -> None:
    by_id = {e.id: e for e in c.load_manifest()}
    lka, fallback = c.primary_files(by_id["lka/saarc-trafficking-women-children-act-30-2005"])
    assert [Path(f).suffix for f in lka] == [".pdf"] and [Path(f).suffix for f in fallback] == [
        ".md"
    ]
    qat, _ = c.primary_files(by_id["qat/law-15-2011-trafficking"])
    assert [Path(f).suffix for f in qat] == [".html"]
    mar, _ = c.primary_files(by_id["mar/loi-27-14-ar"])
    assert [Path(f).suffix for f in mar] == [".txt"]
    usa, _ = c.primary_files(by_id["usa/usc-title22-ch78-tvpa"])
    assert len(usa) == 111
    nums = [int(Path(f).stem.split("-")[-1]) for f in usa]
    assert nums == sorted(nums)
    entry = replace(by_id["chl/ley-20507"], files=("a.json",), sha256=("0" * 64,))
    assert c.primary_files(entry) == (("a.json",), ())
