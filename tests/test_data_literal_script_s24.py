"""inventory (issue 12, session 24, reader n2 s23: fromdanut/syndicat-riviere): a river syndicate's Django site loads its
watersheds as static/js/BV.js, ``var BVdata = {"type":"FeatureCollection", …}`` written on one 18 KB line. One long line in a
static/js folder looked minified, so the file was a copied library "bv" (reusability.dependencies: "2 libraries copied … (bv,
leaflet.ajax)"). A script that is one data literal and no code (GeoJSON by its first bytes, or 10 KB or more) is data,
wherever it sits; a minified library and a small settings object stay what they were."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

FEATURE = ('{"type":"Feature","properties":{"CODE":"H%03d","LIBELLE":"Bassin versant %d"},"geometry":{"type":"Polygon",'
           '"coordinates":[[[682847.3,6900050.7],[682942.8,6900034.9],[683138.9,6899903.3],[682847.3,6900050.7]]]}}')
GEOJSON = 'var bassins = {"type":"FeatureCollection","features":[' + ",".join(FEATURE % (i, i) for i in range(80)) + "]};\n\nvar essai = 'ok';\n"
MINIFIED = "!function(e,t){var n=function(o){return o*2};e.Pluie=n;e.Pluie.version='2.1.0'}(window,document);" * 150 + "\n"


def files(**extra) -> dict:
    return {"README.md": "# Syndicat\n\nSite du syndicat de rivière.\n", "requirements.txt": "Django==1.10\n",
            "manage.py": "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n",
            "site/settings.py": "INSTALLED_APPS = ['carte']\n", "carte/views.py": "def carte(request):\n    return None\n",
            "carte/templates/carte.html": "{% extends 'base.html' %}{% block c %}<div id='map'></div>{% endblock %}\n", **extra}


def run(repo, tmp_path, tree):
    path = repo([{"files": tree, "date": "2026-02-02T10:00:00Z"}], name=f"r{len(list(tmp_path.iterdir()))}")
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=["reusability.dependencies"]))
    return report["facts"]["inventory"], report["results"][0]


def test_a_geojson_literal_script_is_data_not_a_library(repo, tmp_path):
    assert len(GEOJSON) > 10_000 and "\n" not in GEOJSON[:10_000]
    inv, r = run(repo, tmp_path, files(**{"static/js/bassins.js": GEOJSON}))
    assert not any(lib["name"] == "bassins" for lib in inv.get("libraries") or []), inv.get("libraries")  # was a library "bassins"
    assert "bassins" not in r["message"]["en"], r["message"]


def test_a_minified_library_and_a_settings_object_stay_what_they_were(repo, tmp_path):
    tree = files(**{"static/js/pluie.js": MINIFIED, "static/js/reglages.js": 'var reglages = {"centre": [49.2, 2.6], "zoom": 11};\n'})
    inv, r = run(repo, tmp_path, tree)
    assert any(lib["name"] == "pluie" for lib in inv.get("libraries") or []), inv.get("libraries")
    assert not any(lib["name"] == "reglages" for lib in inv.get("libraries") or []), inv.get("libraries")
    assert inv["categories"].get("data", 0) == 0, inv["categories"]
