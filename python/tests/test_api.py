"""The Python API against the Rust example binary on the shipped fixtures: the same bytes out."""

import json
import subprocess
import threading

import pytest

import copydesk
from conftest import ROOT

TEXT_FIXTURES = sorted((ROOT / "tests" / "fixtures").glob("*.input.txt"))
GOLDEN_TEXT = sorted((ROOT / "tests" / "golden").glob("*/input.txt"))
HTML_FIXTURES = sorted((ROOT / "tests" / "html").glob("*/input.html")) + sorted(
    (ROOT / "tests" / "golden").glob("*/input.html")
)
ALL = TEXT_FIXTURES + GOLDEN_TEXT + HTML_FIXTURES


def test_there_are_fixtures():
    assert len(TEXT_FIXTURES) >= 5 and len(HTML_FIXTURES) >= 5


@pytest.mark.parametrize("path", ALL, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_text_matches_rust(cli, path):
    rust = subprocess.run([cli, "--no-batch", str(path)], capture_output=True, check=True).stdout.decode()
    ct = "text/html" if path.suffix == ".html" else None
    article = copydesk.Pipeline().clean_bytes(path.read_bytes(), content_type=ct)
    assert article.text == rust


@pytest.mark.parametrize("path", ALL, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_json_record_matches_rust(cli, path):
    rust = json.loads(subprocess.run([cli, "--no-batch", "--json", str(path)], capture_output=True, check=True).stdout)
    ct = "text/html" if path.suffix == ".html" else None
    # --json credits every block the body locator leaves out to the cleaner that would drop it.
    a = copydesk.Pipeline(name_located_cruft=True).clean_bytes(path.read_bytes(), content_type=ct)
    assert a.body == rust["articleBody"]
    assert (a.title, a.byline, a.date, a.site, a.language) == (
        rust["title"], rust["byline"], rust["date"], rust["site"], rust["language"])
    assert [(r["stage"], r["text"]) for r in a.removals] == [(r["stage"], r["text"]) for r in rust["removals"]]
    assert [(c["stage"], c["from"], c["to"]) for c in a.changes] == [
        (c["stage"], c["from"], c["to"]) for c in rust["changes"]]


@pytest.mark.parametrize("path", HTML_FIXTURES, ids=lambda p: p.parent.name)
def test_clean_html_str_and_bytes_agree(path):
    page = path.read_bytes()
    p = copydesk.Pipeline()
    from_bytes = p.clean_html(page, content_type="text/html; charset=utf-8")
    from_str = p.clean_html(page.decode("utf-8"))
    assert from_bytes.to_dict() == from_str.to_dict()
    expected_md = path.parent / "expected.md"
    if expected_md.exists():
        assert from_str.markdown == expected_md.read_text()


def test_simple_text():
    a = copydesk.Pipeline().clean_text("Headline\n\nBody text of the story.\n\nADVERTISEMENT")
    assert a.title == "Headline"
    assert a.body == "Body text of the story."
    assert a.text == "Headline\n\nBody text of the story.\n"
    assert [r["text"] for r in a.removals] == ["ADVERTISEMENT"]
    d = a.to_dict()
    json.dumps(d)
    assert d["body"] == a.body and d["removals"][0]["stage"] == a.removals[0]["stage"]
    # One schema: the command's --json record, with `body` kept beside `articleBody`.
    assert d["schemaVersion"] == 1 and d["articleBody"] == a.article_body == a.body
    assert d["blocks"][0]["kind"] == "paragraph" and d["input"]["decidedBy"] == "detected"


def test_inline_markup_and_focus():
    page = ('<article><p>The council <a href="/budget">approved the budget</a> on <b>Monday</b>, '
            'after a long debate that ran late into the night.</p></article>')
    a = copydesk.Pipeline(inline_markup=True).clean_html(page)
    assert "[approved the budget](/budget)" in a.to_markdown(links=True)
    assert "**Monday**" in a.to_markdown(formatting=True)
    assert a.to_markdown() == a.markdown
    assert a.to_dict()["blocks"][0]["inlines"][0]["href"] == "/budget"
    assert copydesk.Pipeline(focus="precision", tables=False).clean_html(page).body == a.body


def test_url_and_charset():
    page = "<title>Café</title><p>Café owners reopened their terraces on Monday, after a long and quiet winter.</p>"
    a = copydesk.Pipeline().clean_html(
        page.encode("windows-1252"), url="https://example.com/a", content_type="text/html; charset=windows-1252")
    assert a.url == "https://example.com/a"
    assert a.body.startswith("Café owners")


def test_errors_are_a_hierarchy():
    p = copydesk.Pipeline()
    with pytest.raises(copydesk.EmptyInputError):
        p.clean_text("   \n ")
    with pytest.raises(copydesk.TooLargeError):
        copydesk.Pipeline(max_input_bytes=10).clean_text("A long enough text to be over the limit.")
    with pytest.raises(copydesk.ConfigError):
        copydesk.Pipeline(typography="fancy")
    with pytest.raises(copydesk.ConfigError):
        copydesk.Pipeline(remove=["no-such-stage"])
    with pytest.raises(copydesk.UndecodableError):
        # A UTF-16 byte order mark before UTF-8 bytes.
        copydesk.Pipeline().clean_bytes(b"\xff\xfe<p>Caf\xc3\xa9 owners reopened their terraces.</p>")
    for cls in (copydesk.EmptyInputError, copydesk.TooLargeError, copydesk.NotTextError,
                copydesk.NoArticleError, copydesk.ConfigError, copydesk.WarcError,
                copydesk.UndecodableError, copydesk.InternalError):
        assert issubclass(cls, copydesk.Error)
    with pytest.raises(TypeError):
        p.clean_html(42)


def test_options_change_the_output():
    text = 'Headline\n\nShe said "it\'s over" -- and left.'
    assert copydesk.Pipeline().clean_text(text).body == 'She said "it\'s over" -- and left.'
    assert copydesk.Pipeline(typography="smart").clean_text(text).body != copydesk.Pipeline().clean_text(text).body
    assert "share-prompt" in copydesk.Pipeline().cleaners
    assert "share-prompt" not in copydesk.Pipeline(remove=["share-prompt"]).cleaners
    french = ("Titre\n\nLe conseil municipal a adopté lundi le nouveau budget après un long débat qui a duré "
              "jusque tard dans la nuit.\n\nL'opposition a déclaré que le plan augmenterait les impôts de tous "
              "les habitants de la ville.")
    assert copydesk.Pipeline().clean_text(french).language == "fr"
    assert copydesk.Pipeline(detect_language=False).clean_text(french).language is None
    page = ("Home\nNews\nSport\nWeather\nCulture\nTravel\n\nStorm hits coast\n\nThe storm reached the coast "
            "on Monday night, cutting power to thousands of homes.\n\nCrews worked through the night to restore "
            "it, the utility said on Tuesday morning.\n\nLeave a Reply\n")
    named = copydesk.Pipeline(input="page").clean_text(page)
    unnamed = copydesk.Pipeline(input="page", name_located_cruft=False).clean_text(page)
    assert named.input["kind"] == "page" and named.input["decided_by"] == "option"
    assert copydesk.Pipeline().clean_text(page).input["decided_by"] == "detected"
    assert named.body == unnamed.body
    credit = lambda a: [r["stage"] for r in a.removals if r["text"] == "Leave a Reply"]
    assert credit(named) == ["comment-form"] and credit(unnamed) == ["body-locator"]


def test_batch_returns_articles_and_errors_in_order():
    out = copydesk.Pipeline().clean_batch(
        ["Headline\n\nBody one of the story.", "  ", ("<p>It rained all day over the valley, and the river rose.</p>", "https://x.org/a")])
    assert isinstance(out[0], copydesk.Article) and out[0].body == "Body one of the story."
    assert isinstance(out[1], copydesk.EmptyInputError)
    assert out[2].url == "https://x.org/a"


def test_threads_share_a_pipeline():
    p = copydesk.Pipeline()
    pages = [path.read_bytes() for path in HTML_FIXTURES] * 20
    expected = [p.clean_html(page).body for page in pages]
    results = [None] * len(pages)

    def work(start):
        for i in range(start, len(pages), 4):
            results[i] = p.clean_html(pages[i]).body

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == expected
