"""documentation.language (issue 12, s18 c2 reads): the language of a README is that of the text its authors wrote.
- A Terraform module's README in French whose reference tables terraform-docs writes between <!-- BEGIN_TF_DOCS --> and
  <!-- END_TF_DOCS --> (variable descriptions in English, copied from variables.tf) was "README in English only"
  (gcp-k8s-argowf: en 0.81): the generated block is the tool's rendering of the code, not the README's prose.
- A component's README in French whose parameter table holds code spans (`string`, `true`, `viewonly | edition-owner`) was
  "README in French, English" (wisemapping-webcomponent: en 0.23): a cell of code spans alone is no prose of any language.
A README written in English around the same blocks stays English; the block's own prose outside the markers still counts."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

TF = {"main.tf": 'resource "google_storage_bucket" "staging" {\n  name = var.name\n}\n',
      "variables.tf": 'variable "name" {\n  description = "Name used for the service account"\n}\n'}

INTRO_FR = ("# Module Terraform des traitements planifiés\n\n"
            "Ce module déclare un modèle de traitement planifié sur la grappe de calcul de la collectivité et gère les droits "
            "du compte de service de chaque projet métier.\n\n## Utilisation\n\nAppelez le module depuis votre projet comme suit.\n\n"
            '```hcl\nmodule "traitement" {\n  source = "git::https://example.org/module.git?ref=v1.0.0"\n}\n```\n\n')
INTRO_EN = ("# Scheduled jobs Terraform module\n\n"
            "This module declares a scheduled job template on the authority's cluster and manages the rights of each business "
            "project's service account.\n\n## Usage\n\nCall the module from your project as follows.\n\n")


def _tf_docs(start: str = "<!-- BEGIN_TF_DOCS -->", end: str = "<!-- END_TF_DOCS -->") -> str:
    rows = "".join(f"| <a name=\"input_v{i}\"></a> [v{i}](#input\\_v{i}) | The Kubernetes namespace where the resources of job number {i} will be created "
                   f"and kept for the whole lifetime of the workflow | `string` | n/a | yes |\n" for i in range(12))
    return (f"{start}\n## Requirements\n\nNo requirements.\n\n## Inputs\n\n| Name | Description | Type | Default | Required |\n"
            f"|------|-------------|------|---------|:--------:|\n{rows}\n## Outputs\n\n| Name | Description |\n|------|-------------|\n"
            f"| <a name=\"output_email\"></a> [email](#output\\_email) | Email of the created service account for the scheduled workflow |\n{end}\n")


def test_a_terraform_docs_block_is_not_the_readme_language(tmp_path):
    r = check_result(tmp_path, {**TF, "README.md": INTRO_FR + _tf_docs()}, "documentation.language")
    assert r["status"] == "pass" and r["message"]["en"].startswith("README in French."), r["message"]
    # (pre-commit-terraform's markers too)
    r = check_result(tmp_path / "b", {**TF, "README.md": INTRO_FR + _tf_docs("<!-- BEGINNING OF PRE-COMMIT-TERRAFORM DOCS HOOK -->",
                                                                             "<!-- END OF PRE-COMMIT-TERRAFORM DOCS HOOK -->")}, "documentation.language")
    assert r["status"] == "pass" and r["message"]["en"].startswith("README in French."), r["message"]


def test_an_english_readme_around_the_block_stays_english_and_unmarked_tables_count(tmp_path):
    r = check_result(tmp_path, {**TF, "README.md": INTRO_EN + _tf_docs()}, "documentation.language")
    assert r["message"]["en"].startswith("README in English only"), r["message"]
    # the same English tables written by hand (no markers) are the README's text: English is there
    r = check_result(tmp_path / "b", {**TF, "README.md": INTRO_FR + _tf_docs("", "")}, "documentation.language")
    # (its French intro is there, under the share that names a language: "mostly in English", s46 fn46)
    assert r["message"]["en"].startswith(("README in English only", "README in French, English", "README mostly in English")), r["message"]


COMPONENT = {"package.json": '{"name": "@org/editeur-carte", "version": "1.0.0", "main": "dist/index.js"}\n',
             "src/index.ts": "export class EditeurCarte extends HTMLElement {}\n"}
PARAMS = ("# editeur-carte\n\nComposant web d'édition de cartes mentales pour l'espace numérique de travail.\n\n## Installation\n\n"
          "Installation via npm puis importation du composant dans une page.\n\n## Paramètres\n\n"
          "| Nom | Type | Requis | Description |\n|---|:---:|:---:|---|\n"
          "| `persistance-api-url` | `string` | `true` | URL du fichier à lire et écrire |\n"
          "| `file-id` | `string` | `true` | Identifiant du fichier |\n"
          "| `token` | `string` | `false` | Jeton de l'utilisateur |\n"
          "| `user-info-api-url` | `string` | `false` | URL des informations sur les utilisateurs |\n"
          "| `mode` | `viewonly \\| edition-owner \\| edition-editor \\| edition-viewer \\| showcase \\| edition-locked` | `true` | Mode de rendu de l'éditeur |\n"
          "| `theme` | `light \\| dark \\| high-contrast \\| system default` | `false` | Thème |\n")


def test_code_spans_in_a_table_are_no_english(tmp_path):
    r = check_result(tmp_path, {**COMPONENT, "README.md": PARAMS}, "documentation.language")
    assert r["status"] == "pass" and r["message"]["en"].startswith("README in French."), r["message"]
