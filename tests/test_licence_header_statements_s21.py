"""Licence statements in file headers (issue 12, session 21 reader m1): a Java file of a project template distributed under GPL 3.0
that quotes the Apache-2.0 notice of the code it derives from was read "GPL-3.0-only OR Apache-2.0", the Apache notice's warranty
disclaimer "either express or implied" being taken for a choice between licences (DSI-Ville-Noumea/webapp-project-archetype); a
PHP header "@license : ALFERO GPL ( https://www.gnu.org/licenses/agpl-3.0.fr.html )" was read "GPL AND AGPL-3.0", the misspelt
name and its address counted as two licences (urbanlab/cime_city). Now a choice must be offered ("at your option", "dual-licensed",
"au choix", "either … or …" outside the disclaimer), and one licence named by a family word with its address is the address's
licence. A real dual licence and two licences named side by side are read as before."""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit
from auditor.facts.license import _declared_value
from auditor.licenses import notices
from tests.gitrepo import make_repo

APACHE_TAIL = (" * Licensed under the Apache License, Version 2.0 (the \"License\");\n"
               " * you may not use this file except in compliance with the License.\n"
               " * Unless required by applicable law or agreed to in writing, software\n"
               " * distributed under the License is distributed on an \"AS IS\" BASIS,\n"
               " * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\n"
               " * See the License for the specific language governing permissions and limitations.\n")
GPL_AND_APACHE = ("/* Outils.java\n *\n * Copyright (C) 2011 Exemple SARL\n *\n"
                  " * This program is distributed under GPL Version 3.0 in the hope that it will be useful,\n"
                  " * but WITHOUT ANY WARRANTY.\n *\n * Parts of this file come from another project; as its licence requires,\n"
                  " * its statement follows.\n *\n" + APACHE_TAIL + " */\npackage fr.exemple;\n\npublic class Outils {\n}\n")
DUAL = ("/* Outils.java\n *\n * Copyright (C) 2011 Exemple SARL\n *\n"
        " * This file is dual-licensed: you may use it under the GNU General Public License version 3.0\n"
        " * or, at your option, under the Apache License, Version 2.0.\n *\n" + APACHE_TAIL + " */\npackage fr.exemple;\n\npublic class Outils {\n}\n")


def _headers(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Outils\n\nDes outils.\n", **files},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@ville-exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["licensing.reuse"]))
    return (report["facts"]["license"].get("headers") or {}).get("licences") or {}


def test_a_warranty_disclaimer_offers_no_choice():
    assert not notices.says_dual("WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.")
    assert notices.says_dual("You may use it under either the MIT licence or the Apache License 2.0.")
    assert notices.says_dual("Dual licensed under the MIT or GPL licences.")


def test_a_gpl_file_quoting_the_apache_notice_is_no_dual_licence(tmp_path):
    lic = _headers(tmp_path, {"src/main/java/fr/exemple/Outils.java": GPL_AND_APACHE})
    assert lic and all(" OR " not in k for k in lic), lic


def test_a_real_dual_licence_stays_a_choice(tmp_path):
    lic = _headers(tmp_path, {"src/main/java/fr/exemple/Outils.java": DUAL})
    assert any(" OR " in k for k in lic), lic


@pytest.mark.parametrize(("value", "expr"), [
    ("ALFERO GPL ( https://www.gnu.org/licenses/agpl-3.0.fr.html )", "AGPL-3.0"),   # misspelt: the address decides
    ("GPL (https://www.gnu.org/licenses/lgpl-2.1.html)", "LGPL-2.1"),
    ("AFFERO GPL ( https://www.gnu.org/licenses/agpl-3.0.fr.html )", "AGPL-3.0"),
    ("BSD (https://opensource.org/licenses/BSD-3-Clause)", "BSD-3-Clause"),
    ("MIT or GPL (https://www.gnu.org/licenses/gpl-3.0.html)", "MIT OR GPL-3.0"),      # two licences named: as before
    ("GPL-2.0 (https://www.gnu.org/licenses/gpl-3.0.html)", "GPL-2.0 AND GPL-3.0"),  # a versioned name against its address: as read
])
def test_one_licence_named_with_its_address(value, expr):
    assert _declared_value(value)[0] == expr


def test_a_misspelt_affero_header_with_its_address_is_one_licence(tmp_path):
    php = ("<?php\n/**\n * @name     : index.php\n * @owner    : Exemple\n"
           " * @license  : ALFERO GPL ( https://www.gnu.org/licenses/agpl-3.0.fr.html )\n */\nrequire 'lib/upload.php';\necho 'ok';\n")
    lic = _headers(tmp_path, {"index.php": php})
    assert lic == {"AGPL-3.0": 1}, lic
