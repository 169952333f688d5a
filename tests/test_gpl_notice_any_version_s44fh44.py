"""Licence (issue 12, s44 fh44 = reader rd44, DuaelFr/finistere): a Drupal 6 site's COPYRIGHT.txt grants "the GNU General Public
License as published by the Free Software Foundation" with no version in its words, and points at the copy of GPL v2 beside it
(LICENSE.txt, gpl-2.0.txt). By the GPL's own rule (v2 section 9: "If the Program does not specify a version number of this
License, you may choose any version ever published") that is no GPL-2.0-only: the project was said off the French list
(GPL-2.0-only) and its Apache-2.0 dependencies incompatible. Now the notice reads GPL-2.0-or-later. Near miss: a notice naming
"version 2 of the License" (no "or any later version") stays GPL-2.0-only."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo
from tests.test_header_or_later_k6_s17 import license_text

ANY = ("All Drupal code is Copyright 2001 - 2012 by the original authors.\n\n"
       "This program is free software; you can redistribute it and/or modify\nit under the terms of the GNU General Public License as "
       "published by\nthe Free Software Foundation.\n\nThis program is distributed in the hope that it will be useful, but\nWITHOUT ANY "
       "WARRANTY; without even the implied warranty of MERCHANTABILITY\nor FITNESS FOR A PARTICULAR PURPOSE.  See the GNU General Public "
       "License\nfor more details.\n\nYou should have received a copy of the GNU General Public License\nalong with this program as the "
       "file LICENSE.txt; if not, please see\nhttp://www.gnu.org/licenses/old-licenses/gpl-2.0.txt.\n")
ONLY = ANY.replace("the Free Software Foundation.", "the Free Software Foundation; version 2 of the License.")
CHECKS = ["licensing.license-file", "licensing.authorized-fr"]


def judge(tmp_path, notice):
    files = {"COPYRIGHT.txt": notice, "LICENSE.txt": license_text("GPL-2.0-only"),
             "index.php": "<?php\n\n/**\n * Front controller.\n */\nfunction main() {\n  return 1;\n}\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2013-04-25T10:00:00Z", "message": "site"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=CHECKS))
    return {r["id"]: r for r in report["results"]}


def test_a_gpl_notice_naming_no_version_grants_any_version(tmp_path):
    res = judge(tmp_path, ANY)
    assert res["licensing.license-file"]["details"]["spdx"] == "GPL-2.0-or-later", res["licensing.license-file"]["message"]
    assert res["licensing.authorized-fr"]["status"] == "pass", res["licensing.authorized-fr"]["message"]


def test_a_gpl_notice_naming_version_2_alone_stays_gpl2_only(tmp_path):
    res = judge(tmp_path, ONLY)
    assert res["licensing.license-file"]["details"]["spdx"] == "GPL-2.0-only", res["licensing.license-file"]["message"]
    assert res["licensing.authorized-fr"]["status"] == "fail", res["licensing.authorized-fr"]["message"]
