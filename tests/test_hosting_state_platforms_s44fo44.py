"""scaling.hosting (issue 12, s44 fo44 = reader rk44's geo2france/idg-qgis3-plugin): a QGIS plugin's config.json lists WMS/CSW
services of the ecology ministry's CARMEN map service (ws.carmencarto.fr) and of the national Géocatalogue (geocatalogue.fr, run by
the BRGM for the State). The tool counted them as "other organisations": State platforms on their own historic domains, outside
gouv.fr, were missing from hosting.yml's national public platforms. Near miss: a company's map server stays another organisation's.
The fixtures are written for the test."""

from __future__ import annotations

import json

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results, run_audit

PLUGIN = ("import json\nimport os\n\n\ndef load_config():\n    with open(os.path.join(os.path.dirname(__file__), 'config', 'config.json')) as fh:\n"
          "        return json.load(fh)\n\n\ndef layer_source(node):\n    params = node.get('params', {})\n"
          "    return \"url={}&layers={}\".format(params.get('url'), params.get('name'))\n")


def hosting(tmp_path, urls):
    config = json.dumps({"title": "Ressources", "type": "folder", "children": [
        {"title": f"Couche {i}", "type": "wms_layer", "params": {"url": u, "version": "1.3.0", "name": f"couche_{i}", "srs": "epsg:2154"}}
        for i, u in enumerate(urls)]}, indent=2) + "\n"
    files = {"README.md": "# Ressources\n\nExtension QGIS listant des services WMS.\n", "plugin/ressources/config/config.json": config,
             "plugin/ressources/config_loader.py": PLUGIN, "plugin/ressources/__init__.py": "def classFactory(iface):\n    return None\n",
             "plugin/ressources/metadata.txt": "[general]\nname=Ressources\nqgisMinimumVersion=3.00\nversion=0.1\nauthor=Agent\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2021-04-20T10:00:00Z", "message": "services",
                                       "author": ("Agent SIG", "agent.sig@exemple-region.fr")}])
    return results(run_audit(repo, tmp_path / "c", ["scaling.hosting"]))["scaling.hosting"]


def test_state_platforms_on_their_own_domains_are_national_public_platforms(tmp_path):
    r = hosting(tmp_path, ["http://ws.carmencarto.fr/WMS/119/fxx_inpn", "http://www.geocatalogue.fr/api-public/wms"])
    assert "2 national public platforms" in r["message"]["en"] and "other organisation" not in r["message"]["en"], r["message"]


def test_near_miss_a_company_s_map_server_stays_another_organisation_s(tmp_path):
    r = hosting(tmp_path, ["http://ws.cartoservices-exemple.fr/WMS/119/fxx", "http://www.geocatalogue.fr/api-public/wms"])
    assert "1 national public platform" in r["message"]["en"] and "other organisation" in r["message"]["en"], r["message"]
