"""interoperability.data-standards: a format named only in commented-out code is not read or written (issue 12, s14 r2
gouv-nc-data/postgresql-to-bigquery-template: a Dataflow pipeline reading PostgreSQL and writing BigQuery said "open formats:
Parquet" from a class kept in '#' comments; a live call still counts)."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

PIPELINE = ("import apache_beam as beam\n\n"
            "# class WriteParquet(beam.DoFn):\n"
            "#     def process(self, df):\n"
            "#         df.write_parquet(stream,\n"
            "#                          compression='snappy')\n\n"
            "def run(options):\n"
            "    with beam.Pipeline(options=options) as p:\n"
            "        p | beam.Create([1]) | beam.Map(print)\n")


def _formats(repo, tmp_path, files):
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["interoperability.data-standards"]))
    return report["results"][0]["message"]["en"]


def test_parquet_only_in_commented_out_code_is_no_format(repo, tmp_path):
    msg = _formats(repo, tmp_path, {"src/pipeline.py": PIPELINE, "setup.py": "from setuptools import setup\nsetup(name='p')\n"})
    assert "Parquet" not in msg, msg


def test_parquet_written_by_live_code_counts(repo, tmp_path):
    live = PIPELINE + "\n\ndef save(df, path):\n    df.to_parquet(path)\n"
    msg = _formats(repo, tmp_path, {"src/pipeline.py": live, "setup.py": "from setuptools import setup\nsetup(name='p')\n"})
    assert "Parquet" in msg, msg
