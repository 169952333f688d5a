"""interoperability.geo (issue 12, s40 fh40 = reader rf40, KannarFr/flood-history-ui): a React single-page viewer drawing its map
with react-leaflet 2 (``import { Map, TileLayer, Marker } from 'react-leaflet'``, ``<Map center=…>`` on OpenStreetMap tiles with
markers) was given fail: react-leaflet before v3 names its map component ``Map`` (v3+ ``MapContainer``), and no map was found.
Near miss: a ``Map`` component from another module (google-maps-react) is not react-leaflet's, and JavaScript's own Map is no map."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PACKAGE = ('{"name": "carte-crues", "private": true, "dependencies": {"react": "^16.8.6", "react-dom": "^16.8.6", '
           '"leaflet": "^1.4.0", "react-leaflet": "^2.2.1", "react-scripts": "^3.0.1"}, '
           '"scripts": {"start": "react-scripts start", "build": "react-scripts build"}}\n')
INDEX = "<!doctype html><html><body><div id='root'></div></body></html>\n"
MAIN = "import React from 'react';\nimport ReactDOM from 'react-dom';\nimport Carte from './Carte';\n\nReactDOM.render(<Carte />, document.getElementById('root'));\n"
LEAFLET_V2 = '''import React, { Component } from 'react';
import { Map, TileLayer, Marker/*, Popup*/ } from 'react-leaflet';
import 'leaflet/dist/leaflet.css';

export default class Carte extends Component {
  state = { points: [], seen: new Map() }

  render() {
    return (
      <Map center={[49.5, 1.0]} zoom={12} style={{height: "100%"}}>
        <TileLayer attribution="OpenStreetMap" url="https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png" />
        {this.state.points.map((p, i) => <Marker key={i} position={[p.lat, p.lng]} />)}
      </Map>
    );
  }
}
'''
GOOGLE = '''import React, { Component } from 'react';
import { Map, Marker, GoogleApiWrapper } from 'google-maps-react';

class Carte extends Component {
  render() {
    return (
      <Map google={this.props.google} initialCenter={{lat: 49.5, lng: 1.0}} zoom={12}>
        {this.props.points.map((p, i) => <Marker key={i} position={{lat: p.lat, lng: p.lng}} />)}
      </Map>
    );
  }
}

export default GoogleApiWrapper({ apiKey: process.env.REACT_APP_KEY })(Carte);
'''


def geo(tmp_path, carte, package=PACKAGE):
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Carte des crues\n\nCarte des photos anciennes d'inondations.\n",
                                                 "package.json": package, "public/index.html": INDEX, "src/index.js": MAIN,
                                                 "src/Carte.js": carte},
                                       "date": "2019-06-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["interoperability.geo"]))
    return report["results"][0]


def test_a_react_leaflet_v2_map_on_osm_tiles_with_markers_is_an_open_map(tmp_path):
    r = geo(tmp_path, LEAFLET_V2)
    assert r["status"] == "pass", r["message"]
    assert "OpenStreetMap" in r["message"]["fr"], r["message"]


def test_a_google_maps_react_map_is_not_read_as_react_leaflet(tmp_path):
    r = geo(tmp_path, GOOGLE, PACKAGE.replace('"leaflet": "^1.4.0", "react-leaflet": "^2.2.1"', '"google-maps-react": "^2.0.2"'))
    assert r["status"] != "pass" or "tuiles OpenStreetMap" not in r["message"]["fr"], r["message"]
