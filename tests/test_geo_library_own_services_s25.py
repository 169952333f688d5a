"""interoperability.geo: a library that builds no map of its own leaves basemaps and the reference system to its caller, but
the OGC services it calls itself are its own (issue 12, s25 x25 = v5 regression 1, geobretagne/coordinates: a geOrchestra
mapfishapp add-on whose manifest names its elevation WMS services and whose code queries them by GetFeatureInfo was passed 10
"not applicable (a library: the data … are those of the application calling it)"). A library calling WMS/WFS addresses of
its own is judged on their references as before; a control working only on its caller's map and data still defers to it."""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit

CID = "interoperability.geo"


def _manifest(services: list) -> str:
    return json.dumps({
        "js": ["js/altitude.js", "js/altitudequery.js"],
        "css": ["css/altitude.css"],
        "default_options": {"placement": "bottom", "services": services, "showintoolmenu": True},
        "i18n": {"en": {}, "fr": {"altitude": "Altitude"}},
    }, indent=4) + "\n"


SERVICES = [{"url": "https://carto.exemple-territoire.fr/geoserver/relief/wms",
             "layers": [{"name": "MNT_25M", "label": "modèle numérique de terrain 25 m"}]},
            {"url": "https://carto.exemple-territoire.fr/geoserver/littoral/wms",
             "layers": [{"name": "mnt_1m", "label": "modèle numérique littoral 1 m"}]}]

ADDON = """Ext.namespace("GEOR.Addons");

GEOR.Addons.Altitude = Ext.extend(GEOR.Addons.Base, {
    init: function (record) {
        this.layer = new OpenLayers.Layer.Vector("altitude");
        this.map.addLayer(this.layer);
        this.control = new OpenLayers.Control.DrawFeature(this.layer, OpenLayers.Handler.Point);
        this.map.addControl(this.control);
        this.layer.events.on({"featureadded": this.onPoint, scope: this});
    },
    onPoint: function (e) {
        new GEOR.Addons.altitudequery(this.map, e.feature, this.options.services);
    }
});
"""

QUERY = """Ext.namespace("GEOR.Addons");

GEOR.Addons.altitudequery = function (map, feature, services) {
    this.map = map;
    this.results = [];
    for (var i = 0; i < services.length; i++) {
        var service = services[i];
        var params = {
            REQUEST: "GetFeatureInfo",
            VERSION: "1.1.1",
            LAYERS: service.layers[0].name,
            QUERY_LAYERS: service.layers[0].name,
            INFO_FORMAT: "application/vnd.ogc.gml",
            SRS: map.getProjection()
        };
        OpenLayers.Request.GET({url: service.url, params: params, scope: this, success: this.onAnswer});
    }
};

GEOR.Addons.altitudequery.prototype.onAnswer = function (response) {
    var features = new OpenLayers.Format.GML().read(response.responseText);
    this.results.push(features.length);
};
"""


def _run(repo, tmp_path, files):
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return report["results"][0], report["facts"]["project"]["kind"]


def _addon(manifest: str) -> dict:
    return {"README.md": "# altitude\n\nAdd-on de mapfishapp : cliquez sur la carte pour lire l'altitude du point.\n",
            "manifest.json": manifest, "js/altitude.js": ADDON, "js/altitudequery.js": QUERY,
            "css/altitude.css": ".altitude { width: 200px; }\n"}


def test_an_addon_querying_its_own_wms_services_is_judged_on_their_references(repo, tmp_path):
    r, kind = _run(repo, tmp_path, _addon(_manifest(SERVICES)))
    assert kind == "library"
    assert "OGC: yes" in r["message"]["en"], r["message"]
    assert "legal reference system: no." in r["message"]["en"], r["message"]
    assert "application calling it" not in r["message"]["en"], r["message"]
    assert r["status"] != "pass", r["message"]
    assert r["details"]["national_references_callers"] is False


def test_an_addon_on_its_callers_map_without_services_of_its_own_still_defers(repo, tmp_path):
    files = _addon(_manifest([]))
    files["js/altitudequery.js"] = QUERY.replace('REQUEST: "GetFeatureInfo"', 'REQUEST: "GetInfo"')
    r, kind = _run(repo, tmp_path, files)
    assert kind == "library"
    assert "legal reference system: not applicable" in r["message"]["en"], r["message"]
