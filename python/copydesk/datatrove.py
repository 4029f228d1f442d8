"""A datatrove extractor step: `WarcReader → CopydeskExtractor → JsonlWriter`.

```python
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import WarcReader
from datatrove.pipeline.writers import JsonlWriter
from copydesk.datatrove import CopydeskExtractor

if __name__ == "__main__":  # the executor's worker processes import this script again
    LocalPipelineExecutor(pipeline=[
        WarcReader("s3://commoncrawl/crawl-data/CC-MAIN-2024-10/segments/", glob_pattern="*/warc/*"),
        CopydeskExtractor(),
        JsonlWriter("out/"),
    ], tasks=8).run()
```

The step holds only its options, so it pickles to Slurm and Ray workers unchanged; each worker builds its
own `copydesk.Pipeline` on first use. copydesk runs in linear time, so unlike the base extractor it cleans in
process, without a sandbox subprocess per worker.
"""

from __future__ import annotations

from typing import Any, Optional

from datatrove.pipeline.extractors.base import BaseExtractor

from . import Error, Pipeline

#: Article fields copied into the document's metadata when non-empty: article field → metadata key. The
#: publication date goes under `date_published`, since datatrove's readers keep the crawl date (WARC-Date)
#: in `metadata["date"]`; the other keys are the article's field names.
METADATA_FIELDS = {
    "title": "title",
    "byline": "byline",
    "date": "date_published",
    "site": "site",
    "language": "language",
    "canonical_url": "canonical_url",
    "description": "description",
}


class CopydeskExtractor(BaseExtractor):
    """Replaces each document's HTML `text` with the article body copydesk finds in it.

    Args:
        timeout: kept for datatrove's interface; copydesk does not need a per-document timeout.
        metadata: copy the article's title, byline, publication date (as `date_published`), site,
            language, canonical URL and description into `doc.metadata` (default True). The reader's
            `url` and `date` (the crawl date) are kept as they are.
        **options: `copydesk.Pipeline` options (language, typography, house_style, max_input_bytes, …).

    Documents whose page holds no article (or is empty, binary, too large) are dropped and counted in the
    step's stats under the error class name.
    """

    name = "📰 copydesk"
    _requires_dependencies = []

    def __init__(self, timeout: float = 1, metadata: bool = True, **options: Any):
        super().__init__(timeout)
        self.metadata = metadata
        self.options = options
        self._pipeline: Optional[Pipeline] = None
        Pipeline(**options)  # fail at construction on a bad option, not on the workers

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_pipeline"] = None  # built again on each worker
        return state

    @property
    def pipeline(self) -> Pipeline:
        """The worker's pipeline, built on first use."""
        if self._pipeline is None:
            self._pipeline = Pipeline(**self.options)
        return self._pipeline

    def extract(self, text: str) -> str:
        """The article body of an HTML page (datatrove's extractor interface)."""
        return self.pipeline.clean_html(text).body

    def run(self, data, rank: int = 0, world_size: int = 1):
        """Cleans every document in process, with its URL; drops documents without an article."""
        for doc in data:
            self.stat_update("total")
            with self.track_time():
                try:
                    article = self.pipeline.clean_html(doc.text, url=doc.metadata.get("url"))
                except Error as e:
                    self.stat_update(type(e).__name__)
                    continue
            doc.text = article.body
            if self.metadata:
                for field, key in METADATA_FIELDS.items():
                    value = getattr(article, field)
                    if value:
                        doc.metadata[key] = value
            if doc.text:
                self.stat_update("forwarded")
                self.update_doc_stats(doc)
                yield doc
