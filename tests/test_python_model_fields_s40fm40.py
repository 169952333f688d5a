"""scaling.personal-data (issue 12, s40 fm40 = reader ri40, georchestra/maelstro): a FastAPI service logs who ran each
synchronisation in a SQLAlchemy declarative class of its logging module (``class Log(Base): __tablename__ = "logs"``,
``first_name = Column(String)``, ``last_name = Column(String)``) and returns them through a pydantic model of its models.py
(``class LogRecord(BaseModel): first_name: str``), yet "3 models read: no personal-data field". A pydantic model's annotated fields
and a SQLAlchemy model wherever its module sits are models. Near miss: a pydantic settings model of hosts and ports holds none."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

LOGGER = ("from sqlalchemy import Column, Integer, String\nfrom sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n\n\n"
          "class Entry(Base):\n    __tablename__ = \"entries\"\n\n    id = Column(Integer, primary_key=True)\n"
          "    first_name = Column(String, nullable=False, default=\"\")\n    last_name = Column(String, nullable=False, default=\"\")\n"
          "    status_code = Column(Integer)\n")
RECORD = ("from pydantic import BaseModel\n\n\nclass EntryRecord(BaseModel):\n    id: int\n    first_name: str\n    last_name: str\n"
          "    status_code: int\n")
SETTINGS = ("from pydantic import BaseModel\n\n\nclass Platform(BaseModel):\n    host: str\n    port: int = 5432\n    schema_name: str\n"
            "    timeout: int = 30\n")
PLAIN_LOGGER = ("from sqlalchemy import Column, Integer, String\nfrom sqlalchemy.orm import declarative_base\n\nBase = declarative_base()\n\n\n"
                "class Entry(Base):\n    __tablename__ = \"entries\"\n\n    id = Column(Integer, primary_key=True)\n"
                "    dataset_uuid = Column(String)\n    status_code = Column(Integer)\n")
CHECKS = ["scaling.personal-data"]


def _app(logger: str, models: str) -> dict:
    return {"README.md": "# Synchro\n\nSynchronise des métadonnées entre plateformes.\n", "requirements.txt": "fastapi==0.110.0\nsqlalchemy==2.0.0\n",
            "backend/app/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n", "backend/app/logging/db_logger.py": logger,
            "backend/app/common/models.py": models}


def test_a_sqlalchemy_model_outside_models_py_is_read(tmp_path):
    _, res = kind_and_results(tmp_path, _app(LOGGER, SETTINGS), CHECKS)
    r = res["scaling.personal-data"]
    assert "Personal data in" in r["message"]["en"] and "db_logger.py" in str(r["evidence"]), r


def test_a_pydantic_model_s_annotated_fields_are_read(tmp_path):
    _, res = kind_and_results(tmp_path, _app(PLAIN_LOGGER, RECORD), CHECKS)
    r = res["scaling.personal-data"]
    assert "Personal data in" in r["message"]["en"] and "models.py" in str(r["evidence"]), r


def test_settings_of_hosts_and_ports_hold_none(tmp_path):
    _, res = kind_and_results(tmp_path, _app(PLAIN_LOGGER, SETTINGS), CHECKS)
    r = res["scaling.personal-data"]
    assert r["status"] == "pass" and "Personal data in" not in r["message"]["en"], r
