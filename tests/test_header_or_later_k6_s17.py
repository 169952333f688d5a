"""Licence (issue 12, s17 b2): a C++ server ships the GPL v2 text as COPYING and 2,000 of its own source files say "either
version 2 of the License, or (at your option) any later version". The headers were read on the first 200 source files in path
order — all in a web folder (packages/admin/) sorted before src/ — and each header's first lines name its file, so after 40
distinct comments no more were identified: the "or later" choice was never read, and the project was GPL-2.0-only (not on the
décret's list, Apache dependencies incompatible). Now the files read are spread over the whole tree and a header is identified
from its licence words on: GPL-2.0-or-later."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.license_headers import spread
from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results

NOTICE = ("/** {cls} class.\n\t@file {cls}.cpp\n\n\tThis file belongs to the TRANSIT project (public transport server)\n"
          "\tCopyright (C) 20{yy:02d} {who}\n\n"
          "\tThis program is free software; you can redistribute it and/or\n"
          "\tmodify it under the terms of the GNU General Public License\n"
          "\tas published by the Free Software Foundation; either version 2\n"
          "\tof the License, or (at your option) any later version.\n\n"
          "\tThis program is distributed in the hope that it will be useful,\n"
          "\tbut WITHOUT ANY WARRANTY; without even the implied warranty of\n"
          "\tMERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the\n"
          "\tGNU General Public License for more details.\n*/\n\n#include \"{cls}.hpp\"\n\nint {cls}::run() {{ return {n}; }}\n")
WHO = ["Jeanne Martin - Transit <contact@transit.example>", "Paul Roux - Tisseo", "Hugo Petit"]


def license_text(lid: str) -> str:
    from auditor.licenses.matcher import load_data

    return load_data()["licenses"][lid]["texts"][0]["text"]


def test_spread_takes_files_across_the_tree():
    paths = [f"a/{i:03d}.js" for i in range(300)] + [f"src/{i:03d}.cpp" for i in range(300)]
    got = spread(paths, 200)
    assert len(got) == 200 and got == sorted(got) and sum(p.startswith("src/") for p in got) == 100
    assert spread(paths[:10], 200) == paths[:10]


def test_gpl_or_later_headers_beside_a_bare_gpl2_text(tmp_path):
    files = {"README.md": "# Transit\n\nA public transport server.\n", "COPYING": license_text("GPL-2.0-only")}
    files |= {f"packages/admin/files/page{i:03d}.js": f"function page{i}() {{ return {i}; }}\n" for i in range(220)}
    for i in range(400):
        cls = f"Module{i:03d}"
        files[f"src/{i // 40:02d}_part/{cls}.cpp"] = NOTICE.format(cls=cls, yy=i % 12, who=WHO[i % 3], n=i)
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "initial",
                                       "author": ("Jeanne Martin", "jeanne.martin@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True,
                                           only=["licensing.license-file", "licensing.authorized-fr"]))
    lic = report["facts"]["license"]
    assert lic["spdx"] == "GPL-2.0-or-later", (lic["spdx"], lic.get("headers"), lic.get("version_choice"))
    r = results(report)
    assert r["licensing.authorized-fr"]["status"] == "pass", r["licensing.authorized-fr"]["message"]
