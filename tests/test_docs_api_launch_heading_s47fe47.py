"""documentation.docs (issue 12, s47 fe47 = antocreadev/data.castagnicciacasinca.fr): the README's launch steps have a heading per
service, "#### API REST (Port 8987)" over a block holding `uvicorn api:app --host 0.0.0.0 --port 8987 --reload` alone; the check
said "Found: API" from it. A heading over nothing but the command starting the API tells how to start it, documenting no route,
parameter or answer (the real case's API is still found, from the reference FastAPI serves). Near miss: an "API REST" chapter
listing its routes stays the API's documentation. Fixtures written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.docs"
API = ("from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.get('/sentiers')\ndef sentiers():\n    return []\n")


def _readme(api_chapter: str) -> dict:
    return {"api.py": API, "requirements.txt": "flask==3.0.3\ngunicorn==22.0.0\n",
            "README.md": "# Sentiers du canton\n\nTableau de bord des sentiers de randonnée.\n\n## Lancement\n\n"
                         "### Interface\n\n```bash\nstreamlit run app.py\n```\n\n" + api_chapter}


def test_a_heading_over_the_command_starting_the_api_is_no_api_documentation(tmp_path):
    r = check_result(tmp_path, _readme("### API REST (Port 8100)\n\n```bash\ncd services\ngunicorn --bind 0.0.0.0:8100 api:app\n```\n"), CID)
    assert "api" not in r["details"]["found"], (r["message"]["en"], r["evidence"])  # was: Found: API (README.md "API REST (Port 8100)")


def test_near_miss_an_api_chapter_listing_its_routes_stays(tmp_path):
    r = check_result(tmp_path, _readme("### API REST (Port 8100)\n\n```bash\ngunicorn --bind 0.0.0.0:8100 api:app\n```\n\n"
                                       "- `GET /sentiers` : la liste des sentiers, avec leur longueur et leur difficulté\n"), CID)
    assert "api" in r["details"]["found"], (r["message"]["en"], r["evidence"])
