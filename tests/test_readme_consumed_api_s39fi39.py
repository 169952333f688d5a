"""documentation.readme-sections (issue 12, s39 fi39 = reader ma39, CACEM-TEAM/decacem).

A waste-collection web application's README has a chapter "## 📡 API" that says which API the application calls ("L'application
utilise l'API de l'agglomération :" over the two endpoints, on another host): the data source it depends on. It was taken as the
usage. A bare "API" chapter saying the project uses another's API, and nothing of one it serves, is no usage.
Near miss: an "## API" chapter documenting the API the project exposes ("L'application expose l'API suivante", GET on localhost)
stays the usage.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

README = ("# Collecte des déchets\n\nApplication web de consultation du calendrier de collecte des déchets.\n\n## 🚀 Fonctionnalités\n\n"
          "- Recherche d'adresse\n- Carte interactive\n\n## 📡 API\n\nL'application utilise l'API de l'agglomération :\n"
          "- Endpoint V2 : `https://api.agglo.example/api/v2/dechets/passages` (dates exactes)\n"
          "- Endpoint V1 : `https://api.agglo.example/api/v1/dechets/passages` (jours de la semaine)\n\n## 🎨 Types de déchets\n\n"
          "- **DV** : Déchets Verts\n")
SERVED = README.replace("L'application utilise l'API de l'agglomération :\n- Endpoint V2 : `https://api.agglo.example/api/v2/dechets/passages` "
                        "(dates exactes)\n- Endpoint V1 : `https://api.agglo.example/api/v1/dechets/passages` (jours de la semaine)\n",
                        "L'application expose l'API suivante :\n\n```\ncurl http://localhost:3000/api/passages?commune=97209\n```\n")


def found_sections(tmp_path, readme):
    files = {"README.md": readme, "src/main.js": "import { createApp } from 'vue'\ncreateApp({}).mount('#app')\n",
             "package.json": "{\"name\": \"collecte\", \"dependencies\": {\"vue\": \"^3.4.0\"}}\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2025-01-10T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.readme-sections"]))
    return {e["value"]["section"]: e for e in report["results"][0]["evidence"] if e["kind"] == "found" and "section" in e["value"]}


def test_an_api_chapter_naming_the_api_called_is_no_usage(tmp_path):
    assert "usage" not in found_sections(tmp_path, README)  # was 'usage: heading "📡 API"'


def test_an_api_chapter_of_the_api_served_stays_usage(tmp_path):
    found = found_sections(tmp_path, SERVED)
    assert "usage" in found and found["usage"]["value"]["text"] == "📡 API", found
