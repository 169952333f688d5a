"""reusability.install (issue 12, s34 g34 = reader m28o3, Geographie-cites/mobiliscope): "Install tooling: none" though the site
kept in www_online/ has a package.json whose scripts build it with webpack ("build:dev", "build:prod") and the readme the check
cites says npm install / npm run build:prod. A package script named as a variant of start, dev, serve or build ("build:prod",
"start-dev") runs the project as the plain one does: a task runner. The near miss: scripts that only lint or format run nothing."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.install"
PACKAGE = ('{\n  "name": "mobiliscope",\n  "version": "4.0.0",\n  "main": "./src/index.js",\n  "scripts": {\n'
           '    "build:dev": "webpack watch --mode=development",\n    "build:prod": "webpack --mode=production"\n  },\n'
           '  "license": "ISC",\n  "devDependencies": {\n    "webpack": "^5.65.0",\n    "webpack-cli": "^4.9.1"\n  }\n}\n')
README = ("# Mobiliscope\n\nLe site en ligne.\n\n## Installation\n\nServeur apache 2 et php 7.3, pas de base de données.\n\n"
          "```\nnpm install\ncomposer install\nnpm run build:prod\n```\n")
FILES = {"README.md": "# Mobiliscope\n\nUn outil de géovisualisation.\n", "www_online/readme.md": README,
         "www_online/composer.json": '{\n  "require": {"maennchen/zipstream-php": "^2.1"}\n}\n',
         "www_online/webpack.config.js": "module.exports = { entry: './src/index.js' };\n",
         "www_online/src/index.js": "import './style.scss';\nexport const start = () => 1;\n",
         "www_online/french/index.php": "<?php $language = 'fr'; include '../geoviz_menu.php';\n",
         "www_online/geoviz_menu.php": "<?php echo $language;\n"}


def test_a_components_build_variants_are_a_task_runner(tmp_path):
    r = check_result(tmp_path, {**FILES, "www_online/package.json": PACKAGE}, CID)
    assert r["details"]["runtimes"] == ["task-runner"], (r["message"], r["evidence"])  # was [] ("Install tooling: none")
    assert any(e.get("path") == "www_online/package.json" for e in r["evidence"])


def test_lint_scripts_alone_run_nothing(tmp_path):
    lint = PACKAGE.replace('"build:dev"', '"lint:js"').replace('"build:prod"', '"format"')
    r = check_result(tmp_path, {**FILES, "www_online/package.json": lint}, CID)
    assert r["details"]["runtimes"] == [], (r["message"], r["evidence"])
