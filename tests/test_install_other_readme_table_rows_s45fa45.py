"""reusability.install: another README's install chapter, not a table's row (issue 12, s45 fa45 = Castelli-hib/Dossier-Professionnel-DRH).

A training project's documents folder holds fifteen README_*.md files. Its pasted glossary (README_Glossaire.md, tab-separated
"Terme / Définition" rows) has a row "VPS Debian + Nginx … pour production", read as a deployment sentence and given as the
project's install steps, while README_guideDP.md, beyond the ten READMEs read, has a real "## Installation (environnement de
développement)" chapter with its commands. A table's row is no install step; a README named after a guide is read first.
Near miss: a deployment sentence in the prose of another README is still found.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for, run

README = "# Application de gestion des congés\n\nApplication interne de suivi des congés des agents (Symfony).\n"
GLOSSARY = ("Glossaire du projet\nTerme\tDéfinition\tRésumé\n"
            "Contrôleur\tClasse qui reçoit la requête\n\tet rend la réponse.\t« Le contrôleur oriente. »\n\n"
            "Serveur Debian + Apache\tServeur pour la production : Debian stable\n\tet Apache en frontal.\t« Debian et Apache en production. »\n")
COMMANDS = ("# Aide-mémoire Git\n\n| Commande | Rôle |\n| --- | --- |\n| `git clone URL` | Copier le dépôt |\n"
            "| `git pull` | Récupérer les changements |\n")
GUIDE = ("# Guide du projet\n\n## Objectifs\n\nSuivre les congés.\n\n## Installation (poste de développement)\n\n"
         "```bash\ngit clone <depot>\ndocker compose up -d\nphp bin/console doctrine:migrations:migrate\n```\n")
FILLERS = {f"docs/README_{name}.md": f"# {name}\n\nNotes de conception : {name}.\n"
           for name in ("Charte", "Ecrans", "Maquettes", "Modele", "Priorites", "Securite", "Stack", "Uml")}


def _ctx(tmp_path, extra):
    files = {"README.md": README, "src/Controller/CongeController.php": "<?php\nclass CongeController {}\n",
             "docs/README_Glossaire.md": GLOSSARY, "docs/README_Aide_Git.md": COMMANDS, **FILLERS, **extra}
    make_repo(tmp_path, [{"files": files}])
    return ctx_for(tmp_path)


def test_a_glossary_row_is_no_install_step_and_a_guides_install_chapter_is_read(tmp_path):
    ctx = _ctx(tmp_path / "r", {"docs/README_guideProjet.md": GUIDE})
    installs = ctx.fact("install_recipes")["readme_installs"]
    # was [["docs/README_Aide_Git.md", 5, "git clone URL …"], ["docs/README_Glossaire.md", 6, "Serveur Debian + Apache …"]]
    assert [r[:2] for r in installs] == [["docs/README_guideProjet.md", 7]], installs
    install = run(ctx, "reusability.install")
    assert install.details.get("instructions") is True, install.message
    assert not any(e.path in ("docs/README_Glossaire.md", "docs/README_Aide_Git.md") for e in install.evidence), install.evidence
    assert any(e.path == "docs/README_guideProjet.md" and e.line == 7 for e in install.evidence), install.evidence


def test_a_deployment_sentence_in_another_readmes_prose_is_still_found(tmp_path):
    prose = ("# Exploitation\n\nLe serveur de production est une machine Debian avec Apache ; pour la mise en production, copiez "
             "le dossier public/ sur le serveur puis lancez `php bin/console cache:clear`.\n")
    ctx = _ctx(tmp_path / "p", {"docs/README_Exploitation.md": prose})
    installs = ctx.fact("install_recipes")["readme_installs"]
    assert [r[0] for r in installs] == ["docs/README_Exploitation.md"], installs
