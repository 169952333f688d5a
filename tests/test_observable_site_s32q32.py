"""Session 32 (q32, reader m26o2's ptod-observatoire-territorial): an Observable Framework site taken for a library.

Observable Framework builds a static site (`observable build`) from src/*.md pages full of ```js cells, configured by
observablehq.config.js and its one package @observablehq/framework: a dashboard site, no package another program imports. Its
kind fell back to "library" for its package.json ("named package"), and its pages were counted as written guides."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PAGE = ("---\ntitle: Tableau de bord\ntheme: dashboard\n---\n\n# Indicateurs par commune\n\n```js\n"
        "const communes = FileAttachment(\"data/communes.json\").json();\n```\n\n"
        + "".join(f"## Indicateur {i}\n\n```js\ndisplay(Plot.barY(communes, {{x: \"nom\", y: \"pop{i}\", fill: \"steelblue\"}}).plot({{height: 240}}));\n```\n\n"
                  for i in range(12)))
SITE = {
    "package.json": ('{\n  "name": "observatoire",\n  "version": "1.0.0",\n  "type": "module",\n  "scripts": {\n'
                     '    "dev": "observable preview",\n    "build": "observable build",\n    "deploy": "observable deploy"\n  },\n'
                     '  "devDependencies": {\n    "@observablehq/framework": "^1.13.3"\n  }\n}\n'),
    "observablehq.config.js": 'export default {\n  title: "Observatoire",\n  pages: [{name: "Emploi", path: "/dash-emploi"}],\n  root: "src",\n};\n',
    "netlify.toml": '[build]\n  command = "npm run build"\n  publish = "dist"\n',
    "src/index.md": PAGE,
    "src/dash-emploi.md": PAGE.replace("Indicateurs", "Emploi"),
    "src/dash-logement.md": PAGE.replace("Indicateurs", "Logement"),
    "src/dash-demographie.md": PAGE.replace("Indicateurs", "Démographie"),
    "src/helpers/loader.js": "export function load(code) {\n  return fetch(`/data/${code}.json`).then((r) => r.json());\n}\n",
    "src/data/communes.json": '[{"nom": "A", "pop": 1}]\n',
}


def test_an_observable_framework_site_is_a_static_site_not_a_library(tmp_path):
    report, res = judge(tmp_path, SITE, ["interoperability.accessibility-and-ecodesign", "reusability.install"])
    project = report["facts"]["project"]
    assert project["kind"] == "static-site", project
    assert "library" not in res["reusability.install"]["message"]["en"].lower(), res["reusability.install"]["message"]
    assert "library" not in res["interoperability.accessibility-and-ecodesign"]["message"]["en"]


def test_a_package_without_the_framework_stays_what_it_was(tmp_path):
    files = {k: v for k, v in SITE.items() if k != "observablehq.config.js"}
    files["package.json"] = files["package.json"].replace("@observablehq/framework", "@observablehq/plot")
    report, _ = judge(tmp_path, files, ["reusability.install"])
    assert report["facts"]["project"]["kind"] != "static-site"


def test_an_observable_framework_site_s_pages_are_no_documentation_site(tmp_path):
    _, res = judge(tmp_path, SITE, ["documentation.docs"])
    found = res["documentation.docs"]["message"]["en"].split("missing")[0]
    assert "documentation site" not in found and "documentation folder" not in found, res["documentation.docs"]["message"]
