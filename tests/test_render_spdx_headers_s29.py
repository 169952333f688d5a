"""licensing.license-file (issue 12, session 29, reader m21o2: Mvince11/Observatoire-eptb-): a Quarto website commits its render
_site/, whose site_libs/quarto-dashboard/web-components.js carries Lit's "SPDX-License-Identifier: BSD-3-Clause" (Google's
code inside Quarto's runtime). The check said the project's licence was "only named (BSD-3-Clause) in the files' SPDX headers",
though the project names no licence anywhere.

Without a REUSE layout, the licence SPDX headers name is now read in the project's own files only (the reuse fact's
licenses_used_own: not a copied library's, not what a build or renderer wrote); a header in the project's own script still
names its licence."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "licensing.license-file"
LIT = ("/**\n * @license\n * Copyright 2017 Google LLC\n * SPDX-License-Identifier: BSD-3-Clause\n */\n"
       "const t = window, e = t.ShadowRoot;\nexport { t, e };\n")
PAGE = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8">\n<meta name="generator" content="quarto-1.4.550">\n'
        '<script src="site_libs/quarto-dashboard/web-components.js"></script>\n</head><body><h1>Observatoire</h1></body></html>\n')


def site(extra: dict) -> dict:
    return {"_quarto.yml": "project:\n  type: website\n\nwebsite:\n  title: \"Observatoire\"\n",
            "index.qmd": "---\ntitle: \"Observatoire\"\n---\n\nCarte des enjeux.\n",
            "_site/index.html": PAGE, "_site/site_libs/quarto-dashboard/web-components.js": LIT,
            "assets/carte.js": "const map = new maplibregl.Map({ container: 'map' });\n", **extra}


def test_a_renders_library_header_names_no_licence_of_the_project(tmp_path):
    _, res = judge(tmp_path, site({}), [CID])
    r = res[CID]
    assert "BSD-3-Clause" not in r["message"]["en"], r  # was: "the license is only named (BSD-3-Clause) in the files' SPDX headers"
    assert r["status"] == "fail", r


def test_a_header_in_the_projects_own_script_still_names_its_licence(tmp_path):
    own = "// SPDX-License-Identifier: MIT\n// Copyright 2024 EPTB\nconst map = new maplibregl.Map({ container: 'map' });\n"
    _, res = judge(tmp_path, site({"assets/carte.js": own}), [CID])
    assert "MIT" in res[CID]["message"]["en"], res[CID]
