"""interoperability.geo: a library of interface components working on the map its caller gives it (issue 12, s25 o2 W1,
sgad-sdis67/MapBox-sdis: a React control adding snapping to Mapbox GL Draw, mounted with map.addControl on the application's
map) was warned and told to use IGN basemaps and the API Adresse, because the rule deferring to the caller held only for
libraries without an interface. A library whose own code makes no map (its demo page makes one to show it) works on its
caller's: its basemaps and references are the caller's choice. A component library that makes its own map is still asked."""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit
from auditor.facts.map_owner import constructions

CID = "interoperability.geo"
PACKAGE = {"name": "carto-accroche", "version": "0.3.0", "main": "dist/carto-accroche.js", "module": "src/index.js",
           "scripts": {"build": "webpack"},
           "dependencies": {"@turf/turf": "^6.5.0", "react": "^17.0.1"}, "devDependencies": {"maplibre-gl": "^2.4.0"}}
CONTROL = """import * as turf from '@turf/turf';
import './accroche.css';

class BarreAccroche {
  onAdd(map) {
    this._map = map;
    this._conteneur = document.createElement('div');
    return this._conteneur;
  }

  onRemove() {
    this._conteneur.remove();
    this._map = undefined;
  }
}

export default function Accroche(props) {
  const map = props.map;
  if (map) {
    map.addControl(new BarreAccroche(), 'top-right');
    map.on('draw.update', (e) => {
      const ligne = turf.lineString(e.features[0].geometry.coordinates);
      props.onChange({ type: 'FeatureCollection', features: [ligne] });
    });
  }
  return null;
}
"""
DEMO = """<!doctype html><html><head><script src="https://unpkg.com/maplibre-gl@2.4.0/dist/maplibre-gl.js"></script></head>
<body><div id="carte"></div><script>
const carte = new maplibregl.Map({ container: 'carte', style: 'https://demotiles.maplibre.org/style.json', center: [7.75, 48.58], zoom: 12 });
</script></body></html>
"""


WEBPACK = """const path = require('path');

module.exports = {
  entry: './src/index.js',
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: 'carto-accroche.js',
    library: 'cartoAccroche',
    libraryTarget: 'umd',
  },
  module: { rules: [{ test: /\\.js$/, use: 'babel-loader' }, { test: /\\.css$/, use: ['style-loader', 'css-loader'] }] },
};
"""


def _run(repo, tmp_path, files):
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return report["results"][0], report["facts"]["project"]["kind"]


def _library(control: str) -> dict:
    return {"README.md": "# carto-accroche\n\nContrôle d'accroche pour l'édition de lignes, à ajouter à votre carte.\n\n"
                         "```\nnpm i carto-accroche\n```\n",
            "package.json": json.dumps(PACKAGE) + "\n", "src/index.js": "export { default } from './Accroche';\n",
            "src/Accroche.js": control, "src/accroche.css": ".accroche { position: absolute; }\n", "docs/index.html": DEMO,
            "webpack.config.js": WEBPACK}


def test_map_constructors():
    assert [e for _, e in constructions("const m = L.map('carte');\n")] == ["L.map("]
    assert constructions("import Map from 'ol/Map';\nconst m = new Map({\n  target: 'carte',\n});\n")[0][0] == 2
    assert constructions("const index = new Map();\nindex.set('a', 1);\n") == []
    assert constructions("import { Map } from 'maplibre-gl';\nconst cache = new Map();\n") == []


def test_a_control_on_its_callers_map_is_not_asked_for_basemaps(repo, tmp_path):
    r, kind = _run(repo, tmp_path, _library(CONTROL))
    assert kind == "library"
    assert "legal reference system: not applicable" in r["message"]["en"], r["message"]
    assert r["status"] == "pass", r["message"]


def test_a_component_library_making_its_own_map_is_still_asked(repo, tmp_path):
    own = CONTROL.replace("  const map = props.map;", "  const map = new maplibregl.Map({ container: props.conteneur, zoom: 12 });")
    r, kind = _run(repo, tmp_path, _library(own))
    assert kind == "library"
    assert "legal reference system: no" in r["message"]["en"], r["message"]
    assert r["status"] != "pass", r["message"]
