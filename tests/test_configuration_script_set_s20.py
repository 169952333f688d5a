"""reusability.configuration (issue 12, session 20 reader r2): a build-time constant the project's own npm script sets was an
undocumented setting. A static budget front end (datalocale/dataviz-finances-gironde) reads process.env.<MEDIA_ID>, which its
`build-production` script sets (`cross-env NODE_ENV=production <MEDIA_ID>=<n> npm-run-all …`) and Babel inlines: the check failed
"1 setting read from the environment, 1 undocumented" and asked for a .env.example. A value the project's build scripts set is no
setting the deployer gives; a variable set only by a development script (the server's DATABASE_URL) stays a setting to document."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import check_result

CID = "reusability.configuration"


def package(scripts: dict) -> str:
    return json.dumps({"name": "budget-dataviz", "version": "1.0.0", "private": True, "scripts": scripts,
                       "dependencies": {"react": "^16.8.0", "react-dom": "^16.8.0"},
                       "devDependencies": {"browserify": "^16.0.0", "cross-env": "^5.0.0"}}, indent=2) + "\n"


FRONT = ("import React from 'react';\nimport { render } from 'react-dom';\n\n"
         "const MEDIA = process.env.PORTAL_MEDIA_ID;\nexport const pdfUrl = `https://www.departement-exemple.fr/media/${MEDIA}`;\n"
         "render(<a href={pdfUrl}>Budget</a>, document.getElementById('app'));\n")
FILES = {"index.html": "<!doctype html>\n<html><body><div id=\"app\"></div><script src=\"build/app.js\"></script></body></html>\n",
         "src/main.js": FRONT,
         "README.md": "# Budget\n\nVisualisation du budget départemental.\n\n## Installation\n\n```\nnpm install\nnpm run build-production\n```\n"}


def test_a_constant_set_by_the_projects_build_script_is_no_setting_to_give(tmp_path):
    scripts = {"start": "serve -p 3000",
               "build-production": "cross-env NODE_ENV=production PORTAL_MEDIA_ID=4512 browserify src/main.js -o build/app.js"}
    r = check_result(tmp_path, {**FILES, "package.json": package(scripts)}, CID)
    assert r["status"] == "pass", r["message"]
    assert "PORTAL_MEDIA_ID" in r["message"]["en"] and "build-production" in r["message"]["en"], r["message"]
    assert not [e for e in r["evidence"] if e.get("kind") in ("finding", "missing")], r["evidence"]


def test_a_variable_set_only_by_a_development_script_stays_a_setting(tmp_path):
    scripts = {"dev": "cross-env PORTAL_MEDIA_ID=4512 browserify src/main.js -o build/app.js --debug",
               "build-production": "cross-env NODE_ENV=production browserify src/main.js -o build/app.js"}
    r = check_result(tmp_path, {**FILES, "package.json": package(scripts)}, CID)
    assert r["status"] != "pass", r["message"]
    assert "PORTAL_MEDIA_ID" in r["details"]["undocumented"], r["details"]
