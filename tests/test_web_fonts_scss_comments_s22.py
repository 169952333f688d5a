"""interoperability.accessibility-and-ecodesign credited a site with a font loaded from outside its repository (issue 12, session
22 reader a4): the @font-face was commented out line by line with Sass's // comments in a theme's variables (// @font-face{ …
// src: url('../fonts/…')), and web_fonts stripped only /* */ comments from a stylesheet. A // comment of a .scss, .sass, .less
or .styl file is skipped now; the same rule left live still counts, and an address's https:// is no comment."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

A11Y = "interoperability.accessibility-and-ecodesign"

FACE = ("@font-face{\n  font-family: 'Gabarit';\n  src: url('../fonts/gabarit-regular.woff2') format('woff2');\n  font-weight: 400;\n}\n")
SITE = {"config.toml": "baseURL = 'https://example.org/'\ntitle = 'Plan climat'\ntheme = 'sobre'\n",
        "content/_index.md": "---\ntitle: Accueil\n---\n\nLe plan climat de la communauté.\n",
        "themes/sobre/layouts/index.html": "<!doctype html><html lang=\"fr\"><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>\n",
        "themes/sobre/assets/scss/variables.scss": "$primary: #2a6;\n" + "".join("// " + line + "\n" for line in FACE.splitlines()) + "$family: sans-serif;\n",
        "themes/sobre/assets/scss/main.scss": "@import 'variables';\nbody { font-family: $family; color: $primary; }\n"}


def _fonts(res) -> str:
    return res["message"]["en"].split("; missing:")[0]


def test_a_font_face_commented_out_with_sass_comments_loads_no_font(tmp_path):
    res = judge(tmp_path, SITE, [A11Y])[1][A11Y]
    assert "loaded from outside" not in _fonts(res), res["message"]


def test_the_same_font_face_left_live_still_counts(tmp_path):
    files = dict(SITE, **{"themes/sobre/assets/scss/variables.scss": "$primary: #2a6;\n" + FACE + "$family: 'Gabarit', sans-serif;\n"})
    res = judge(tmp_path, files, [A11Y])[1][A11Y]
    assert "1 font family loaded from outside" in _fonts(res), res["message"]


def test_an_address_after_a_colon_is_no_comment(tmp_path):
    face = FACE.replace("../fonts/gabarit-regular.woff2", "https://cdn.example.net/gabarit-regular.woff2")
    files = dict(SITE, **{"themes/sobre/assets/scss/variables.scss": "$primary: #2a6;\n" + face + "$family: 'Gabarit', sans-serif;\n"})
    res = judge(tmp_path, files, [A11Y])[1][A11Y]
    assert "1 font family loaded from outside" in _fonts(res), res["message"]
