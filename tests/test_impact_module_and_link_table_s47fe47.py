"""scaling.impact-indicators (issue 12, s47 fe47): two false "impact" findings on OPEN-ENT-NG repositories. presences' README.md
has, under "## Configuration", a "### Statistics-presences" heading over the conf.json block of its statistics-presences/ module:
a module's name, not figures of the service's use. support-pivot's Supportpivot.java maps the portal's other applications' paths
to their display names (put("/statistics", …("Statistiques")) among twenty rows): a table of links, no route it serves. Near
misses: a bare "## Statistiques" section with figures, and a "/stats" route declared to a router, stay impact indicators. The
fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "scaling.impact-indicators"
JAVA = "package fr.agence;\npublic class Main {\n  public static void main(String[] a) {}\n}\n"
MODULES = {"pom.xml": "<project><modelVersion>4.0.0</modelVersion></project>\n",
           "agenda/src/main/java/fr/agence/Main.java": JAVA,
           "stats-agenda/src/main/java/fr/agence/Stats.java": JAVA.replace("Main", "Stats")}


def _readme(section: str) -> dict:
    return {**MODULES, "README.md": "# Agenda\n\nGestion des rendez-vous d'un établissement.\n\n## Configuration\n\n"
                                    "### Agenda\n\n<pre>\n{\"config\": {\"slots\": 30}}\n</pre>\n\n" + section}


def test_a_heading_naming_a_module_folder_is_no_impact_section(tmp_path):
    r = check_result(tmp_path, _readme("### Stats-agenda\n\n<pre>\n{\"config\": {\"cron\": \"0 0 7 * * ?\", \"indicators\": [\"Weekly\"]}}\n</pre>\n"), CID)
    assert r["status"] == "warn", (r["message"], r["evidence"])  # was pass 'impact section in the docs' (README.md "Stats-agenda")


def test_near_miss_a_statistics_section_with_figures_stays(tmp_path):
    r = check_result(tmp_path, _readme("## Statistiques\n\n- 140 établissements équipés\n- 9 000 rendez-vous par mois\n"), CID)
    assert r["status"] == "pass", r["message"]


def _table(first_rows: str) -> str:
    rows = "".join(f'            put("/{app}", label("{name}"));\n' for app, name in
                   (("blog", "Blog"), ("forum", "Forum"), ("wiki", "Wiki"), ("poll", "Sondage"), ("rss", "Flux")))
    return ("package fr.agence;\nimport java.util.HashMap;\nimport java.util.Map;\npublic class Apps {\n"
            "    static final Map<String, String> NAMES = new HashMap<String, String>() {\n        {\n"
            + first_rows + rows + "        }\n    };\n    static String label(String s) { return s; }\n}\n")


def test_a_path_in_a_table_of_application_names_is_no_route(tmp_path):
    files = {"pom.xml": MODULES["pom.xml"], "README.md": "# Passerelle\n\nEnvoie les demandes d'assistance vers l'outil du support.\n",
             "src/main/java/fr/agence/Apps.java": _table('            put("/statistics", label("Statistiques"));\n')}
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "warn", (r["message"], r["evidence"])  # was pass 'statistics route or page' (Apps.java put("/statistics", …))


def test_near_miss_a_route_declared_to_the_router_stays(tmp_path):
    files = {"package.json": '{"name": "agenda", "dependencies": {"express": "^4.19.0"}}\n',
             "README.md": "# Agenda\n\nGestion des rendez-vous.\n",
             "server.js": "const express = require('express');\nconst app = express();\n"
                          "app.get('/stats', (req, res) => res.json({visits: 12}));\napp.listen(3000);\n"}
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "pass", r["message"]
