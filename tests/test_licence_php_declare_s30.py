"""Session 30 (m30, reader m22o3's WP-tarteaucitron): a WordPress plugin's 13 PHP files each open with "<?php", then PHP's
"declare( strict_types=1 );", then the GPL-3.0-or-later notice in words; the notice was read in 1 file of 13 (its @license tag), as
the leading comment was looked for before the declare statement only. The statement is skipped like a Java package line."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

NOTICE = ("/*\n * This file is part of WP-cookies.\n *\n * WP-cookies is free software: you can redistribute it and/or modify it under "
          "the terms of the GNU General Public License\n * as published by the Free Software Foundation, either version 3 of the License, "
          "or (at your option) any later version.\n *\n * WP-cookies is distributed in the hope that it will be useful, but WITHOUT ANY "
          "WARRANTY;\n * without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General "
          "Public License for more details.\n *\n * You should have received a copy of the GNU General Public License along with "
          "WP-cookies. If not, see <https://www.gnu.org/licenses/>.\n */\n")


def _files(opening: str) -> dict:
    return {"README.md": "# WP-cookies\n\nGestion des cookies.\n",
            **{f"inc/Option{i}.php": f"{opening}\n{NOTICE}\nclass Option{i} {{\n  public function name(): string {{ return 'o{i}'; }}\n}}\n"
               for i in range(4)}}


def test_a_gpl_notice_after_a_php_declare_statement_is_read(tmp_path):
    report, res = judge(tmp_path, _files("<?php\ndeclare( strict_types=1 );\n"), ["licensing.reuse"])
    headers = report["facts"]["license"]["headers"]
    assert headers["licences"] == {"GPL-3.0-or-later": 4} and headers["words"] == 4, headers
    assert "4 of 4 source files read state a license in their header" in res["licensing.reuse"]["message"]["en"], res["licensing.reuse"]["message"]


def test_a_notice_after_code_is_still_no_header(tmp_path):
    report, _ = judge(tmp_path, _files("<?php\ndeclare( strict_types=1 );\nrequire_once __DIR__ . '/boot.php';\n"), ["licensing.reuse"])
    assert not (report["facts"]["license"].get("headers") or {}).get("licences"), report["facts"]["license"].get("headers")
