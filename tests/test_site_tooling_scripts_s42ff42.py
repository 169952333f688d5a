"""facts.project kind: the helper scripts of a published one-page site are its tooling, no command-line tool (issue 12, session 42
fixer ff42 = thepriben/demo-inforoute-084, reader rc42 item 3). A département's road map viewer: a root index.html loading Leaflet
from a CDN and its own js/config.js and js/app.js, published as is by a GitHub Pages workflow (and a root .nojekyll), with Python
helpers in scripts/ (argparse, a main guard) that refresh its GeoJSON and bump its version. The kind was cli-tool (the scripts'
"command-line entry point"), so accessibility was not judged, the dependencies failed for want of a manifest and the building
blocks said "no interface". Now the page decides: a static site. Near misses: the same scripts beside an unpublished page, or
beside a published page loading no script of its own (a landing page), keep cli-tool. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

_PAGE = """<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>Carte du réseau routier</title>
  <link rel="stylesheet" href="https://unpkg.com/leaflet@1.9.4/dist/leaflet.css" />
  <script src="https://unpkg.com/leaflet@1.9.4/dist/leaflet.js"></script>
  <link rel="stylesheet" href="css/styles.css?v=3">
</head>
<body>
  <div id="map"></div>
  <script src="js/config.js?v=20260530-4"></script>
  <script src="js/app.js?v=20260530-3"></script>
</body>
</html>
"""

_LANDING = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>routes-tools</title></head>
<body><h1>routes-tools</h1><p>Outils en ligne de commande : voir le README.</p></body></html>
"""

_APP = "const map = L.map('map').setView([44.0, 5.0], 10);\n" + "".join(
    f"function layer{i}(data) {{\n  return L.geoJSON(data, {{ style: () => ({{ weight: {i % 4 + 1} }}) }}).addTo(map);\n}}\n" for i in range(30))

_WORKFLOW = """name: Deploy GitHub Pages
on:
  push:
    branches: [main]
permissions:
  pages: write
  id-token: write
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/upload-pages-artifact@v3
        with:
          path: .
      - uses: actions/deploy-pages@v4
"""


def _script(doc: str, cmd: str) -> str:
    return (f'#!/usr/bin/env python3\n"""{doc}"""\n\nimport argparse\nimport json\nfrom pathlib import Path\n\n\n'
            f"def main() -> int:\n    parser = argparse.ArgumentParser()\n    parser.add_argument('{cmd}')\n"
            "    args = parser.parse_args()\n    print(json.dumps({'done': args." + cmd + "}))\n    return 0\n\n\n"
            "if __name__ == '__main__':\n    raise SystemExit(main())\n")


def _files(page: str = _PAGE, published: bool = True) -> dict:
    files = {"README.md": "# Carte des routes\n\nPrototype de carte web pour explorer le réseau routier départemental.\n",
             "index.html": page,
             "css/styles.css": "#map { height: 100vh; }\n",
             "js/config.js": "window.APP_CONFIG = { version: '0.2.1', center: [44.0, 5.0] };\n",
             "js/app.js": _APP,
             "data/routes.geojson": '{"type": "FeatureCollection", "features": []}\n',
             "scripts/bump_version.py": _script("Bump the version in VERSION and js/config.js.", "part"),
             "scripts/update_data.py": _script("Refresh the GeoJSON layers from the open data portal.", "layer"),
             "VERSION": "0.2.1\n"}
    if published:
        files.update({".nojekyll": "", ".github/workflows/deploy-pages.yml": _WORKFLOW})
    return files


_CHECKS = ["reusability.dependencies", "interoperability.accessibility-and-ecodesign", "interoperability.public-building-blocks"]


def test_a_published_map_page_is_the_site_its_helper_scripts_maintain(tmp_path):
    project, res = kind_and_results(tmp_path, _files(), _CHECKS)
    assert project["kind"] == "static-site", project
    assert not any(e["reason"] == "command-line entry point" for e in project["kind_evidence"]), project["kind_evidence"]
    assert res["reusability.dependencies"]["status"] == "not_applicable", res["reusability.dependencies"]
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "fail", res["interoperability.accessibility-and-ecodesign"]
    assert "no interface" not in res["interoperability.public-building-blocks"]["message"]["en"]


def test_the_same_scripts_beside_an_unpublished_page_stay_a_command_line_tool(tmp_path):
    project, _ = kind_and_results(tmp_path, _files(published=False), [])
    assert project["kind"] == "cli-tool", project


def test_the_same_scripts_beside_a_published_landing_page_stay_a_command_line_tool(tmp_path):
    files = {k: v for k, v in _files(page=_LANDING).items() if not k.startswith(("js/", "css/"))}
    project, _ = kind_and_results(tmp_path, files, [])
    assert project["kind"] == "cli-tool", project
