"""reusability.build-output said "No build output is committed" of a Hugo site that commits Hugo's resource cache (issue 12,
session 22 reader a4): resources/_gen/assets/scss/…/main.scss_<hash>.content and .json are the stylesheet Hugo compiled from the
site's Sass, and the site's CI builds with the extended edition of Hugo (extended: true), which compiles them again. Hugo documents
committing that cache for a build without the extended edition: without a build saying it runs the extended edition, the compiled
assets stay the site's; a theme's own cache (themes/<name>/resources/_gen/) stays the theme author's."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

BUILD = "reusability.build-output"
GEN = "resources/_gen/assets/scss/scss/main.scss_0123456789abcdef0123456789abcdef"
WORKFLOW = ("name: deploy\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
            "      - uses: peaceiris/actions-hugo@v2\n        with:\n          hugo-version: '0.120.0'\n          extended: true\n"
            "      - run: hugo --minify\n")
SITE = {"config.yml": "baseURL: https://example.org/\ntitle: Plan climat\ntheme: sobre\n",
        "content/_index.md": "---\ntitle: Accueil\n---\n\nLe plan climat de la communauté.\n",
        "layouts/index.html": "<!doctype html><html lang=\"fr\"><body>{{ .Content }}</body></html>\n",
        "assets/scss/main.scss": "$primary: #2a6;\nbody { color: $primary; }\n",
        GEN + ".content": "body{color:#2a6}\n",
        GEN + ".json": "{\"Target\":\"scss/main.css\",\"MediaTypeV\":\"text/css\",\"Data\":{}}\n",
        "themes/sobre/theme.toml": "name = 'Sobre'\n",
        "themes/sobre/layouts/_default/baseof.html": "<!doctype html><html><body>{{ block \"main\" . }}{{ end }}</body></html>\n",
        "themes/sobre/" + GEN + ".content": "h1{margin:0}\n",
        ".github/workflows/deploy.yml": WORKFLOW}


def _paths(res) -> list:
    return [e.get("path") for e in res.get("evidence") or []]


def test_the_cache_of_a_site_built_with_extended_hugo_is_build_output(tmp_path):
    res = judge(tmp_path, SITE, [BUILD])[1][BUILD]
    assert res["status"] != "pass", res["message"]
    assert GEN + ".content" in _paths(res) and not any(p.startswith("themes/") for p in _paths(res) if p), res["message"]


def test_the_cache_kept_for_a_build_without_extended_hugo_stays_the_sites(tmp_path):
    files = dict(SITE, **{".github/workflows/deploy.yml": WORKFLOW.replace("          extended: true\n", "")})
    res = judge(tmp_path, files, [BUILD])[1][BUILD]
    assert res["status"] == "pass", res["message"]
