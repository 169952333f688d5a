"""A heading naming the calling of the service's own API by a noun ("## APPEL DE L'API", "Appels à l'API", "Call the API",
"Interrogation de l'API") is its usage chapter, as "Calling the API" and "Utiliser l'API" are (issue 12, s41 fp41 = reader rw41 on
ansforge/esignsante-ws: "## APPEL DE L'API" over the OpenAPI file and the parameters of a signing request gave no usage).
Near miss: another noun leading the API ("Historique de l'API": its versions) stays no section; a calling noun without the API
("Appel d'offres", "Appel de la documentation") stays none.

The files are written for these tests, in the shape of the real repository named above."""

from __future__ import annotations

from auditor.facts.readme_headings import heading_sections
from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

README = """# Signatures

## INTRODUCTION

Un service web de signature électronique et de vérification de signatures pour les applications du ministère.

## MODE DE DISTRIBUTION

Le service est distribué sous forme d'une image Docker et d'un fichier de configuration.

## {heading}

L’API est décrite par le fichier OpenAPI signatures-api.yaml, à ouvrir dans un éditeur en ligne.

Pour signer un fichier, seuls 2 paramètres sont obligatoires :
* le fichier à signer
* l’identifiant de la configuration à utiliser
"""


def _sections(tmp_path, heading: str) -> list:
    commits = [{"files": {"README.md": README.format(heading=heading)}, "date": "2024-01-16T15:21:29Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]["sections"]


def test_a_heading_calling_the_api_is_usage(tmp_path):
    assert "usage" in _sections(tmp_path, "APPEL DE L’API")


def test_another_noun_over_the_api_stays_no_usage(tmp_path):
    assert "usage" not in _sections(tmp_path, "HISTORIQUE DE L’API")


def test_calling_nouns_in_both_languages():
    for heading in ("Appel de l'API", "Appels à l'API", "Call the API", "Interrogation de l'API REST", "Calling the API", "API"):
        assert heading_sections(heading) == ["usage"], heading
    for heading in ("Historique de l'API", "Appel d'offres", "Appel de la documentation", "Calls to the project"):
        assert "usage" not in heading_sections(heading), heading
