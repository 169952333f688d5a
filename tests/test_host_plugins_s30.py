"""Session 30 (m30, reader m22o1's cam_filtremultilayer and m22o3's WP-tarteaucitron): plugins of a host application not recognised.

An ArcGIS Experience Builder widget (manifest.json naming the builder's "exbVersion", code importing jimu-core and React from the
builder's client, no package.json by design) was judged a stand-alone web application: "No dependency manifest" (fail) and public
building blocks failed. A WordPress plugin kept in its folder below the root (wp-x/wp-x.php with the "Plugin Name:" header, beside the
repository's README and CI) was a library of no kind, and its cookie banner enqueued on every public page was "no web interface"."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

WIDGET = {
    "manifest.json": ('{\n  "name": "filtre_couches",\n  "label": "Filtre multi-couches",\n  "type": "widget",\n  "version": "1.0.0",\n'
                      '  "exbVersion": "1.10.0",\n  "author": "Ville Exemple",\n  "license": "http://www.apache.org/licenses/LICENSE-2.0",\n'
                      '  "properties": {},\n  "translatedLocales": ["fr"]\n}\n'),
    "config.json": '{\n  "filtres": []\n}\n',
    "README.md": "# Widget de filtre pour Experience Builder\n\nCopiez ce dossier dans le dossier des widgets de votre client Experience Builder.\n",
    "src/config.ts": "import { ImmutableObject } from 'seamless-immutable'\nexport interface Config { filtres: string[] }\nexport type IMConfig = ImmutableObject<Config>\n",
    "src/runtime/widget.tsx": (
        "/** @jsx jsx */\nimport { AllWidgetProps, jsx, React } from 'jimu-core'\nimport { useState } from 'react'\n"
        "import { JimuMapView, JimuMapViewComponent } from 'jimu-arcgis'\nimport { Button } from 'jimu-ui'\n"
        "export default function Widget (props: AllWidgetProps<any>) {\n  const [vue, setVue] = useState<JimuMapView>(null)\n"
        "  return <div><JimuMapViewComponent useMapWidgetId={props.useMapWidgetIds?.[0]} onActiveViewChange={setVue} />"
        "<Button onClick={() => vue && vue.view.map.allLayers.forEach((l: any) => { l.definitionExpression = '1=1' })}>Filtrer</Button></div>\n}\n"),
    "src/setting/setting.tsx": ("import { React } from 'jimu-core'\nimport { AllWidgetSettingProps } from 'jimu-for-builder'\n"
                                "export default function Setting (props: AllWidgetSettingProps<any>) { return <div>Réglages</div> }\n"),
}

WP_FOLDER = {
    "README.md": "# WP-cookies\n\nExtension WordPress de gestion des cookies.\n\n## Installation\n\nTéléversez wp-cookies.zip dans Extensions > Ajouter.\n",
    ".gitlab-ci.yml": "build:\n  script:\n    - zip -r wp-cookies.zip wp-cookies\n",
    "wp-cookies/wp-cookies.php": ("<?php\n/**\n * WP-cookies\n *\n * @wordpress-plugin\n * Plugin Name:          WP-cookies\n"
                                  " * Description:          Gestion des cookies\n * Version:              1.0.0\n */\n"
                                  "require_once __DIR__ . '/inc/Setup.php';\nnew WP_Cookies_Setup();\n"),
    "wp-cookies/inc/Setup.php": ("<?php\nclass WP_Cookies_Setup {\n  public function __construct() {\n"
                                 "    add_action( 'wp_enqueue_scripts', array( $this, 'load_scripts' ), 10, 0 );\n  }\n"
                                 "  public function load_scripts(): void {\n    wp_enqueue_script( 'cookies', plugins_url( 'lib/cookies.js', __FILE__ ) );\n  }\n}\n"),
    "wp-cookies/admin/Options.php": ("<?php\nclass WP_Cookies_Options {\n  public function init(): void {\n"
                                     "    add_options_page( 'Cookies', 'Cookies', 'manage_options', 'wp-cookies', array( $this, 'page' ) );\n  }\n"
                                     "  public function page(): void { echo '<div class=\"wrap\"><form action=\"options.php\"></form></div>'; }\n}\n"),
}


def test_an_experience_builder_widget_is_a_plugin_of_the_builder(tmp_path):
    checks = ["reusability.dependencies", "interoperability.public-building-blocks", "interoperability.accessibility-and-ecodesign"]
    report, res = judge(tmp_path, WIDGET, checks)
    evidence = report["facts"]["project"]["kind_evidence"]
    assert {"path": "manifest.json", "reason": "plugin of ArcGIS Experience Builder"} in evidence, evidence
    deps = res["reusability.dependencies"]
    assert deps["status"] == "not_applicable" and "Experience Builder" in deps["message"]["en"], deps["message"]
    assert res["interoperability.public-building-blocks"]["status"] == "not_applicable", res["interoperability.public-building-blocks"]["message"]
    # (its runtime panel is its interface, judged as the pages a plugin puts in its host's site; the statements are the site's)
    a11y = res["interoperability.accessibility-and-ecodesign"]
    assert a11y["status"] not in ("not_applicable", "pass") and "Experience Builder site" in a11y["message"]["en"], a11y["message"]


def test_a_web_manifest_without_the_builder_version_is_no_widget(tmp_path):
    files = {k: v for k, v in WIDGET.items() if k != "manifest.json"}
    files["manifest.json"] = '{\n  "name": "Filtre",\n  "short_name": "Filtre",\n  "start_url": "/",\n  "display": "standalone"\n}\n'
    report, res = judge(tmp_path, files, ["reusability.dependencies"])
    assert not any("Experience Builder" in str(e.get("reason")) for e in report["facts"]["project"]["kind_evidence"])
    assert res["reusability.dependencies"]["status"] == "fail", res["reusability.dependencies"]["message"]


def test_a_wordpress_plugin_in_its_folder_is_a_plugin_with_public_pages(tmp_path):
    report, res = judge(tmp_path, WP_FOLDER, ["interoperability.accessibility-and-ecodesign"])
    project = report["facts"]["project"]
    assert {"path": "wp-cookies/wp-cookies.php", "reason": "plugin of WordPress"} in project["kind_evidence"], project["kind_evidence"]
    assert project["plugin_pages"] == ["wp-cookies/inc/Setup.php"], project["plugin_pages"]
    a11y = res["interoperability.accessibility-and-ecodesign"]
    assert a11y["status"] != "not_applicable" and "WordPress site" in a11y["message"]["en"], a11y["message"]


def test_a_wordpress_plugin_folder_beside_a_larger_application_is_one_part_of_it(tmp_path):
    files = dict(WP_FOLDER)
    files.update({f"app/src/Controller/Page{i}Controller.php": f"<?php\nnamespace App\\Controller;\nclass Page{i}Controller {{ }}\n" for i in range(6)})
    report, _ = judge(tmp_path, files, ["interoperability.accessibility-and-ecodesign"])
    assert not any(e.get("reason") == "plugin of WordPress" for e in report["facts"]["project"]["kind_evidence"]), report["facts"]["project"]["kind_evidence"]
