"""Session 29 (j29 = reader s29 m21o3, QuentinEcollectivites/weatherBlock): with no licence at the root, the licence of a component's
manifest is the project's when the components hold its code; a whole copy of drupal.org's fontawesome module beside the project's
own weatherblock/ folder (the inventory calls it a copy) gave "Open license: GPL-2.0-or-later" from fontawesome/composer.json:5,
while the project's own module states no licence. A copied package's manifest is no component of the project; a monorepo's own
components (api/package.json "license": "Apache-2.0") still declare it. Files written for these tests."""

from __future__ import annotations

from tests.test_copied_module_manifest_s29 import MODULE
from tests.test_local_authority_verdicts import judge

CHECKS = ["licensing.open-license"]


def test_a_copied_modules_manifest_licence_is_not_the_projects(tmp_path):
    files = {**MODULE, "fontawesome/composer.json": MODULE["fontawesome/composer.json"]}
    res = judge(tmp_path, files, CHECKS, name="w")[1]["licensing.open-license"]
    assert res["status"] == "fail", res["message"]
    assert not any(e.get("path") == "fontawesome/composer.json" for e in res["evidence"]), res["evidence"]


def test_a_monorepos_own_components_still_declare_the_licence(tmp_path):
    files = {"README.md": "# Recherche\n\nUne API et son index.\n",
             "api/package.json": '{"name": "api", "version": "1.0.0", "license": "Apache-2.0", "dependencies": {"express": "^4.19.0"}}\n',
             "api/src/index.js": "const express = require('express')\nconst app = express()\napp.get('/', (req, res) => res.json({}))\napp.listen(3000)\n",
             "index/package.json": '{"name": "index", "version": "1.0.0", "license": "Apache-2.0"}\n',
             "index/src/build.js": "const fs = require('fs')\nfs.writeFileSync('index.json', JSON.stringify([]))\n"}
    res = judge(tmp_path, files, CHECKS, name="m")[1]["licensing.open-license"]
    assert res["status"] == "pass", res["message"]
