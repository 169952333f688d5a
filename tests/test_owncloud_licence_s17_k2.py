"""Session 17 (k2, reader a2): GIP-RECIA/server_session_manager, an ownCloud 8 app, declares `<licence>AGPL</licence>` in its
appinfo/info.xml beside a GPL-2.0 LICENSE: licensing.consistent said "a single source states the license: no contradiction". An
ownCloud app's info.xml has no <namespace> (Nextcloud's): its <id> is enough to read it as the app's manifest."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

GPL2 = ("GNU GENERAL PUBLIC LICENSE\nVersion 2, June 1991\n\nCopyright (C) 1989, 1991 Free Software Foundation, Inc.\n\n"
        "Everyone is permitted to copy and distribute verbatim copies of this license document, but changing it is not allowed.\n")


def test_an_owncloud_app_manifest_states_its_licence(tmp_path):
    files = {"README.md": "# Gestion des sessions\n\nDéconnexion globale CAS pour ownCloud.\n", "LICENSE": GPL2,
             "appinfo/info.xml": ('<?xml version="1.0"?>\n<info>\n    <id>session_cas</id>\n    <name>session cas</name>\n'
                                  '    <version>2.0</version>\n    <licence>AGPL</licence>\n    <author>DSI</author>\n</info>\n'),
             "appinfo/app.php": "<?php\n\\OCP\\Util::connectHook('OC_User', 'logout', 'OCA\\\\SessionCas\\\\Hooks', 'logout');\n",
             "lib/hooks.php": "<?php\nnamespace OCA\\SessionCas;\nclass Hooks {\n  public static function logout() {}\n}\n"}
    report, res = judge(tmp_path, files, ["licensing.consistent"])
    declared = report["facts"]["license"].get("declared") or []
    assert any(d["file"] == "appinfo/info.xml" and d["line"] == 6 for d in declared), declared
    assert res["licensing.consistent"]["status"] != "pass", res["licensing.consistent"]["message"]
