"""The Spark example on local[2], when PySpark and Java are installed."""

import json
import shutil
import sys

import pytest

import copydesk
from conftest import ROOT, WARC


def test_spark_example_on_local_2(tmp_path, monkeypatch):
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("Java is not installed")
    from pyspark.sql import SparkSession

    # Python workers must run the interpreter that has copydesk installed (the venv's, not PATH's python3).
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    sys.path.insert(0, str(ROOT / "python" / "examples"))
    import spark_warc

    spark = SparkSession.builder.master("local[2]").appName("copydesk-test").getOrCreate()
    try:
        count = spark_warc.run(spark, str(tmp_path / "out"), [str(WARC), str(WARC)])
    finally:
        spark.stop()
    rows = [json.loads(l) for f in sorted((tmp_path / "out").glob("part-*")) for l in f.read_text().splitlines()]
    expected = [a.body for a in copydesk.iter_warc(WARC)]
    assert count == len(rows) == 2 * len(expected)
    assert sorted(r["body"] for r in rows) == sorted(expected * 2)
