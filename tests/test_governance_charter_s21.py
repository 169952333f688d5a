"""A communauté urbaine's draft governance charter, adapted from another open-source project's, Markdown only (issue 12, session
21 reader r4): the template's placeholder ("le projet #### est ... un projet opensource, description du projet.") was taken as the
README's description, the copied project's "### Release" procedure as this repository's deployment (readme-sections, docs) and
install instructions (reusability.install warn, where every other reusability check said "no code in the repository"), and
community-files missed the contribution process the README links to (proposal.md) and the charter itself. A placeholder or a
paragraph struck through whole is no description, a governance charter is a document of rules (its chapters are topics, no
architecture or API is asked of it), a repository without code has nothing to install, the linked contribution guide and the
charter count; a README's real description and a software project's install chapter keep their verdicts."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

README, SECTIONS, COMMUNITY, DOCS, INSTALL = ("documentation.readme", "documentation.readme-sections", "documentation.community-files",
                                              "documentation.docs", "reusability.install")

CHARTER = {
    "README.md": ("Governance Proposal ( 2025 )\n\nProposition de charte de gouvernance ( 2025 )\n----\n\n## Préambule\n\n"
                  "le projet #### est ... un projet opensource,  description du projet.\n\n"
                  "~~Mapkit is an open-source library for drawing maps of any scale on the web, built on a general-purpose 3D engine.~~\n\n"
                  "Ce projet est un commun, développé collectivement par une communauté de contributeurs publics et privés.\n\n"
                  "## Valeurs\n\n- Le projet est un commun ouvert et partagé.\n- Les évolutions sont discutées publiquement avant d'être faites.\n\n"
                  "## Comités\n\n### Comité de pilotage\n\nLe comité de pilotage se réunit deux fois par an et décide des orientations.\n\n"
                  "## Contribution process\n\nSee [Proposal process](proposal.md).\n\n## Versions\n\nA new version is released every 4 months.\n\n"
                  "### Release\n\n- The release manager validates the next planned release date\n- The release manager launches the release process\n"
                  "- Tests are launched before the release of the new version\n\n### Communication\n\n- The changelog is published.\n"),
    "proposal.md": ("# Contribution and Review Process\n\n## Introduction\n\nBefore making any contribution, contributors open a proposal to "
                    "discuss the addition or the improvement of a feature with the community.\n\n## Review\n\nEach proposal is reviewed by two "
                    "core contributors before it is accepted.\n"),
    "proposal_fr.md": "# Processus de contribution\n\nAvant toute contribution, ouvrez une proposition pour en discuter avec la communauté.\n",
    "membership.md": "# Membres des comités\n\n| Comité | Membre |\n|---|---|\n| Pilotage | Service SIG |\n",
    "to.md": "# À faire\n\n- [ ] ajout de la licence\n",
}


def test_a_governance_charter_is_judged_as_one(tmp_path):
    report, res = judge(tmp_path, CHARTER, [README, SECTIONS, COMMUNITY, DOCS, INSTALL])
    readme = report["facts"]["readme"]
    assert "####" not in (readme["description"] or {}).get("text", "") and "Mapkit" not in (readme["description"] or {}).get("text", "")
    assert "deployment" not in res[SECTIONS]["details"]["found"], res[SECTIONS]["message"]
    assert {"contributing", "governance"} <= set(res[COMMUNITY]["details"]["present"]), res[COMMUNITY]["message"]
    assert not {"architecture", "api", "deployment"} & set(res[DOCS]["details"]["missing"]), res[DOCS]["message"]
    assert res[INSTALL]["status"] == "not_applicable", res[INSTALL]["message"]


def test_a_real_description_and_a_software_install_chapter_stay(tmp_path):
    files = {"README.md": ("# Suivi des demandes\n\nApplication web qui permet aux agents de la mairie de suivre les demandes des habitants.\n\n"
                           "## Installation\n\n```sh\npip install -r requirements.txt\nflask run\n```\n\n## Gouvernance\n\n"
                           "Le service numérique de la ville décide des évolutions.\n"),
             "requirements.txt": "Flask==3.0.0\n",
             "app.py": "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route('/')\ndef index():\n    return 'ok'\n"}
    report, res = judge(tmp_path, files, [INSTALL, COMMUNITY])
    assert report["facts"]["readme"]["description"]["text"].startswith("Application web")
    assert report["facts"]["readme"]["guidelines"] is False
    assert res[INSTALL]["status"] != "not_applicable" and res[INSTALL]["details"]["instructions"] is True
    assert "governance" not in res[COMMUNITY]["details"]["present"], res[COMMUNITY]["message"]
