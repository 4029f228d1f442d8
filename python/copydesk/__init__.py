"""copydesk: strips a news site's cruft from scraped articles and puts the text into one house style.

>>> import copydesk
>>> article = copydesk.Pipeline().clean_text("Headline\\n\\nBody text of the story.\\n\\nADVERTISEMENT")
>>> article.title, article.body
('Headline', 'Body text of the story.')

`Pipeline` is built once and reused; cleaning releases the GIL. Errors are `copydesk.Error` subclasses.
`iter_warc(path)` cleans the HTML responses of a WARC file. `copydesk.datatrove.CopydeskExtractor` is a
datatrove extractor step.
"""

from ._copydesk import (
    Article,
    ConfigError,
    EmptyInputError,
    Error,
    InternalError,
    NoArticleError,
    NotTextError,
    Pipeline,
    TooLargeError,
    UndecodableError,
    WarcError,
    WarcIterator,
    __version__,
    iter_warc,
)

__all__ = [
    "Article",
    "ConfigError",
    "EmptyInputError",
    "Error",
    "InternalError",
    "NoArticleError",
    "NotTextError",
    "Pipeline",
    "TooLargeError",
    "UndecodableError",
    "WarcError",
    "WarcIterator",
    "__version__",
    "iter_warc",
]
