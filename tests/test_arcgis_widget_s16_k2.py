"""Session 16 (k2, reader r1's cam_filtremultilayer): an ArcGIS Experience Builder widget of a métropole — TypeScript/React
importing the ArcGIS Maps SDK as ES modules (import FeatureLayer from 'esri/layers/FeatureLayer') and the builder's map layer
(jimu-arcgis), with no package.json of its own — was read as using no proprietary service (portability, vendor-lock-in) and
handling no map (geo and public-building-blocks not applicable). Only AMD's require(["esri/…"]) and npm packages were read."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

WIDGET = {
    "manifest.json": ('{\n  "name": "filtre_couches",\n  "label": "Filtre multi-couches",\n  "type": "widget",\n  "version": "1.0.0",\n'
                      '  "exbVersion": "1.10.0",\n  "author": "Ville Exemple",\n  "description": "Filtre plusieurs couches d\'une carte.",\n'
                      '  "properties": {},\n  "translatedLocales": ["fr"]\n}\n'),
    "config.json": '{\n  "filtres": []\n}\n',
    "README.md": "# Widget de filtre pour Experience Builder\n\nFiltre en une fois plusieurs couches de la carte.\n",
    "src/config.ts": "import { ImmutableObject } from 'seamless-immutable'\nexport interface Config { filtres: string[] }\nexport type IMConfig = ImmutableObject<Config>\n",
    "src/runtime/widget.tsx": (
        "/** @jsx jsx */\nimport { AllWidgetProps, jsx, React } from 'jimu-core'\n"
        "import { JimuMapView, JimuMapViewComponent } from 'jimu-arcgis'\n"
        "import FeatureLayer from 'esri/layers/FeatureLayer'\nimport GroupLayer from \"esri/layers/GroupLayer\"\n"
        "export default function Widget (props: AllWidgetProps<any>) {\n"
        "  const [vue, setVue] = React.useState<JimuMapView>(null)\n"
        "  const filtrer = (expr: string) => {\n    vue.view.map.allLayers.forEach((l) => {\n"
        "      if (l instanceof FeatureLayer) { l.definitionExpression = expr }\n"
        "      if (l instanceof GroupLayer) { l.layers.forEach((s: any) => { s.definitionExpression = expr }) }\n    })\n  }\n"
        "  return <div><JimuMapViewComponent useMapWidgetId={props.useMapWidgetIds?.[0]} onActiveViewChange={setVue} />"
        "<button onClick={() => filtrer('1=1')}>Filtrer</button></div>\n}\n"),
}


def test_an_experience_builder_widget_is_built_on_arcgis(tmp_path):
    checks = ["scaling.vendor-lock-in", "reusability.portability", "interoperability.geo", "interoperability.public-building-blocks"]
    report, res = judge(tmp_path, WIDGET, checks)
    esri = [s for s in report["facts"]["vendor_lockin"]["services"] if s["id"] == "esri"]
    assert esri and {(e["path"], e["line"]) for e in esri[0]["evidence"]} >= {("src/runtime/widget.tsx", 3), ("src/runtime/widget.tsx", 4)}, esri
    assert res["scaling.vendor-lock-in"]["status"] != "pass", res["scaling.vendor-lock-in"]["message"]
    assert "ArcGIS" in res["reusability.portability"]["message"]["en"], res["reusability.portability"]["message"]
    geo = res["interoperability.geo"]
    assert geo["status"] != "not_applicable" and "ArcGIS" in geo["message"]["en"], geo["message"]
    assert any(e.get("line") == 3 and "library" in (e.get("note") or {}).get("en", "") for e in geo["evidence"]), geo["evidence"]
    # (a plugin of the builder, since s30 m30: the building blocks are the hosting application's, like a WordPress or JCMS plugin's;
    # not "no map handled")
    pbb = res["interoperability.public-building-blocks"]
    assert pbb["status"] == "not_applicable" and "library" in pbb["message"]["en"], pbb["message"]


def test_arcgis_core_and_esri_loader_imports_are_arcgis_too(tmp_path):
    files = {"README.md": "# Carte\n", "index.html": "<div id=\"carte\"></div><script type=\"module\" src=\"main.js\"></script>\n",
             "main.js": "import Map from '@arcgis/core/Map.js'\nimport MapView from '@arcgis/core/views/MapView.js'\n"
                        "new MapView({ container: 'carte', map: new Map({ basemap: 'topo-vector' }) })\n",
             "loader.js": "import { loadModules } from 'esri-loader'\nloadModules(['esri/Map']).then(([Map]) => new Map({}))\n"}
    report, _ = judge(tmp_path, files, ["scaling.vendor-lock-in"])
    esri = [s for s in report["facts"]["vendor_lockin"]["services"] if s["id"] == "esri"]
    assert esri and {e["path"] for e in esri[0]["evidence"]} == {"main.js", "loader.js"}, esri


def test_a_word_esri_in_prose_or_a_comment_is_no_import(tmp_path):
    files = {"README.md": "# Carte\n\nDonnées issues d'un serveur esri/ArcGIS.\n",
             "main.js": "// import FeatureLayer from 'esri/layers/FeatureLayer'\nconst source = 'from esri/layers';\nconsole.log(source)\n"}
    report, _ = judge(tmp_path, files, ["scaling.vendor-lock-in"])
    assert not [s for s in report["facts"]["vendor_lockin"]["services"] if s["id"] == "esri"], report["facts"]["vendor_lockin"]

