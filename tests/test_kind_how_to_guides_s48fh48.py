"""A repository of how-to guides was called a data specification, and a guide's "Installation de Git" its install steps (issue 12,
s48 fh48 = cigalsace/documentation): six Markdown guides (publishing a layer on GeoServer, describing data, a Git tutorial…), no code.
The GeoServer guide, titled "Comment publier votre couche SIG… ?", explains WMS as "un standard OGC" and GeoServer as respecting
"les standards d'interopérabilité": those words made the kind data-specification. A how-to (its first heading: Comment…, How to,
Tutoriel, Guide…) naming no standard in its title specifies no data; and in a repository of documentation only, a guide's install
chapter installs other software: reusability.install is not applicable. Near misses: a standard's own document stays a data
specification; a README saying how to install the repository keeps its instructions."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

INSTALL = "reusability.install"

GUIDES = {"README.md": "# Documents du partenariat\n\nEnsemble de guides pour les partenaires :\n\n- publier une couche\n- utiliser Git\n",
          "guide_publier/README.md": ("**Plateforme régionale**\n\n# Comment publier votre couche sur le serveur cartographique ?\n\n"
                                      "## Définitions\n\nLe serveur cartographique partage des données géographiques en respectant les "
                                      "standards d'interopérabilité.\n\nLe **Web Map Service** est un standard OGC qui produit des cartes.\n\n"
                                      "## Étapes\n\n1. Ouvrez l'interface d'administration.\n2. Choisissez l'espace de travail.\n"),
          "guide_git/README.md": ("# Guide : travailler avec Git\n\n## Installation de Git\n\nTéléchargez Git depuis le site officiel puis "
                                  "lancez l'installateur.\n\n## Premier dépôt\n\n```\ngit init\ngit add .\ngit commit -m debut\n```\n")}


def _kind(report):
    return report["facts"]["project"]


def test_how_to_guides_are_no_specification_and_have_nothing_to_install(tmp_path):
    report, res = judge(tmp_path, GUIDES, [INSTALL])
    proj = _kind(report)
    assert not any(e.get("reason") == "specification document" for e in proj.get("kind_evidence") or []), proj
    assert res[INSTALL]["status"] == "not_applicable", res[INSTALL]


def test_near_miss_a_standard_document_stays_a_specification(tmp_path):
    files = dict(GUIDES, **{"standard/README.md": ("# Standard de données des équipements sportifs\n\nCe document décrit le standard "
                                                   "d'échange des équipements : chaque ligne est un équipement.\n")})
    proj = _kind(judge(tmp_path, files, [INSTALL])[0])
    assert any(e.get("reason") == "specification document" for e in proj.get("kind_evidence") or []), proj


def test_near_miss_a_readme_saying_how_to_install_keeps_its_instructions(tmp_path):
    files = dict(GUIDES, **{"README.md": GUIDES["README.md"] + "\n## Installation\n\nCopiez les guides dans l'intranet : `cp -r guide_* /srv/intranet/`.\n"})
    res = judge(tmp_path, files, [INSTALL])[1][INSTALL]
    assert res["status"] != "not_applicable", res
