"""documentation.readme-sections: a permission of the product named after contributing is no contributing section.

Real case (issue 12, s48 fe48, reader rd48): OPEN-ENT-NG/share-big-files, an ENT file-sharing module; README.md:87, under
"## Fonctionnalités", lists its sharing rights: "Le droit de contribution permet quant-à-lui … de consulter le journal de
téléchargement". The topic word "contribution" and the verb "consulter" (taken for a pointer, "consultez…") made it the contributing
section, though the README says nothing on contributing to the project.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

APP = {"pom.xml": "<project><artifactId>partage</artifactId><packaging>jar</packaging></project>\n",
       "src/main/java/fr/ent/partage/Partage.java": "package fr.ent.partage;\n\npublic class Partage {\n}\n"}
README = """# Partage de documents

Module de l'espace numérique de travail pour partager des documents volumineux avec ses groupes.

## Installation

Construire le module avec `mvn package` puis copier l'archive dans le dossier des modules.

## Fonctionnalités

Chaque document se partage avec des droits :

 - Le droit de lecture permet de consulter et de télécharger le document
 - Le droit de contribution permet en plus de consulter l'historique des téléchargements
 - Le rôle contributeur permet aussi de renommer le document

{extra}"""


def found(repo, tmp_path, extra: str = "") -> list[str]:
    report = audit(str(repo([{"files": {**APP, "README.md": README.replace("{extra}", extra)}}])),
                   AuditOptions(cache_dir=tmp_path / "c", only=["documentation.readme-sections"]))
    return report["results"][0]["details"]["found"]


def test_a_sharing_right_named_contribution_is_no_contributing_section(repo, tmp_path):
    assert "contributing" not in found(repo, tmp_path)  # was found, via the sentence of the rights' list


def test_near_miss_an_invitation_to_contribute_stays_a_contributing_section(repo, tmp_path):
    assert "contributing" in found(repo, tmp_path, "Les contributions sont les bienvenues : consultez le guide CONTRIBUTING.md.\n")
