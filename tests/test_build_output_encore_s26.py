"""reusability.build-output (issue 12, s26 k26): Webpack Encore's output folder, told by the entrypoints.json every build writes
there, is build output even when webpack.config.js now declares another folder."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.report import validate_report

ENTRYPOINTS = ('{\n  "entrypoints": {\n    "app": {\n      "js": [\n        "/assets/runtime.js",\n        "/assets/app.js"\n      ],\n'
               '      "css": [\n        "/assets/app.css"\n      ]\n    }\n  }\n}')
APP = {  # shaped like a Symfony app of a regional landscape observatory: the committed build sits in public/assets/, the config says public/build
    "apps/web/webpack.config.js": "var Encore = require('@symfony/webpack-encore');\nEncore\n    .addEntry('app', './src/app.js')\n"
                                  "    .setOutputPath('public/build') // compiled assets\n    .setPublicPath('/build')\n;\n"
                                  "module.exports = Encore.getWebpackConfig();\n",
    "apps/web/src/app.js": "import './app.scss';\nconsole.log('app');\n", "apps/web/src/app.scss": "body { margin: 0; }\n",
    "apps/web/public/index.php": "<?php\nrequire dirname(__DIR__).'/config/bootstrap.php';\n",
    "apps/web/public/assets/runtime.js": "!function(e){function r(r){for(var n,l,f=r[0];;);}}([]);\n",
    "apps/web/public/assets/app.css": "body{margin:0}\n",
    "apps/web/public/assets/fonts/fontawesome-webfont.1e59d233.ttf": "\x00\x01",
    "apps/web/public/assets/images/logo.png": "\x89PNG",  # (copied unhashed: an image, not counted)
    "apps/web/public/assets/entrypoints.json": ENTRYPOINTS,
    "apps/web/public/assets/manifest.json": '{\n  "assets/app.css": "/assets/app.css",\n  "assets/runtime.js": "/assets/runtime.js"\n}',
}


def _result(tmp_path, files, name):
    from tests.gitrepo import make_repo

    report = audit(str(make_repo(tmp_path / name, [{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.build-output"]))
    assert validate_report(report) == []
    return report["results"][0]


def test_webpack_encore_output_folder_is_told_by_its_entrypoints_json(tmp_path):
    r = _result(tmp_path, APP, "r")
    paths = {e["path"] for e in r["evidence"]}
    assert r["status"] == "warn" and r["details"]["files"] == 5, r
    assert "apps/web/public/assets/runtime.js" in paths and "apps/web/public/index.php" not in paths, r


def test_a_json_named_entrypoints_of_another_shape_and_public_scripts_stay_sources(tmp_path):
    """A hand-written public/js/app.js beside an entrypoints.json that is no Encore list (an API's description of its routes)."""
    files = {"public/js/app.js": "document.title = 'Carte';\n", "public/entrypoints.json": '{"routes": ["/api/v1/communes"]}',
             "src/app.py": "print('ok')\n"}
    r = _result(tmp_path, files, "other")
    assert r["status"] == "pass", r
