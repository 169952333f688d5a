"""Session 38 (fm38): MkDocs' ``!ENV`` tag reads a setting from the environment.

A contractor's MkDocs site for a département gave its analytics key as ``property: !ENV GOOGLE_ANALYTICS_KEY`` in mkdocs.yml,
with no template nor README line: reusability.configuration said "No setting read from the environment and no configuration
template" (or, the site being static, that there was nothing to set). ``!ENV NAME`` and ``!ENV [NAME, default]`` are settings read
from the environment when the site is built, as ``%env(NAME)%`` in Symfony's YAML; a mkdocs.yml whose tags are Python names
(``!!python/name:``) reads none (near miss)."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

_CID = "reusability.configuration"


def _site(extra: str) -> dict:
    return {"mkdocs.yml": "site_name: Documentation RPA\nsite_url: https://agence.github.io/rpa-docs/\ntheme:\n  name: material\n"
                          "markdown_extensions:\n  - pymdownx.superfences:\n      custom_fences:\n        - name: mermaid\n"
                          "          class: mermaid\n          format: !!python/name:pymdownx.superfences.fence_code_format\n" + extra,
            "requirements.txt": "mkdocs-material==9.5.3\n",
            "README.md": "# Documentation RPA\n\nLa documentation du robot.\n\n## Construire\n\n```\npip install -r requirements.txt\nmkdocs build\n```\n",
            "docs/index.md": "# Accueil\n\nLe robot de reprise des marchés.\n"}


def test_an_env_tag_in_mkdocs_yml_is_a_setting_read_from_the_environment(tmp_path):
    r = check_result(tmp_path, _site("extra:\n  analytics:\n    provider: google\n    property: !ENV GOOGLE_ANALYTICS_KEY\n"
                                     "  consent: !ENV [CONSENT_TITLE, 'Cookies']\n"), _CID)
    assert r["status"] == "fail" and "2 setting(s) read from the environment" in r["message"]["en"], r


def test_python_name_tags_read_nothing(tmp_path):
    r = check_result(tmp_path, _site("extra:\n  analytics:\n    provider: google\n    property: G-ABC123\n"), _CID)
    assert "read from the environment" not in r["message"]["en"] or "No setting read" in r["message"]["en"], r
