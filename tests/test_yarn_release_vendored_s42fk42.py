"""Yarn Berry's committed release is the package manager's copy, no code of the project (issue 12, s42 fk42 = GIP-RECIA/GLC).

A Vue front built with Yarn 4 commits .yarn/releases/yarn-4.x.cjs (3 MB), which .yarnrc.yml's yarnPath runs. It was read as the
project's code too large to read, and kept interoperability.geo and reusability.territory-neutral inconclusive ("not measured:
.yarn/releases/yarn-4.16.0.cjs"). Yarn's release, plugins and editor SDKs are vendored; a large file of the project's own stays
unread and keeps the checks inconclusive.
"""

from __future__ import annotations

from auditor.facts.inventory import classify
from tests.test_local_authority_verdicts import judge

CHECKS = ["interoperability.geo", "reusability.territory-neutral"]
BIG = "".join(f"var a{i}=function(b){{return b+{i}}};\n" for i in range(20000))  # ~650 KB, over the scan's bound
APP = {
    "package.json": '{"name": "front", "private": true, "packageManager": "yarn@4.16.0", "scripts": {"build": "vite build"},'
                    ' "dependencies": {"vue": "^3.4.0"}}\n',
    ".yarnrc.yml": "nodeLinker: node-modules\n\nyarnPath: .yarn/releases/yarn-4.16.0.cjs\n",
    "src/main.js": "import { createApp } from 'vue';\nimport App from './App.vue';\ncreateApp(App).mount('#app');\n",
    "src/App.vue": "<template><h1>Gestion des comptes</h1></template>\n<script>\nexport default { name: 'App' };\n</script>\n",
    "README.md": "# Gestion des comptes\n\nOutil de gestion des comptes des établissements.\n",
}


def test_yarn_release_is_vendored_and_no_reason_for_inconclusive(tmp_path):
    assert classify(".yarn/releases/yarn-4.16.0.cjs")[0] == "vendored"
    assert classify(".yarn/plugins/@yarnpkg/plugin-workspace-tools.cjs")[0] == "vendored"
    assert classify(".yarn/sdks/typescript/lib/tsserver.js")[0] == "vendored"
    _, res = judge(tmp_path, {**APP, ".yarn/releases/yarn-4.16.0.cjs": "#!/usr/bin/env node\n" + BIG}, CHECKS)
    for cid in CHECKS:
        assert res[cid]["status"] != "inconclusive", (cid, res[cid]["message"])
        assert "yarn-4.16.0.cjs" not in res[cid]["message"]["en"], res[cid]["message"]


def test_near_miss_a_large_file_of_the_project_stays_unmeasured(tmp_path):
    assert classify(".yarn/patches/vue-npm-3.4.0-abc.patch")[0] != "vendored"  # (the project's own patches of a dependency)
    _, res = judge(tmp_path, {**APP, "src/generated/big.js": BIG, "src/tables/big.js": BIG}, CHECKS)
    assert res["reusability.territory-neutral"]["status"] == "inconclusive", res["reusability.territory-neutral"]["message"]
