"""Writes tests/warc/sample.warc.gz from the HTML fixtures of tests/html, with warcio.

Run from the repository root: `python tests/warc/make_fixture.py` (needs `pip install warcio`).
The archive holds every kind of record the WARC reader must handle: HTML responses in UTF-8 and in a
legacy charset named only by the HTTP header, a request, warcinfo and metadata records, a non-HTML
response, a redirect, a broken HTTP message, and an empty page; then one more good page, to show that
reading goes on after the bad ones.
"""

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "warc" / "sample.warc.gz"

LATIN1_PAGE = (
    "<html><head><title>Caf\u00e9 terraces reopen</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    "<article><h1>Caf\u00e9 terraces reopen</h1>"
    "<p>Caf\u00e9 owners in the old town reopened their terraces on Monday, after a long and quiet winter.</p>"
    "<p>The mayor\u2019s office said the season would run until the end of October, as in previous years.</p>"
    "</article></body></html>"
)


def response(writer, url, body, content_type="text/html; charset=utf-8", status="200 OK"):
    headers = [("Content-Type", content_type)] if content_type else []
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
    writer.write_record(record)


def raw_response(out, url, message):
    """A response record whose block is `message` as is (not a valid HTTP message), written by hand as
    warcio refuses to build one: one gzip member, as the other records."""
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {url}\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000001>\r\n"
        "WARC-Date: 2024-01-01T00:00:00Z\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(message)}\r\n\r\n"
    ).encode()
    out.write(gzip.compress(head + message + b"\r\n\r\n", mtime=0))


def main():
    page = lambda name: (ROOT / "tests" / "html" / name / "input.html").read_bytes()
    with OUT.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record("sample.warc.gz", {"software": "warcio"}))
        req = StatusAndHeaders("GET /chrome HTTP/1.1", [("Host", "example.com")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record("https://example.com/chrome", "request", http_headers=req)
        )
        response(writer, "https://example.com/chrome", page("article-with-chrome"))
        response(
            writer,
            "https://example.org/cafe",
            LATIN1_PAGE.replace("\u2019", "'").encode("windows-1252"),
            content_type="text/html; charset=windows-1252",
        )
        response(writer, "https://example.com/logo.png", b"\x89PNG\r\n\x1a\n....", content_type="image/png")
        response(writer, "https://example.com/old", b"<a href='/new'>Moved</a>", status="301 Moved Permanently")
        raw_response(out, "https://example.com/broken", b"this is not an HTTP message at all")
        response(writer, "https://example.com/table", page("data-table"))
        writer.write_record(
            writer.create_warc_record(
                "https://example.com/table",
                "metadata",
                payload=io.BytesIO(b"fetchTimeMs: 12\r\n"),
                warc_content_type="application/warc-fields",
            )
        )
        response(writer, "https://example.com/empty", b"<html><body>   </body></html>")
        response(writer, "https://example.com/split", page("split-body"), content_type=None)


if __name__ == "__main__":
    main()
