"""reusability.territory-neutral (issue 12, s40 fm40 = reader ri40, georchestra/maelstro): a FastAPI service keeps a sample log
record in its models module (``sample_log_records = [{"src_title": "Plan vélo de Rennes Métropole", …}]``) used only as the
documented example of its GET /logs response (``responses={200: {"content": {"application/json": {"example": sample_log_records}}}}``);
the check warned on a value hard-coded for one territory. A constant whose every use is an API documentation example is an example.
Near miss: the same constant also used by the code (returned as a default) keeps its value judged."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CID = "reusability.territory-neutral"
MODELS = ('from pydantic import BaseModel\n\n\nclass LogRecord(BaseModel):\n    id: int\n    src_title: str\n\n\n'
          'sample_log_records = [\n    {\n        "id": 1,\n        "src_title": "Plan vélo de Rennes Métropole",\n    },\n]\n')
MAIN = ('from fastapi import FastAPI\n\nfrom app.models import (\n    LogRecord,\n    sample_log_records,\n)\n\napp = FastAPI()\n\n\n'
        '@app.get(\n    "/logs",\n    responses={\n        200: {\n            "content": {\n'
        '                "application/json": {"example": sample_log_records},\n            }\n        },\n    },\n)\n'
        'def logs() -> list[LogRecord]:\n    return read_logs()\n')
USED = MAIN.replace("    return read_logs()\n", "    return read_logs() or sample_log_records\n")


def _judge(tmp_path, main, name):
    files = {"README.md": "# Synchro\n\nSynchronise des métadonnées.\n", "requirements.txt": "fastapi==0.110.0\n",
             "app/models.py": MODELS, "app/main.py": main}
    return results(run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=[CID]))[CID]


def test_a_sample_shown_only_as_an_api_example_is_no_territory_value(tmp_path):
    r = _judge(tmp_path, MAIN, "doc")
    assert "app/models.py" not in str(r["evidence"]), r  # was warn: "Rennes Métropole" in models.py


def test_the_same_constant_used_by_the_code_stays_judged(tmp_path):
    r = _judge(tmp_path, USED, "used")
    assert "app/models.py" in str(r["evidence"]), r
