"""reusability.territory-neutral (issue 12, s35 d35 = DSI-Maurepas/elections-2026): a commune's election-night app whose 1 MB
src/services/exportService.js (beyond the scan's 512 KB) falls back to the commune's INSEE code ('78403') past the bound. The count
was "2 territory-specific value(s) hard-coded in 6 code file(s)." as if the whole code had been read; only the evidence named the
unread file. The message now says the count is of the files read and names the file left unread. Near miss: with no file over the
bound, the message keeps its plain count."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "reusability.territory-neutral"
APP = {
    "README.md": "# Élections\n\nRésultats du soir des élections municipales.\n",
    "package.json": '{"name": "elections", "private": true, "dependencies": {"react": "^18.2.0"}}\n',
    "src/components/layout/Footer.jsx": ("export default function Footer() {\n  return (\n    <footer>\n"
                                         "      <a href=\"mailto:elections@maurepas.fr\">Contact</a>\n    </footer>\n  );\n}\n"),
}
BIG = ("import { ELECTION_CONFIG } from '../utils/constants';\n\n"
       + "".join(f"export const TEMPLATE_PART_{i} = '{'x' * 900}';\n" for i in range(640))
       + "export function exportRows(rows) {\n  const commune = ELECTION_CONFIG.COMMUNE_CODE || '78403';\n"
         "  return rows.map((r) => ({ ...r, commune }));\n}\n")


def test_the_count_is_of_the_files_read_and_the_unread_file_is_named(tmp_path):
    _, res = judge(tmp_path, {**APP, "src/services/exportService.js": BIG}, [CID])
    r = res[CID]
    assert r["status"] in ("warn", "fail") and r["details"]["unread_large"] == 1, r
    assert "in the files read; 1 file(s) over 512 KB not read: src/services/exportService.js" in r["message"]["en"], r["message"]
    assert "dans les fichiers lus ; 1 fichier(s) de plus de 512 Ko non lu(s) : src/services/exportService.js" in r["message"]["fr"], r["message"]


def test_without_a_large_file_the_count_stays_plain(tmp_path):
    _, res = judge(tmp_path, APP, [CID])
    r = res[CID]
    assert "unread_large" not in r["details"], r["details"]
    assert r["message"]["en"].endswith("hard-coded in 1 code file(s)."), r["message"]
