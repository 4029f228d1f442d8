"""Pages per second: copydesk from Python, trafilatura, and the Rust API (the example binary), same pages.

    python python/bench/throughput.py [PAGES_DIR] [--repeat N] [--cli PATH]

PAGES_DIR holds `ID/source.html` or `*.html` pages; default `../shared/corpus/readability-pages` beside the
repository, else the repository's own HTML fixtures. Needs the `copydesk` wheel installed, `trafilatura`
for its rows (skipped when missing), and the example binary built with `--features warc` (built if missing).

Rows: one core (a single thread / process; the Rust binary pinned with `taskset -c 0`) and all cores
(Python threads sharing one Pipeline, since cleaning releases the GIL; trafilatura in a process pool,
since it holds the GIL; the Rust binary's own threads). The Rust binary and `iter_warc` read the same pages
from an uncompressed WARC written to a temporary file, so they include WARC parsing (and the binary JSON
output); `clean_html` rows clean bytes already in memory.
"""

import argparse
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load_pages(directory):
    pages = sorted(directory.glob("*/source.html")) + sorted(directory.glob("*.html"))
    if not pages:
        pages = sorted((ROOT / "tests" / "html").glob("*/input.html")) + sorted(
            (ROOT / "tests" / "golden").glob("*/input.html"))
    return [p.read_bytes() for p in pages]


def write_warc(pages, path):
    """An uncompressed WARC with one `response` record per page."""
    with open(path, "wb") as out:
        for i, page in enumerate(pages):
            http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
            head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/{i}\r\n"
                    f"WARC-Record-ID: <urn:uuid:{i:032x}>\r\nContent-Type: application/http; msgtype=response\r\n"
                    f"Content-Length: {len(http)}\r\n\r\n").encode()
            out.write(head + http + b"\r\n\r\n")


def timed(fn):
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def copydesk_one(pages):
    import copydesk
    p = copydesk.Pipeline()
    for page in pages:
        try:
            p.clean_html(page, content_type="text/html")
        except copydesk.Error:
            pass


def copydesk_threads(pages, n):
    import copydesk
    p = copydesk.Pipeline()

    def work(k):
        for page in pages[k::n]:
            try:
                p.clean_html(page, content_type="text/html")
            except copydesk.Error:
                pass

    with ThreadPoolExecutor(n) as pool:
        list(pool.map(work, range(n)))


def copydesk_warc(path):
    import copydesk
    for _ in copydesk.iter_warc(path):
        pass


def trafilatura_page(page):
    import trafilatura
    return trafilatura.extract(page.decode("utf-8", "replace"))


def trafilatura_one(pages):
    for page in pages:
        trafilatura_page(page)


def trafilatura_pool(pages, n):
    with multiprocessing.Pool(n) as pool:
        pool.map(trafilatura_page, pages, chunksize=8)


def rust(cli, warc, one_core):
    cmd = [cli, "--warc", str(warc)]
    if one_core and shutil.which("taskset"):
        cmd = ["taskset", "-c", "0"] + cmd
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pages", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "readability-pages"))
    ap.add_argument("--repeat", type=int, default=5, help="pass over the pages this many times")
    ap.add_argument("--cli", default=str(ROOT / "target" / "release" / "copydesk"))
    args = ap.parse_args()
    if not Path(args.cli).exists():
        subprocess.run(["cargo", "build", "--release", "--features", "cli,warc", "--bin", "copydesk"], cwd=ROOT,
                       check=True)
    pages = load_pages(Path(args.pages)) * args.repeat
    cores = os.cpu_count() or 1
    try:
        import trafilatura  # noqa: F401
        have_trafilatura = True
    except ImportError:
        have_trafilatura = False
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "pages.warc"
        write_warc(pages, warc)
        rows = [
            ("Rust API (example binary, --warc)", lambda: rust(args.cli, warc, True), lambda: rust(args.cli, warc, False)),
            ("copydesk Python, clean_html", lambda: copydesk_one(pages), lambda: copydesk_threads(pages, cores)),
            ("copydesk Python, iter_warc", lambda: copydesk_warc(warc), None),
        ]
        if have_trafilatura:
            rows.append(("trafilatura.extract", lambda: trafilatura_one(pages), lambda: trafilatura_pool(pages, cores)))
        results = {}
        print(f"{len(pages)} pages ({len(pages) // args.repeat} distinct x {args.repeat}), {cores} cores")
        print(f"| {'':36} | {'1 core pages/s':>15} | {f'{cores} cores pages/s':>16} |")
        print(f"|{'-' * 38}|{'-' * 17}|{'-' * 18}|")
        for name, one, many in rows:
            r1 = len(pages) / timed(one)
            rn = len(pages) / timed(many) if many else float("nan")
            results[name] = (r1, rn)
            print(f"| {name:36} | {r1:15.0f} | {rn:16.0f} |", flush=True)
        rust1 = results[rows[0][0]][0]
        py1 = results[rows[1][0]][0]
        print(f"\nRust / Python on one core: {rust1 / py1:.2f}x")
        if have_trafilatura:
            t1 = results["trafilatura.extract"][0]
            print(f"copydesk Python / trafilatura on one core: {py1 / t1:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
