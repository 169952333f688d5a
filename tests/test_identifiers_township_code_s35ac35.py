"""interoperability.identifiers (issue 12, s35 ac35 = naturalsolutions/ecoteka): every tree of the FastAPI back end carries its
commune's code as `townshipCode: Optional[int]` in a pydantic model — "township" the English for the French commune, labelled
"Code INSEE" in the interface — and the check said "not_applicable: The service handles no detectable local-government or
company identifier". A commune code field named in English (townshipCode, municipality_code) and typed, Optional[…] too, is an
identifier field. Near miss: a field named otherwise (township: Optional[str], the commune's name) is none."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.identifiers"

SCHEMA = """from typing import Optional

from pydantic import BaseModel


class TreeBase(BaseModel):
    scientificName: Optional[str]
    height: Optional[float]
    townshipCode: Optional[int]
    properties: Optional[dict]
"""

FILES = {"requirements.txt": "fastapi==0.65.1\npydantic\n",
         "app/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get('/trees')\ndef trees():\n    return []\n"}


def test_an_english_commune_code_field_is_an_identifier(tmp_path):
    r = check_result(tmp_path, {**FILES, "app/schemas/tree.py": SCHEMA}, CID)
    assert r["status"] != "not_applicable", r["message"]
    assert "townshipcode" in r["message"]["en"].lower(), r["message"]


def test_a_communes_name_field_is_none(tmp_path):
    r = check_result(tmp_path, {**FILES, "app/schemas/tree.py": SCHEMA.replace("townshipCode: Optional[int]", "township: Optional[str]")}, CID)
    assert r["status"] == "not_applicable", r["message"]
