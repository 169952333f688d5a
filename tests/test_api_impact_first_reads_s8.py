"""interoperability.api-spec, scaling.impact-indicators and interoperability.geo verdicts found wrong at session 8's first
reads (issue 12), each on a git fixture shaped like the real case: a GeoNature module's Flask blueprint (an API its host
serves), a Dash dashboard on Flask, a stock Telegraf sample's commented command, and a how-to
site's cards telling readers about GeoJSON and the API Adresse."""

from __future__ import annotations

import json

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

DATE = "2026-11-02T10:00:00Z"
API = "interoperability.api-spec"


def _one(tmp_path, files, check, name="r"):
    repo = make_repo(tmp_path / name, [{"files": files, "date": DATE}])
    return results(run(repo, tmp_path / f"c-{name}", only=[check]))[check]


def test_a_modules_flask_blueprint_is_an_api_to_describe(tmp_path):
    """cbn-alpin/gn_module_conservation_strategy: n/a "a library or package" while backend/…/blueprint.py serves /territories,
    /taxons… to the module's Angular front."""
    bp = ("from flask import Blueprint, jsonify\n\nblueprint = Blueprint(\"pr_conservation_strategy\", __name__)\n\n\n"
          "@blueprint.route(\"/territories\", methods=[\"GET\"])\ndef get_territories():\n    return jsonify([])\n\n\n"
          "@blueprint.route(\"/taxons/<int:taxon_id>\", methods=[\"GET\"])\ndef get_taxon(taxon_id):\n    return jsonify({})\n")
    files = {"README.md": "# Module stratégie de conservation\n\nModule GeoNature.\n",
             "setup.py": "from setuptools import setup\n\nsetup(name=\"gn_module_conservation_strategy\", packages=[\"gn_module_conservation_strategy\"])\n",
             "backend/gn_module_conservation_strategy/__init__.py": "",
             "backend/gn_module_conservation_strategy/blueprint.py": bp,
             "backend/gn_module_conservation_strategy/utils.py": "def norm(s):\n    return s.strip()\n"}
    r = _one(tmp_path, files, API)
    assert r["status"] in ("fail", "warn") and "blueprint.py" in r["message"]["en"], r["message"]
    # a package without routes stays a library, not judged
    bare = {**files, "backend/gn_module_conservation_strategy/blueprint.py": "def helper():\n    return 1\n"}
    assert _one(tmp_path, bare, API, "b")["status"] == "not_applicable"


def test_a_dash_dashboard_on_flask_is_no_web_api(tmp_path):
    """datagora-erasme/veille_rsa: warn "Web application (flask) without an API specification" for a Dash dashboard whose
    requirements name Flask, Dash's server."""
    files = {"README.md": "# Veille\n\nTableau de bord.\n", "requirements.txt": "dash==2.3.1\nFlask==2.1.2\nplotly==5.7.0\n",
             "app.py": "import dash\nfrom dash import html\n\napp = dash.Dash(__name__)\napp.layout = html.Div('Veille')\n\n"
                       "if __name__ == '__main__':\n    app.run_server()\n"}
    r = _one(tmp_path, files, API)
    assert r["status"] == "not_applicable" and "dash" in r["message"]["en"].lower(), r["message"]
    # Flask with routes of its own beside Dash stays judged as a web application
    own = {**files, "requirements.txt": "Flask==2.1.2\n"}
    assert _one(tmp_path, own, API, "f")["status"] == "warn"


def test_a_commented_stats_command_of_a_stock_sample_is_no_impact_page(tmp_path):
    """cbn-alpin/cbna-infra-srv: impact-indicators pass "statistics route or page" from telegraf.sample.conf's commented
    '#   ##   additional_commands = ["/l3fwd-power/stats"]'."""
    conf = ("[[inputs.dpdk]]\n#   ## For L3 Forwarding with Power Management Sample Application this could be:\n"
            "#   ##   additional_commands = [\"/l3fwd-power/stats\"]\n#   # additional_commands = []\n")
    files = {"README.md": "# Infrastructure\n\nServeurs du conservatoire.\n", "docker/telegraf/telegraf.sample.conf": conf,
             "docker/compose.yml": "services:\n  telegraf:\n    image: telegraf:1.28\n"}
    r = _one(tmp_path, files, "scaling.impact-indicators")
    assert r["status"] != "pass", r["message"]
    # (uncommented, a service's "/stats" route counts; "/l3fwd-power/stats", one component's statistics, no longer would: s38 fh38)
    live = {**files, "docker/telegraf/telegraf.sample.conf": conf.replace("#   ##   additional_commands", "additional_commands").replace("/l3fwd-power/stats", "/stats")}
    assert _one(tmp_path, live, "scaling.impact-indicators", "l")["status"] == "pass"


def test_a_how_to_sites_cards_are_no_geography_of_its_own(tmp_path):
    """infolab-cd33/datalunch-: geo warn "GeoJSON: yes; IGN / API Adresse: yes" from fiches.json, the cards of a how-to site
    ("à partir d'un export des données d'osm en geojson, nous allons…", a link to adresse.data.gouv.fr/csv)."""
    cards = [{"name": "export-csv-osm.md",
              "description": "à partir d'un export des données d'osm en geojson, nous allons transformer ces données pour pouvoir les "
                             "enregistrer dans un fichier au format csv."},
             {"titre": "Géocoder", "body": "<p>Nous allons géocoder le fichier avec le service en ligne "
                                           "<a href=\"https://adresse.data.gouv.fr/csv/\">adresse.data.gouv.fr/csv</a> puis le vérifier.</p>"}]
    files = {"README.md": "# Datalunch\n\nFiches pratiques.\n", "index.html": "<html><body><div id=\"fiches\"></div><script src=\"app.js\"></script></body></html>\n",
             "app.js": "fetch('fiches.json').then(r => r.json()).then(show);\n", "fiches.json": json.dumps(cards, ensure_ascii=False, indent=2) + "\n"}
    r = _one(tmp_path, files, "interoperability.geo")
    assert r["status"] == "not_applicable", r["message"]
    coded = {**files, "app.js": files["app.js"] + "fetch('https://api-adresse.data.gouv.fr/search/?q=' + q);\nconst f = 'communes.geojson';\n"}
    assert _one(tmp_path, coded, "interoperability.geo", "c")["details"]["geo_api_gouv"]
