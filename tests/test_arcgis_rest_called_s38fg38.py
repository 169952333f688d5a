"""reusability.portability (issue 12, s38 fg38 = reader rc38, LeBonThib/CD54_GEOCODING and geovendee/formation-prog-20212022): a
.NET geocoder calling ArcGIS's GeocodeServer over HTTP (one of four interchangeable geocoders), and an OpenLayers exercise adding one
TileArcGISRest imagery layer, were said "built on a proprietary platform that cannot be replaced without rewriting: Esri ArcGIS".
An ArcGIS REST endpoint the code calls at its address is a service called, as a host is. Near miss: code built on the ArcGIS Maps
SDK (require(["esri/Map"]) beside the same endpoint) stays built on the platform."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CSPROJ = ('<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n'
          '    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n')
GEOCODER = '''using System.Net.Http;

namespace Geocodage
{
    // documentation: https://developers.arcgis.com/rest/geocode/api-reference/geocoding-find-address-candidates.htm
    class ApiArcgis : IApiGeocodeur
    {
        string jeton = "";
        public string Url(string adresse)
        {
            return "https://geocode-api.arcgis.com/arcgis/rest/services/World/GeocodeServer/findAddressCandidates?f=json&singleLine=" + adresse + "&token=" + jeton;
        }
    }
}
'''
OTHER = '''namespace Geocodage
{
    interface IApiGeocodeur { string Url(string adresse); }
    class ApiAdresse : IApiGeocodeur
    {
        public string Url(string adresse) { return "https://api-adresse.data.gouv.fr/search/?q=" + adresse; }
    }
}
'''


def portability(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Géocodage\n\nCompare plusieurs géocodeurs sur une table d'adresses.\n",
                                                 **files}, "date": "2026-03-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.portability"]))
    return report["results"][0]


def test_an_arcgis_rest_endpoint_called_over_http_is_a_service_called(tmp_path):
    r = portability(tmp_path, {"geocodage/geocodage.csproj": CSPROJ, "geocodage/ApiArcgis.cs": GEOCODER, "geocodage/ApiAdresse.cs": OTHER})
    assert r["details"]["vendors"] == [], r["details"]
    assert r["details"]["vendors_called"] == ["Esri ArcGIS"], r["details"]
    assert "plateforme propriétaire" not in r["message"]["fr"] and "platform" not in r["message"]["en"], r["message"]


def test_code_built_on_the_arcgis_maps_sdk_stays_built_on_the_platform(tmp_path):
    app = ('require(["esri/Map", "esri/views/MapView", "esri/layers/FeatureLayer"], function (Map, MapView, FeatureLayer) {\n'
           '  var couche = new FeatureLayer({url: "https://services.arcgis.com/x/arcgis/rest/services/Parcs/FeatureServer/0"});\n'
           '  var carte = new Map({basemap: "topo-vector", layers: [couche]});\n'
           '  new MapView({container: "vue", map: carte});\n});\n')
    r = portability(tmp_path, {"index.html": "<!doctype html><html><body><div id='vue'></div><script src='app.js'></script></body></html>\n",
                               "app.js": app})
    assert r["details"]["vendors"] == ["Esri ArcGIS"], r["details"]
    assert "plateforme propriétaire" in r["message"]["fr"], r["message"]
