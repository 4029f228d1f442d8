#!/usr/bin/env python3
"""A naive scraper's whole-page text of HTML pages: what copydesk's text mode meets when a caller hands
over a page's visible text without an article selector.

Scripts, styles, templates and the head (but its title) are dropped; list items, table cells and line
breaks end a line; other block elements end a paragraph (a blank line). Standard library only.

usage: page_text.py HTML_DIR OUT_DIR [--every-line-apart]

With --every-line-apart every block ends with a blank line (`get_text("\\n\\n")`'s shape). Used to turn
`multilingual-dev/pages` into a whole-page text set that no text rule was tuned on; score the output of
`copydesk --json-map OUT_DIR` with `score_snippets.py multilingual-dev/evaldata.json`.
"""
import os
import re
import sys
from html.parser import HTMLParser

SKIP = {"script", "style", "noscript", "template", "svg", "iframe", "object"}
LINE = {"li", "br", "tr", "td", "th", "option", "dt", "dd"}
BLOCK = {"p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
         "header", "footer", "nav", "aside", "main", "blockquote", "pre", "dl", "form", "figure",
         "figcaption", "hr", "title", "button", "label"}


class PageText(HTMLParser):
    def __init__(self, every_line_apart):
        super().__init__(convert_charrefs=True)
        self.out, self.skip, self.in_head, self.in_title = [], 0, False, False
        self.line = "\n\n" if every_line_apart else "\n"

    def _break(self, tag):
        if tag in LINE:
            self.out.append(self.line)
        elif tag in BLOCK:
            self.out.append("\n\n")

    def handle_starttag(self, tag, attrs):
        if tag == "head":
            self.in_head = True
        elif tag == "title":
            self.in_title = True
        elif tag in SKIP:
            self.skip += 1
        if tag != "title":
            self._break(tag)

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False
        elif tag == "title":
            self.in_title = False
            self.out.append("\n\n")
        elif tag in SKIP:
            self.skip = max(0, self.skip - 1)
        self._break(tag)

    def handle_data(self, data):
        if not self.skip and (self.in_title or not self.in_head):
            self.out.append(data)


def decode(raw):
    declared = re.search(rb"charset=[\"']?([\w-]+)", raw[:4096], re.I)
    for encoding in ([declared.group(1).decode("ascii", "replace")] if declared else []) + ["utf-8"]:
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    return raw.decode("utf-8", "replace")


def page_text(html, every_line_apart=False):
    parser = PageText(every_line_apart)
    parser.feed(html)
    parser.close()
    text = re.sub(r"[ \t\r\f\v\xa0]+", " ", "".join(parser.out))
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def main(argv):
    if len(argv) < 3:
        raise SystemExit(__doc__)
    src, dst, apart = argv[1], argv[2], "--every-line-apart" in argv
    os.makedirs(dst, exist_ok=True)
    for name in sorted(os.listdir(src)):
        if name.endswith((".html", ".htm")):
            raw = open(os.path.join(src, name), "rb").read()
            out = os.path.join(dst, os.path.splitext(name)[0] + ".txt")
            open(out, "w", encoding="utf-8").write(page_text(decode(raw), apart))


if __name__ == "__main__":
    main(sys.argv)
