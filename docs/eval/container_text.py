#!/usr/bin/env python3
"""container_text.py: an article container's text and a whole page's body text of HTML pages, as a
scraper's article selector and a naive body dump hand them over (input side only: no answer is read).

usage: container_text.py HTML_DIR OUT_DIR

OUT_DIR/mlc/ID.txt: container text, the first element matched by [itemprop=articleBody], article,
            [role=main], main (tried in that order; else body), blocks parted by blank lines.
OUT_DIR/mlw/ID.txt: the body's visible text (no script/style/noscript/template), one line per block.
Decoding: BOM, else the charset the page declares (meta charset / http-equiv), else UTF-8,
falling back to windows-1252 when UTF-8 does not decode.
"""
import codecs
import os
import re
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr", "keygen"}
SKIP = {"script", "style", "noscript", "template"}
BLOCKS = {"p", "div", "section", "article", "main", "aside", "nav", "header", "footer",
          "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt",
          "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
          "caption", "figure", "figcaption", "br", "hr", "form", "fieldset", "legend",
          "address", "details", "summary", "option", "select", "textarea", "body", "html"}
# elements a new start of the same kind closes (HTML's implied end tags, roughly)
SELF_CLOSE = {"p": {"p"}, "li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"},
              "tr": {"tr"}, "td": {"td", "th"}, "th": {"td", "th"}, "option": {"option"}}
P_CLOSERS = BLOCKS - {"br", "td", "th", "tr", "option", "body", "html"}


class Node:
    __slots__ = ("tag", "attrs", "kids", "parent")

    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.kids, self.parent = tag, attrs, [], parent


class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        closes = SELF_CLOSE.get(tag, set())
        if tag in P_CLOSERS:
            closes = closes | {"p"}
        if closes:
            # close an open element of those kinds when it is the nearest block ancestor
            for i in range(len(self.stack) - 1, 0, -1):
                t = self.stack[i].tag
                if t in closes:
                    del self.stack[i:]
                    break
                if t in ("ul", "ol", "dl", "table", "div", "section", "article", "select",
                         "blockquote", "main", "body"):
                    break
        node = Node(tag, {k: (v or "") for k, v in attrs}, self.stack[-1])
        self.stack[-1].kids.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        node = Node(tag, {k: (v or "") for k, v in attrs}, self.stack[-1])
        self.stack[-1].kids.append(node)

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        self.stack[-1].kids.append(data)


def walk(node):
    yield node
    for k in node.kids:
        if isinstance(k, Node):
            yield from walk(k)


def find(root, pred):
    for n in walk(root):
        if pred(n):
            return n
    return None


def container(root):
    sels = [lambda n: n.attrs.get("itemprop", "").strip().lower() == "articlebody"
            or "articlebody" in n.attrs.get("itemprop", "").lower().split(),
            lambda n: n.tag == "article",
            lambda n: n.attrs.get("role", "").strip().lower() == "main",
            lambda n: n.tag == "main",
            lambda n: n.tag == "body"]
    for s in sels:
        n = find(root, s)
        if n is not None:
            return n
    return root


def blocks(node):
    parts = []

    def rec(n):
        for k in n.kids:
            if isinstance(k, str):
                parts.append(k)
            elif k.tag in SKIP or k.tag == "head":
                continue
            elif k.tag in BLOCKS:
                parts.append("\n\n")
                rec(k)
                parts.append("\n\n")
            elif k.tag == "img":
                continue
            else:
                rec(k)

    rec(node)
    out = []
    for p in "".join(parts).split("\n\n"):
        t = " ".join(p.split())
        if t:
            out.append(t)
    return out


def decode(raw):
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom):
            return raw[len(bom):].decode(enc, errors="replace")
    head = raw[:65536]
    m = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w:.-]+)", head, re.I)
    if m:
        enc = m.group(1).decode("ascii", "replace").lower()
        if enc in ("iso-8859-1", "latin-1", "us-ascii", "ascii"):
            enc = "windows-1252"  # as browsers read them
        if enc == "gb2312":
            enc = "gb18030"
        try:
            return raw.decode(enc, errors="replace")
        except LookupError:
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("windows-1252", errors="replace")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    SRC, OUT = sys.argv[1], sys.argv[2]
    os.makedirs(f"{OUT}/mlc", exist_ok=True)
    os.makedirs(f"{OUT}/mlw", exist_ok=True)
    stats = {}
    for name in sorted(os.listdir(SRC)):
        if not re.search(r"\.html?$", name):
            continue
        key = re.sub(r"\.html?$", "", name)
        t = Tree()
        html = decode(open(os.path.join(SRC, name), "rb").read())
        # a browser drops NUL in text; "</script" closed by a later ">" ends the script
        # (html.parser would read the rest of the page as script)
        html = re.sub(r"</script(\s+)(?=<)", r"</script>\1", html.replace("\0", ""), flags=re.I)
        t.feed(html)
        t.close()
        c = container(t.root)
        kind = "itemprop" if "articlebody" in c.attrs.get("itemprop", "").lower() else c.tag
        stats[kind] = stats.get(kind, 0) + 1
        body = find(t.root, lambda n: n.tag == "body") or t.root
        with open(f"{OUT}/mlc/{key}.txt", "w", encoding="utf-8") as f:
            f.write("\n\n".join(blocks(c)) + "\n")
        with open(f"{OUT}/mlw/{key}.txt", "w", encoding="utf-8") as f:
            f.write("\n".join(blocks(body)) + "\n")
    print(stats, file=sys.stderr)


if __name__ == "__main__":
    main()
