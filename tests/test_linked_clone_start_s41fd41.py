"""readme.sections install (issue 12, s41 fd41 = reader rv41, numerique-gouv/chartsgouv): the root README links its ``theme/`` folder,
whose README has no installation heading but a "## TL;DR" saying "Pour une nouvelle installation, … cloner ce dépôt et démarrer
en local" over one block: git clone, cd, docker compose up, then the local address. A linked document gave only its headings, so the
installation was missing while the deployment and the settings were found there. In a linked README, a fenced block that clones a
repository then starts the copy is the installation. Near misses: a block that only clones, or one that only starts, gives none."""

from __future__ import annotations

import pytest

from tests.test_reusability_fixtures import build, run_audit

ROOT = ("# Graphes de l'État : le thème DSFR d'un outil de tableaux de bord\n\n### Accès rapides\n"
        "- [Thème](./theme/)\n- [Documentation](https://exemple.github.io/graphes/)\n")
COMPOSE = "services:\n  app:\n    image: exemple/dashboards:3.1.0\n    ports:\n      - 8088:8088\n"
THEME = ("## Déploiement Docker de l'outil\n- police Marianne (voir docker-compose.yml)\n- couleurs du DSFR\n\n"
         "## TL;DR\n\nPour une nouvelle installation, suivre le snippet ci-dessous pour cloner ce dépôt et démarrer en local.\n\n"
         "```bash\n{code}\n```\n")
BOTH = ("git clone --single-branch https://forge.exemple.fr/graphes\ncd theme/\n"
        "docker compose -f docker-compose.yml up -d\n# Se rendre sur localhost:8088")


def _sections(tmp_path, code: str) -> list:
    files = {"README.md": ROOT, "theme/README.md": THEME.format(code=code), "theme/docker-compose.yml": COMPOSE}
    return run_audit(build(tmp_path / "r", files), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]["sections"]


def test_a_linked_readme_block_that_clones_then_starts_the_copy_is_the_installation(tmp_path):
    assert "install" in _sections(tmp_path, BOTH)  # was missing


@pytest.mark.parametrize("code", ["git clone --single-branch https://forge.exemple.fr/graphes\ncd theme/",
                                  "docker compose -f docker-compose.yml up -d\n# Se rendre sur localhost:8088"])
def test_a_block_that_only_clones_or_only_starts_gives_none(tmp_path, code):
    assert "install" not in _sections(tmp_path, code)
