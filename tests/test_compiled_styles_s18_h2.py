"""Build output the build-output check did not see (issue 12, s17 b2): a Symfony bundle committed Ruby Sass's cache
(.sass-cache/<hash>/main.scssc) and the CSS its sass/main.scss compiles to, beside the source map (css/main.css, main.css.map):
the build's, not files someone wrote ("4 build output files" where 12 are committed)."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_copied_binaries_cms_s18_h2 import WHEN, _inventory

SCSS = "$blue: #0055a4;\n\n.menu {\n  color: $blue;\n  a { text-decoration: none; }\n}\n"
CSS = ".menu {\n  color: #0055a4; }\n  .menu a {\n    text-decoration: none; }\n\n/*# sourceMappingURL=main.css.map */\n"
MAP = '{"version":3,"mappings":"AAEA,KAAK;EACH,KAAK","sources":["../sass/main.scss"],"names":[],"file":"main.css"}\n'


def test_a_stylesheet_compiled_from_the_projects_sass_and_sass_cache_are_build_output(tmp_path):
    repo = make_repo(tmp_path / "bundle", [{"files": {
        "README.md": "# Test bundle\n\nGénérer les css à partir des sass : `sass src/sass:src/css`.\n",
        "Resources/src/sass/main.scss": SCSS, "Resources/src/css/main.css": CSS, "Resources/src/css/main.css.map": MAP,
        "Resources/src/css/print.css": "@media print { .menu { display: none; } }\n",
        ".sass-cache/1c8acd85f79ce60689c50fda023528910ad3e036/main.scssc": b"3.4.25\x00\x04\x08o:\x16Sass::Tree::RootNode",
        # a copied library's compiled stylesheet beside its map and sources stays the library's
        "vendor/bootstrap/scss/bootstrap.scss": "@import 'variables';\n", "vendor/bootstrap/css/bootstrap.css": ".btn{display:inline-block}\n",
        "vendor/bootstrap/css/bootstrap.css.map": '{"version":3,"file":"bootstrap.css"}\n',
    }, **WHEN}])
    cats, _ = _inventory(repo)
    build = sorted(p for p, c in cats.items() if c == "build")
    assert build == [".sass-cache/1c8acd85f79ce60689c50fda023528910ad3e036/main.scssc", "Resources/src/css/main.css",
                     "Resources/src/css/main.css.map"], build
    assert cats["Resources/src/sass/main.scss"] == "source" and cats["Resources/src/css/print.css"] == "source"
    assert cats["vendor/bootstrap/css/bootstrap.css"] == "vendored"
