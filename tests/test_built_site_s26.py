"""A web app a bundler built into docs/ for GitHub Pages is build output, not documentation (issue 12, s26 j26 = s26 o4,
an Angular 17 map app: angular.json "outputPath": {"base": "docs", "browser": ""}, docs/index.html loading main-FZDPMYYW.js,
chunk-*.js, styles-*.css, with 3rdpartylicenses.txt and media/ fonts). A hand-written docs/ guide beside the same app stays
documentation."""

from __future__ import annotations

from pathlib import Path

from tests.test_reusability_fixtures import build, results, run_audit

CHECKS = ["reusability.build-output", "documentation.docs", "licensing.data-and-docs"]

APP = {
    "package.json": '{"name": "carte-foret", "version": "1.0.0", "scripts": {"build": "ng build", "test": "ng test"}}\n',
    "src/main.ts": "import { bootstrapApplication } from '@angular/platform-browser';\nimport { AppComponent } from './app/app.component';\n"
                   "bootstrapApplication(AppComponent);\n",
    "src/app/app.component.ts": "import { Component } from '@angular/core';\n@Component({selector: 'app-root', template: '<h1>Carte</h1>'})\n"
                                "export class AppComponent {}\n",
    "src/index.html": "<!doctype html><html><head><title>Carte</title></head><body><app-root></app-root></body></html>\n",
    "README.md": "# Carte des forêts\n\nApplication de cartographie.\n\n## Licence\n\nGPL-3.0\n",
}


def _site(base: str = "docs") -> dict:
    bundle = "(()=>{var e=1;console.log(e)})();\n"
    files = {f"{base}/{n}": bundle for n in ("main-FZDPMYYW.js", "polyfills-FFHMD2TL.js", "chunk-54LED5YI.js", "chunk-BHPQZ4GL.js")}
    files[f"{base}/styles-UEDFKBME.css"] = "body{margin:0}\n"
    files[f"{base}/3rdpartylicenses.txt"] = "@angular/core\nMIT\n\nol\nBSD-2-Clause\n"
    files[f"{base}/index.html"] = ('<!doctype html><html lang="fr"><head><base href="./"><link rel="stylesheet" href="styles-UEDFKBME.css">'
                                   '</head><body><app-root></app-root><script src="polyfills-FFHMD2TL.js" type="module"></script>'
                                   '<script src="main-FZDPMYYW.js" type="module"></script></body></html>\n')
    for k in range(4):
        files[f"{base}/media/marianne-{k}.woff2"] = "wOF2"
        files[f"{base}/media/icon-{k}.svg"] = '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0h1v1z"/></svg>\n'
    return files


def _audit(tmp_path: Path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", CHECKS))


def test_angular_site_built_into_docs_is_build_output(tmp_path):
    files = {**APP, **_site(), "angular.json": '{"projects": {"carte": {"architect": {"build": {"options": '
                                                '{"outputPath": {"base": "docs", "browser": ""}}}}}}}\n'}
    res = _audit(tmp_path, files)
    built = res["reusability.build-output"]
    assert built["status"] == "warn", built["message"]["en"]
    assert "docs/ is a web app built with its page" in built["message"]["en"]
    assert built["details"]["files"] == len(_site())
    docs = res["documentation.docs"]
    assert "folder" in docs["details"]["missing"], docs["message"]["en"]
    assert res["licensing.data-and-docs"]["status"] == "not_applicable", res["licensing.data-and-docs"]["message"]["en"]


def test_built_site_found_by_its_hashed_bundles_without_configuration(tmp_path):
    # (no angular.json: the esbuild names and the page that loads them are enough)
    res = _audit(tmp_path, {**APP, **_site()})
    assert res["reusability.build-output"]["status"] == "warn", res["reusability.build-output"]["message"]["en"]
    assert res["licensing.data-and-docs"]["status"] == "not_applicable"


def test_hand_written_docs_beside_the_app_stay_documentation(tmp_path):
    guide = "# Guide\n\nInstaller l'application : npm ci puis npm start. Les couches de la carte viennent de la Géoplateforme.\n"
    files = {**APP, "docs/guide.md": guide, "docs/deploiement.md": guide, "docs/architecture.md": guide,
             "docs/index.html": "<html><body><h1>Documentation</h1><p>Voir le guide.</p></body></html>\n"}
    res = _audit(tmp_path, files)
    assert res["reusability.build-output"]["status"] == "pass", res["reusability.build-output"]["message"]["en"]
    assert "folder" in res["documentation.docs"]["details"]["found"], res["documentation.docs"]["message"]["en"]
    assert res["licensing.data-and-docs"]["status"] == "warn", res["licensing.data-and-docs"]["message"]["en"]
