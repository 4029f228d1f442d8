"""The WARC fixture (tests/warc/sample.warc.gz) through iter_warc, the CLI and datatrove."""

import json
import subprocess

import pytest

import copydesk
from conftest import ROOT, WARC

URLS = ["https://example.com/chrome", "https://example.org/cafe", "https://example.com/table", "https://example.com/split"]


def test_iter_warc_yields_articles_with_urls_and_counts_the_rest():
    it = copydesk.iter_warc(WARC)
    articles = list(it)
    assert [a.url for a in articles] == URLS
    assert articles[1].title == "Café terraces reopen"
    assert articles[1].body.startswith("Café owners in the old town")
    assert it.stats == {"records": 11, "responses": 5, "non_html": 1, "not_ok": 1, "errors": 2}


def test_bytes_that_are_no_archive_raise_a_copydesk_error(tmp_path):
    noise = tmp_path / "noise.warc"
    noise.write_bytes(bytes((i * 2654435761 >> 13) & 0xFF for i in range(4096)))
    with pytest.raises(copydesk.WarcError):
        copydesk.iter_warc(noise)


def test_a_huge_declared_length_is_an_error_for_that_record(tmp_path):
    path = tmp_path / "huge.warc"
    path.write_bytes(
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/\r\n"
        b"Content-Length: 18446744073709551614\r\n\r\nHTTP/1.1 200 OK\r\n"
    )
    assert list(copydesk.iter_warc(path)) == []
    with pytest.raises(copydesk.WarcError):
        list(copydesk.iter_warc(path, errors="raise"))


def test_iter_warc_bodies_match_direct_cleaning():
    p = copydesk.Pipeline()
    by_url = {a.url: a.body for a in copydesk.iter_warc(WARC, pipeline=p)}
    page = (ROOT / "tests" / "html" / "data-table" / "input.html").read_bytes()
    assert by_url["https://example.com/table"] == p.clean_html(page).body


def test_iter_warc_can_raise_and_go_on():
    it = copydesk.iter_warc(WARC, errors="raise")
    seen, errors = [], 0
    while True:
        try:
            seen.append(next(it).url)
        except copydesk.WarcError:
            errors += 1
        except StopIteration:
            break
    assert seen == URLS and errors == 2


def test_cli_warc_jsonl(cli):
    run = subprocess.run([cli, "--warc", str(WARC)], capture_output=True)
    assert run.returncode == 1  # two records failed; the others are printed
    lines = [json.loads(line) for line in run.stdout.decode().splitlines()]
    assert [l["url"] for l in lines] == URLS
    assert set(lines[0]) == {
        "schemaVersion", "articleBody", "url", "title", "byline", "date", "site", "language",
        "pageType", "body",
    }
    python = {a.url: a for a in copydesk.iter_warc(WARC)}
    for line in lines:
        assert line["articleBody"] == line["body"] == python[line["url"]].article_body
        assert line["schemaVersion"] == 1
        assert line["title"] == python[line["url"]].title


def run_datatrove(tmp_path, name, steps):
    """The rows datatrove writes after reading the fixture and running `steps`."""
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter

    LocalPipelineExecutor(
        pipeline=[
            WarcReader(str(WARC.parent), glob_pattern="*.warc.gz"),
            *steps,
            JsonlWriter(str(tmp_path / name), compression=None),
        ],
        tasks=1,
        logging_dir=str(tmp_path / f"{name}-logs"),
    ).run()
    files = sorted((tmp_path / name).glob("*.jsonl"))
    return [json.loads(line) for f in files for line in f.read_text().splitlines()]


def test_datatrove_pipeline(tmp_path):
    pytest.importorskip("datatrove")
    from copydesk.datatrove import CopydeskExtractor

    rows = run_datatrove(tmp_path, "out", [CopydeskExtractor()])
    read = {r["metadata"]["url"]: r for r in run_datatrove(tmp_path, "read", [])}
    python = {a.url: a for a in copydesk.iter_warc(WARC)}
    by_url = {r["metadata"]["url"]: r for r in rows}
    # datatrove's reader keeps responses by Content-Type, whatever their status: the redirect is read too
    # (its stub page is an article of one line).
    assert set(by_url) == set(URLS) | {"https://example.com/old"}
    assert by_url["https://example.com/old"]["text"] == "Moved"
    for url, row in by_url.items():
        # The crawl date stays where datatrove's reader put it.
        assert row["metadata"]["date"] == read[url]["metadata"]["date"]
        if url not in python:
            continue
        assert row["text"] == python[url].body
        assert row["metadata"].get("title") == python[url].title
        # The publication date has a key of its own.
        assert row["metadata"].get("date_published") == python[url].date


def test_datatrove_step_keeps_the_crawl_date_and_adds_the_publication_date():
    pytest.importorskip("datatrove")
    from datatrove.data import Document

    from copydesk.datatrove import CopydeskExtractor

    page = (
        "<html><head><title>Tide tables</title>"
        '<meta property="article:published_time" content="2020-05-01T10:00:00Z"></head>'
        "<body><article><p>The harbour office printed new tide tables for the summer, and the ferry "
        "timetable will follow them from June.</p></article></body></html>"
    )
    crawl = "2026-11-24T07:20:39Z"
    doc = Document(text=page, id="1", metadata={"url": "https://example.com/tides", "date": crawl})
    [out] = list(CopydeskExtractor().run([doc]))
    assert out.metadata["date"] == crawl
    assert out.metadata["date_published"].startswith("2020-05-01")
    assert out.metadata["url"] == "https://example.com/tides"
    assert out.metadata["title"] == "Tide tables"
