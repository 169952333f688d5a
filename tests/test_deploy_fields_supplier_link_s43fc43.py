"""documentation.readme-sections (issue 12, s43 fc43 = OPEN-ENT-NG/cursus): an ENT widget's README lists, under "#### Champs
spécifiques pour le déploiement", the JSON keys a deployment sets (webserviceEndpoint, authConf…): counted as "deployment" only,
configuration "missing". And its description says "Le service technique de paiement est fourni par [Moneo / Applicam](<the
supplier's product page>)": taken as the demo. A heading naming the fields, variables or keys of a deployment is a configuration
chapter too; a link the README names as the supplier of a service is no running copy of the project. Near misses: "Déploiement"
alone stays deployment only, "Champs du formulaire" no section; the project's own site "accessible sur" a link stays the demo."""

from __future__ import annotations

from auditor.facts.document import parse_document
from auditor.facts.readme_headings import heading_sections
from auditor.facts.readme_signals import find_signals
from tests.test_reusability_fixtures import build, results, run_audit

README = ("# Widget Carte Jeunes\n\n* Description : la carte permet de payer chez les partenaires de la région. Le service technique de "
          "paiement est fourni par [Paiements Exemple](https://www.paiements-exemple.com/solutions/aides-et-subventions)\n\n"
          "## Détails techniques\n\n#### Champs spécifiques pour le déploiement\n\n```json\n"
          '"webserviceEndpoint": "[Adresse du WebService]",\n"authConf": {\n  "numSite": "[Numéro de partenaire]",\n  "pwd": "[Mot de passe]"\n}\n```\n')
OWN = ("# Carte Jeunes\n\nLe portail de la carte jeunes de la région. L'application est accessible sur "
       "[carte-jeunes.exemple.fr](https://carte-jeunes.exemple.fr).\n")


def test_a_deployments_fields_heading_is_configuration_too():
    assert heading_sections("Champs spécifiques pour le déploiement") == ["configuration", "deployment"]
    assert heading_sections("Déploiement") == ["deployment"] and heading_sections("Champs du formulaire") == []


def test_a_services_supplier_is_no_demo_and_the_projects_own_site_stays():
    assert find_signals(parse_document(README, "markdown"))["demo"] is None
    assert (find_signals(parse_document(OWN, "markdown"))["demo"] or {}).get("url") == "https://carte-jeunes.exemple.fr"


def test_readme_sections_finds_configuration_and_no_demo(tmp_path):
    files = {"README.md": README, "src/main/java/fr/ent/carte/Carte.java": "package fr.ent.carte;\n\npublic class Carte {\n}\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["documentation.readme-sections"]))["documentation.readme-sections"]
    assert "configuration" not in r["message"]["en"].split("missing")[-1], r["message"]
    assert not any("demo" in (e.get("value") or {}) for e in r["evidence"] if isinstance(e.get("value"), dict)), r["evidence"]
