"""interoperability.identifiers (issue 12, s34 c34 = DSI-Maurepas/elections-2026): "hard-coded values: 0" though its own evidence
src/utils/constants.js:139 is COMMUNE_CODE: '78403' (a commune's INSEE code in the code's settings module) and the 1 MB
src/services/exportService.js, which falls back to the same code, was never read (over the scan's 512 KB).

A settings module's identifier is where a second commune changes it (no finding, as reusability.territory-neutral says), but the
message now names it beside the count, and names the code files too large to be read ("0 in the files read"). Near miss: with no
such constant and no large file, the message keeps its plain count."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "interoperability.identifiers"
APP = {
    "README.md": "# Élections\n\nRésultats du soir des élections municipales.\n",
    "package.json": '{"name": "elections", "private": true, "dependencies": {"react": "^18.2.0"}}\n',
    "src/utils/constants.js": ("export const ELECTION_CONFIG = {\n  COMMUNE_NAME: 'Ville',\n  COMMUNE_CODE: '78403',\n  NB_SIEGES: 33,\n};\n"),
    "src/components/Header.jsx": ("import { ELECTION_CONFIG } from '../utils/constants';\n\nexport default function Header() {\n"
                                  "  const code = ELECTION_CONFIG.COMMUNE_CODE;\n  return <h1>Commune {code}</h1>;\n}\n"),
}
BIG = ("import { ELECTION_CONFIG } from '../utils/constants';\n\nexport function exportRows(rows) {\n"
       "  const commune = ELECTION_CONFIG.COMMUNE_CODE || '78403';\n  return rows.map((r) => ({ ...r, commune }));\n}\n"
       + "".join(f"export const TEMPLATE_PART_{i} = '{'x' * 900}';\n" for i in range(640)))


def test_the_settings_constant_and_the_unread_file_are_named(tmp_path):
    _, res = judge(tmp_path, {**APP, "src/services/exportService.js": BIG}, [CID])
    r = res[CID]
    assert r["details"]["in_settings"] == 1 and r["details"]["unread"] == ["src/services/exportService.js"], r["details"]
    assert "in settings: 1, src/utils/constants.js:3" in r["message"]["en"], r["message"]  # was "hard-coded values: 0."
    assert "0 in the files read" in r["message"]["en"] and "src/services/exportService.js" in r["message"]["en"], r["message"]
    assert {"path": "src/services/exportService.js", "kind": "missing"} in r["evidence"], r["evidence"]


def test_no_settings_constant_and_no_large_file_keep_the_plain_count(tmp_path):
    app = {**APP, "src/utils/constants.js": "export const ELECTION_CONFIG = {\n  COMMUNE_CODE: process.env.VITE_COMMUNE_CODE,\n};\n"}
    _, res = judge(tmp_path, app, [CID])
    r = res[CID]
    assert r["details"]["in_settings"] == 0 and r["details"]["unread"] == [], r["details"]
    assert r["message"]["en"].endswith("hard-coded values: 0."), r["message"]
