"""reusability.configuration (issue 12, s35 n35 = GwendolineD/app-mairies): a variable a shell script sets itself is no setting.

scripts/generate-pwa-icons.sh sets ``ROOT="$(cd "$(dirname "$0")/.." && pwd)"`` and hands it to the JavaScript it feeds node
(``ROOT="$ROOT" node <<'NODE'`` … ``const root = process.env.ROOT;``): the code scan read ``process.env.ROOT`` as a setting of the
environment, undocumented. The script gives it its value: no setting a deployment gives. The near miss: the same node program reading
a variable the script does not set (``process.env.ICONS_CDN_TOKEN``) stays a setting read from the environment. The files are written
for these tests, in the shape of that repository."""

from __future__ import annotations

from tests.gitrepo import Executable
from tests.test_local_authority_verdicts import judge

CID = "reusability.configuration"

ICONS = """#!/usr/bin/env bash
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SRC="$ROOT/public/logo.png"
MANIFEST="$ROOT/public/manifest.webmanifest"

if [[ ! -f "$SRC" ]]; then
  echo "Missing source icon" >&2
  exit 1
fi

sips -z 192 192 "$SRC" --out "$ROOT/public/icons/icon-192.png" >/dev/null

ROOT="$ROOT" node <<'NODE'
const fs = require("fs");
const path = require("path");

const root = process.env.ROOT;
const manifestPath = path.join(root, "public/manifest.webmanifest");
const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
manifest.icons = [{ src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" }];
fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + "\\n");
NODE
"""

APP = {"README.md": "# Vie locale\n\nApplication pour les communes.\n\n## Démarrage\n\n```bash\nnpm install\nnpm run dev\n```\n",
       "package.json": '{"name": "vie-locale", "private": true, "scripts": {"dev": "next dev", "build": "next build"}, '
                       '"dependencies": {"next": "14.2.0", "react": "18.3.1"}}\n',
       "app/page.tsx": "export default function Page() {\n  return <main>{process.env.NEXT_PUBLIC_APP_NAME}</main>;\n}\n",
       "scripts/generate-pwa-icons.sh": Executable(ICONS)}


def _conf(tmp_path, files, name):
    return judge(tmp_path, files, [CID], name=name)[1][CID]


def _read(res):
    return {e.get("value") for e in res["evidence"] if e.get("kind") == "finding"} | set(res["details"].get("undocumented") or [])


def test_a_variable_the_script_sets_and_hands_to_its_node_program_is_no_setting(tmp_path):
    res = _conf(tmp_path, APP, "a")
    assert "ROOT" not in _read(res), (res["message"], res["evidence"])
    assert "NEXT_PUBLIC_APP_NAME" in _read(res), res["message"]


def test_a_variable_the_scripts_node_program_reads_unset_stays_a_setting(tmp_path):
    other = ICONS.replace("const root = process.env.ROOT;", "const root = process.env.ROOT;\nconst token = process.env.ICONS_CDN_TOKEN;")
    res = _conf(tmp_path, {**APP, "scripts/generate-pwa-icons.sh": Executable(other)}, "b")
    assert "ICONS_CDN_TOKEN" in _read(res), (res["message"], res["evidence"])
    assert "ROOT" not in _read(res), res["message"]
