"""Session 18 (c1, Pseudo404/MairieDhuizon): a commune's Django site states no licence; the only "licence" was
theme/static_src/package.json's "ISC", the manifest `npm init -y` writes for the Tailwind build helper (description "",
author "", license "ISC": npm's defaults). open-license passed "Open license: ISC". An untouched npm-init manifest states no
licence; a package.json whose author or description was written keeps its ISC."""

from __future__ import annotations

import json

from tests.test_licensing_checks import run  # noqa: F401 (the fixture)

NPM_INIT = json.dumps({"name": "static_src", "version": "1.0.0", "description": "", "main": "index.js",
                       "scripts": {"build": "npx @tailwindcss/cli -i ./src/styles.css -o ../static/css/dist/styles.css --minify"},
                       "keywords": [], "author": "", "license": "ISC", "type": "commonjs",
                       "dependencies": {"@tailwindcss/cli": "^4.3.3", "tailwindcss": "^4.3.3"}}, indent=2) + "\n"
SITE = {"README.md": "# Site de la mairie\n\nLe site de la commune : actualités, démarches, centre de loisirs.\n",
        "manage.py": "import os\nimport sys\n\nif __name__ == '__main__':\n    from django.core.management import execute_from_command_line\n"
                     "    execute_from_command_line(sys.argv)\n",
        "core/views.py": "from django.shortcuts import render\n\n\ndef accueil(request):\n    return render(request, 'accueil.html')\n",
        "requirements.txt": "Django==4.2\n"}


def test_an_untouched_npm_init_manifest_states_no_licence(run):  # noqa: F811
    res, lic = run({**SITE, "theme/static_src/package.json": NPM_INIT},
                   only=["licensing.license-file", "licensing.open-license", "licensing.consistent"])
    assert not lic.get("spdx") and "ISC" not in (lic.get("ids") or []), lic
    assert res["licensing.open-license"]["status"] == "fail", res["licensing.open-license"]["message"]
    assert "ISC" not in res["licensing.license-file"]["message"]["en"], res["licensing.license-file"]["message"]


def test_a_written_manifest_keeps_its_isc(run):  # noqa: F811
    written = NPM_INIT.replace('"author": ""', '"author": "Mairie de Bourg"')
    res, lic = run({**SITE, "theme/static_src/package.json": written}, only=["licensing.open-license"])
    assert res["licensing.open-license"]["status"] == "pass" and "ISC" in res["licensing.open-license"]["message"]["en"], res
