"""Zensical's zensical.toml is a static-site generator's configuration like mkdocs.yml, and a pyproject.toml with no build backend
and no package folder lists the dependencies of scripts, no library (issue 12, s40 ff40 = reader re40's opt-nc/odata-avps-drhfpnc).

The repository: a daily pipeline (src/filter.py run with `uv run`) writing Markdown under data/, built by Zensical (zensical.toml:
site_url on the organisation's github.io, repo_url, docs_dir = "data", theme overrides) and deployed to GitHub Pages. Its
pyproject.toml has a [project] name and dependencies but no [build-system]. Before: kind library ("named package"),
accessibility not applicable "a library", scaling.hosting "personal or third-party account" for the site's own github.io address.
Near misses: a pyproject with a build backend and a package stays a library; a pyproject without a backend beside a package folder
still names that package; the same site configured by mkdocs.yml keeps its verdicts."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

ZENSICAL = ('[project]\nsite_name = "Offres"\nsite_url = "https://bureau-postal.github.io/offres/"\n'
            'repo_url = "https://github.com/bureau-postal/offres"\ndocs_dir = "data"\nsite_dir = "site"\n\n'
            '[project.theme]\nname = "material"\ncustom_dir = "overrides"\nlanguage = "fr"\n')
MKDOCS = ('site_name: "Offres"\nsite_url: "https://bureau-postal.github.io/offres/"\nrepo_url: "https://github.com/bureau-postal/offres"\n'
          'docs_dir: "data"\ntheme:\n  name: material\n  custom_dir: overrides\n')
SCRIPTS_ONLY = '[project]\nname = "offres"\nversion = "0.1.0"\nrequires-python = ">=3.12"\ndependencies = ["pandas>=2.2", "requests>=2.32"]\n'
PACKAGED = SCRIPTS_ONLY + '\n[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n'
FILTER = ('"""Keep the office\'s job notices and write the site\'s pages."""\nimport pandas as pd\nimport requests\n\n'
          'FEED = "https://bureau-postal.github.io/offres/feed.xml"\n\n\ndef main():\n    """Download and filter."""\n'
          '    rows = requests.get("https://data.example.org/api/notices.json", timeout=30).json()\n'
          '    pd.DataFrame(rows).to_csv("data/offres.csv", index=False)\n\n\nif __name__ == "__main__":\n    main()\n')
PUBLISH = ("name: publish\non:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
           "      - uses: actions/checkout@v4\n      - run: pip install zensical && zensical build\n"
           "      - uses: actions/upload-pages-artifact@v3\n        with:\n          path: site\n      - uses: actions/deploy-pages@v4\n")


def _site(config_name: str, config: str, pyproject: str, extra: dict | None = None) -> dict:
    return {"README.md": "# Offres\n\nLes avis de vacance de poste de l'office, publiés chaque jour.\n", config_name: config,
            "pyproject.toml": pyproject, "src/filter.py": FILTER, "data/index.md": "# Offres\n\n- Agent d'accueil\n",
            "overrides/main.html": '{% extends "base.html" %}\n{% block content %}{{ super() }}{% endblock %}\n',
            ".github/workflows/publish.yml": PUBLISH, **(extra or {})}


CHECKS = ["interoperability.accessibility-and-ecodesign", "scaling.hosting", "interoperability.auth"]


def test_a_zensical_site_built_by_scripts_is_a_static_site(tmp_path):
    report, res = judge(tmp_path, _site("zensical.toml", ZENSICAL, SCRIPTS_ONLY), CHECKS, name="zensical")
    assert report["facts"]["project"]["kind"] == "static-site", report["facts"]["project"]
    assert res["interoperability.accessibility-and-ecodesign"]["status"] != "not_applicable"
    assert "library" not in res["interoperability.auth"]["message"]["en"], res["interoperability.auth"]["message"]
    assert "personal" not in res["scaling.hosting"]["message"]["en"], res["scaling.hosting"]["message"]


def test_a_zensical_site_is_a_documentation_site_like_mkdocs(tmp_path):
    report, _ = judge(tmp_path, _site("zensical.toml", ZENSICAL, SCRIPTS_ONLY), ["documentation.docs"], name="zdocs")
    assert [s["tool"] for s in report["facts"]["docs"]["site"]] == ["zensical"]


def test_near_miss_the_same_site_by_mkdocs_keeps_its_verdicts(tmp_path):
    report, res = judge(tmp_path, _site("mkdocs.yml", MKDOCS, SCRIPTS_ONLY), CHECKS, name="mkdocs")
    assert report["facts"]["project"]["kind"] == "static-site"
    assert res["interoperability.accessibility-and-ecodesign"]["status"] != "not_applicable"


def test_near_miss_a_pyproject_with_a_build_backend_and_a_package_is_a_library(tmp_path):
    files = {"README.md": "# Offres\n\nUne bibliothèque de lecture des offres.\n", "pyproject.toml": PACKAGED,
             "offres/__init__.py": '"""Read notices."""\n\n\ndef read(path):\n    """Read."""\n    return open(path).read()\n'}
    report, _ = judge(tmp_path, files, ["interoperability.auth"], name="lib")
    assert report["facts"]["project"]["kind"] == "library", report["facts"]["project"]


def test_near_miss_a_pyproject_without_backend_beside_its_package_still_names_it(tmp_path):
    files = {"README.md": "# Offres\n\nUne bibliothèque de lecture des offres.\n", "pyproject.toml": SCRIPTS_ONLY,
             "offres/__init__.py": '"""Read notices."""\n\n\ndef read(path):\n    """Read."""\n    return open(path).read()\n'}
    report, _ = judge(tmp_path, files, ["interoperability.auth"], name="libnb")
    assert report["facts"]["project"]["kind"] == "library", report["facts"]["project"]
