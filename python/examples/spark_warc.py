"""Cleans the HTML responses of WARC files with PySpark and writes JSON Lines.

    python examples/spark_warc.py OUT_DIR FILE.warc.gz [FILE.warc.gz ...]      # local[*]
    spark-submit --master yarn examples/spark_warc.py s3a://bucket/out s3a://.../*.warc.gz   # a cluster

Each WARC file is one task; each partition builds one `copydesk.Pipeline` and cleans its files with it
(`mapPartitions`). On a cluster every executor needs `pip install copydesk` (or the wheel) and the files must
be readable from the executors: local paths for `local[*]`, shared storage otherwise (for S3, copy each file
to local disk in `articles_of_partition` first).
"""

import json
import sys


def articles_of_partition(paths):
    """Every article of the WARC files of one partition, as JSON lines; one Pipeline per partition."""
    import copydesk

    pipeline = copydesk.Pipeline()
    for path in paths:
        for article in copydesk.iter_warc(path, pipeline=pipeline):
            yield json.dumps(
                {
                    "url": article.url,
                    "title": article.title,
                    "byline": article.byline,
                    "date": article.date,
                    "language": article.language,
                    "body": article.body,
                },
                ensure_ascii=False,
            )


def run(spark, out_dir, paths):
    """Cleans `paths` (one partition per file) and saves the JSON lines under `out_dir`; returns the count."""
    # Ship this file to the executors: they unpickle articles_of_partition by its module name.
    spark.sparkContext.addPyFile(__file__)
    lines = spark.sparkContext.parallelize(paths, numSlices=max(1, len(paths))).mapPartitions(articles_of_partition)
    lines.cache()
    lines.saveAsTextFile(out_dir)
    return lines.count()


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    import os

    from pyspark.sql import SparkSession

    # Local workers run this interpreter, which has copydesk installed (a cluster sets PYSPARK_PYTHON itself).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = SparkSession.builder.appName("copydesk-warc").master("local[*]").getOrCreate()
    try:
        print(f"{run(spark, argv[1], argv[2:])} articles written to {argv[1]}")
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
