#!/usr/bin/env python3
"""tool_text.py: HTML pages as other page-to-text tools print them, to check that text mode reads a
page the same whichever tool dumped it (input side only: no answer is read).

usage: tool_text.py HTML_DIR OUT_DIR
       (needs: pip install inscriptis html2text beautifulsoup4 resiliparse)

HTML_DIR holds ID.html files, or ID/source.html (readability-pages), in any charset (UTF-8 when
valid, else as container_text.py decodes: BOM, declared charset, windows-1252). Writes, for each page:
OUT_DIR/insc-page/ID.txt   the page's <title>, a blank line, then inscriptis' text of the whole page
                           (every list entry bulleted "* " or "+ ", indented by its nesting);
OUT_DIR/md-page/ID.txt     the same with html2text (Markdown: bullets, [links](urls), # headings);
OUT_DIR/res-page/ID.txt    the same with resiliparse's extract_plain_text (main_content=False: the
                           whole page; lists bulleted "• " and indented), as web-corpus pipelines use;
OUT_DIR/insc-container/ID.txt, OUT_DIR/md-container/ID.txt
                           the first element matched by [itemprop=articleBody], article, [role=main],
                           main (else body), printed by each tool, as a scraper's article selector
                           hands it over.
Session 49 scored copydesk --json-map on these against the dev sets' truths, by site half.
"""
import html
import os
import re
import sys
from multiprocessing import Pool

import html2text
from bs4 import BeautifulSoup
from inscriptis import get_text
from resiliparse.extract.html2text import extract_plain_text

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from container_text import decode as declared_decode  # noqa: E402


def decode(raw):
    """UTF-8 when the bytes are valid UTF-8 (pages saved again as UTF-8 keep their old charset
    declaration), else as container_text.py decodes: BOM, declared charset, windows-1252."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return declared_decode(raw)

SELECTORS = ["[itemprop=articleBody]", "article", "[role=main]", "main", "body"]
OUT = {}


def markdown(fragment):
    writer = html2text.HTML2Text()
    writer.ignore_images = True
    writer.body_width = 0
    return writer.handle(fragment)


def title_of(page):
    m = re.search(r"<title[^>]*>(.*?)</title>", page, re.S | re.I)
    return html.unescape(re.sub(r"\s+", " ", m.group(1))).strip() if m else ""


def container_of(page):
    soup = BeautifulSoup(page, "html.parser")
    for tag in soup(["script", "style", "noscript", "template"]):
        tag.decompose()
    for selector in SELECTORS:
        element = soup.select_one(selector)
        if element is not None:
            return str(element)
    return page


def write(kind, key, text):
    with open(os.path.join(OUT["dir"], kind, key + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)


def render(item):
    key, path = item
    try:
        with open(path, "rb") as f:
            page = decode(f.read())
        title = title_of(page)
        head = title + "\n\n" if title else ""
        write("insc-page", key, head + get_text(page))
        write("md-page", key, head + markdown(page))
        write("res-page", key, head + extract_plain_text(page, main_content=False))
        container = container_of(page)
        write("insc-container", key, get_text(container))
        write("md-container", key, markdown(container))
    except Exception as e:  # a page a tool cannot print is left out, and said
        print(f"{key}: {e}", file=sys.stderr)


def pages(root):
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        if name.endswith(".html"):
            yield name[: -len(".html")], path
        elif os.path.isfile(os.path.join(path, "source.html")):
            yield name, os.path.join(path, "source.html")


def init(out_dir):
    OUT["dir"] = out_dir


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, out_dir = sys.argv[1], sys.argv[2]
    for kind in ["insc-page", "md-page", "res-page", "insc-container", "md-container"]:
        os.makedirs(os.path.join(out_dir, kind), exist_ok=True)
    with Pool(initializer=init, initargs=(out_dir,)) as pool:
        pool.map(render, list(pages(src)), chunksize=8)


if __name__ == "__main__":
    main()
