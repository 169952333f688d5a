"""A Jekyll theme's repository copied into the site's folder (issue 12, s39 fh39 = reader rd39's aitf-sig-topo/voies-adresses).

voies-adresses: a working group's address format (Table Schemas, PDF specifications) whose Jekyll site in docs/ was built on a copy
of GitHub's Slate theme repository: docs/LICENSE (the theme's CC0), docs/jekyll-theme-slate.gemspec (Jason Costello, GitHub),
docs/script/cibuild, docs/README.md "The Slate theme", docs/docs/CONTRIBUTING.md "Contributing to The Slate Theme" and its code of
conduct, beside the project's own pages (docs/index.md, docs/_config.yml). The theme's licence was taken for the project's (open-license
pass "CC0-1.0", license-file "copy docs/LICENSE to the root"), its community files for the project's and its gemspec for the project's
packaging. Rule: a folder holding a Jekyll theme's gem specification named after another project, with a licence text of its own, is
that theme's copy: its gemspec, licence, scripts, README titled after it and community files are a third party's. Near miss: the
project's own theme gem (named after the project) keeps its licence, gemspec and contributing guide."""

from __future__ import annotations

from tests.test_licensing_checks import text
from tests.test_local_authority_verdicts import judge

LICENSE_FILE = "licensing.license-file"
OPEN = "licensing.open-license"
COMMUNITY = "documentation.community-files"
PORTABILITY = "reusability.portability"


def _gemspec(name: str) -> str:
    return ("# frozen_string_literal: true\n\nGem::Specification.new do |s|\n"
            f"  s.name          = '{name}'\n  s.version       = '0.2.0'\n  s.license       = 'MIT'\n"
            "  s.authors       = ['Atelier Thèmes']\n  s.summary       = 'A Jekyll theme for project pages'\n\n"
            "  s.platform = Gem::Platform::RUBY\n  s.add_runtime_dependency 'jekyll', '> 3.5', '< 5.0'\n"
            "  s.add_runtime_dependency 'jekyll-seo-tag', '~> 2.0'\nend\n")


def _site(gem: str, word: str) -> dict:
    return {
        "README.md": "# Format d'échange des adresses\n\nLe format d'échange des adresses locales : voir le site du groupe de travail.\n",
        "schemas/adresses.csv": "id,voie,numero\n1,rue des Lilas,4\n",
        "docs/index.md": "---\nlayout: default\n---\n\n# Format d'échange des adresses\n\nLes spécifications du format et les guides.\n",
        "docs/_config.yml": f"title: Adresses\ntheme: {gem}\nlang: fr-FR\n",
        "docs/_layouts/default.html": "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>{{ page.title }}</title></head><body>{{ content }}</body></html>\n",
        "docs/Gemfile": "source 'https://rubygems.org'\n\ngemspec\n",
        f"docs/{gem}.gemspec": _gemspec(gem),
        "docs/LICENSE": text("MIT"),
        "docs/README.md": f"# The {word.title()} theme\n\n*{word.title()} is a Jekyll theme for project pages.*\n\n## Usage\n\nAdd the theme to your site's _config.yml.\n",
        "docs/script/cibuild": "#!/bin/sh\nset -e\nbundle exec jekyll build\nbundle exec htmlproofer ./_site\n",
        "docs/docs/CONTRIBUTING.md": f"# Contributing to the {word.title()} theme\n\nHi there! We're thrilled that you'd like to contribute.\n\n"
                                     "## Submitting a pull request\n\n1. Fork and clone the repository.\n2. Run the tests with script/cibuild.\n"
                                     "3. Push to your fork and submit a pull request.\n",
        "docs/docs/CODE_OF_CONDUCT.md": "# Contributor Covenant Code of Conduct\n\n## Our Pledge\n\nWe pledge to make participation a harassment-free experience.\n",
    }


def test_a_copied_jekyll_theme_is_no_licence_community_file_nor_packaging_of_the_project(tmp_path):
    _report, res = judge(tmp_path, _site("jekyll-theme-ardoise", "ardoise"), [LICENSE_FILE, OPEN, COMMUNITY, PORTABILITY], name="adresses")
    assert "copy" not in res[LICENSE_FILE]["message"]["en"].lower(), res[LICENSE_FILE]["message"]
    assert res[OPEN]["status"] == "fail" and "component" in res[OPEN]["message"]["en"], res[OPEN]["message"]
    assert "contributing" not in res[COMMUNITY]["details"]["present"] and "code_of_conduct" not in res[COMMUNITY]["details"]["present"], res[COMMUNITY]["message"]
    assert res[PORTABILITY]["details"]["packaging"] is False, res[PORTABILITY]["message"]


def test_near_miss_the_projects_own_theme_gem_stays_its_own(tmp_path):
    _report, res = judge(tmp_path, _site("jekyll-theme-adresses", "adresses"), [LICENSE_FILE, OPEN, COMMUNITY, PORTABILITY], name="adresses")
    assert res[OPEN]["status"] == "pass" and "MIT" in res[OPEN]["message"]["en"], res[OPEN]["message"]
    assert "docs/LICENSE" in res[LICENSE_FILE]["message"]["en"], res[LICENSE_FILE]["message"]
    assert "contributing" in res[COMMUNITY]["details"]["present"], res[COMMUNITY]["message"]
    assert res[PORTABILITY]["details"]["packaging"] is True, res[PORTABILITY]["message"]
