"""documentation.readme-sections (issue 12, session 16 reader r2, gouv-nc-data/gcp-spoke-network): a terraform-docs README's
"## Requirements" over "No requirements." was the installation section (and reusability.install's "written instructions"), and
its "## Inputs" table of the module's variables was no configuration section."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "documentation.readme-sections"

README = ("<!-- BEGIN_TF_DOCS -->\n## Requirements\n\nNo requirements.\n\n## Providers\n\n| Name | Version |\n|------|---------|\n"
          "| google | n/a |\n\n## Modules\n\nNo modules.\n\n## Inputs\n\n| Name | Description | Type | Default | Required |\n"
          "|------|-------------|------|---------|:--------:|\n| project\\_id | id du projet | `string` | n/a | yes |\n"
          "| region | n/a | `string` | `\"europe-west1\"` | no |\n\n## Outputs\n\n| Name | Description |\n|------|-------------|\n"
          "| vpc | n/a |\n<!-- END_TF_DOCS -->\n")


def test_terraform_docs_sections(tmp_path):
    files = {"README.md": README, "main.tf": 'resource "google_compute_network" "vpc" {\n  project = var.project_id\n  name    = "spoke"\n}\n',
             "variables.tf": 'variable "project_id" {\n  type = string\n}\n\nvariable "region" {\n  type    = string\n  default = "europe-west1"\n}\n'}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]
    found = {e["value"]["section"]: e for e in r["evidence"] if e.get("kind") == "found"}
    assert "install" not in found, found  # ("No requirements.": nothing to install)
    assert found.get("configuration", {}).get("line") == 16, (found, r["evidence"])


def _found(tmp_path, files):
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]
    return {e["value"]["section"]: e for e in r["evidence"] if e.get("kind") == "found"}, r


def test_a_contributing_list_of_maintainers_addresses_is_the_contact(tmp_path):
    # (r2, Tisseo/EndivBundle: "Contributing" over three maintainers and their addresses: "missing: … contact")
    readme = ("EndivBundle\n===========\n\nSymfony bundle for the ENDIV database.\n\nInstallation\n------------\n\n"
              "    composer require tisseo/endiv-bundle\n\nContributing\n------------\n\n- Jeanne Martin - jeanne.martin@example.org\n"
              "- Paul Durand - p.durand@example.org\n")
    found, r = _found(tmp_path, {"README.md": readme, "composer.json": '{"name": "tisseo/endiv-bundle"}\n'})
    assert found.get("contact", {}).get("line") == 11, r["evidence"]
    assert "contributing" not in found, r["evidence"]


def test_a_sentence_naming_the_settings_template_is_no_usage(tmp_path):
    # (r1, cooperation_jn_backend: "Create a .env file using the example in .env.example" was the usage section, and so was the
    # paragraph saying which configuration.json file the project needs to run)
    readme = ("# Solar back end\n\n## Quick start\n\n### Installation\n\n```shell\nnpm i\n```\n\n### File .env\n\n"
              "Create a .env file using the example in .env.example\n\n### Configuration file\n\nTo run, the project need a configuration.json "
              "file. Example value (use for dev env) can be found [here](https://example.org/conf/dev/configuration.json). You need to put a "
              "valid configuration file in the `src/config` directory.\n\n### Run the app in dev mode\n\n```shell\nnpm run dev\n```\n")
    found, r = _found(tmp_path, {"README.md": readme, ".env.example": "PORT=3000\n", "package.json": '{"name": "solar"}\n'})
    assert "usage" not in found, r["evidence"]
