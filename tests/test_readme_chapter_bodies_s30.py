"""README sections given by a heading's word to a chapter that is not that section, judged by its body (issue 12, session 30
fixer a30 = reader r6a):

1. "## Commandes utiles" over only "- `$ yarn test` : lance les tests unitaires" and "- `$ yarn test:e2e` : …" gave usage: a
   chapter whose every line runs a command checking the code is the developers' tasks; one that runs the project stays usage.
2. "## Description of the process" over "### Importing LCA databases" (``just import-all``) gave purpose: the process presented
   and run with a command is the usage; "## Description des Workflows" listing the stages (no command) gives no section.
3. "## Objectifs et usages" over a list of aims gave usage: under a heading naming both, aims with no code or link are the purpose
   only; "## Présentation et utilisation" with a command keeps usage.
4. "### Description" under "## Project Setup" over the workspaces, each linking its folder's README, gave purpose: a list of the
   repository's folders is where the code is; and a "---" rule ends a warning heading's notice, so the bold tagline under it is the
   description and the purpose."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

INTRO = "# Agir\n\nAccompagner les citoyens dans leur transition écologique, en leur proposant des solutions adaptées.\n\n"


def _readme(tmp_path, text: str, files: dict | None = None) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": text, "index.js": "module.exports = {}\n", **(files or {})}}])
    return ctx_for(tmp_path).fact("readme")


def _secs(tmp_path, text: str, files: dict | None = None) -> dict:
    return {d["name"]: (d["line"], d["via"], d["text"]) for d in _readme(tmp_path, text, files)["section_details"]}


def test_a_chapter_of_test_commands_only_is_no_usage(tmp_path):
    tests = INTRO + ("## Démarrage\n\n```bash\n$ yarn install\n```\n\n## Commandes utiles\n\n- `$ yarn test` : lance les tests unitaires\n"
                     "- `$ yarn test:e2e` : lance les tests end to end avec playwright\n\n## Architecture\n\nPorts et adapters.\n")
    assert "usage" not in _secs(tmp_path / "tests", tests)
    runs = INTRO + ("## Démarrage\n\n```bash\n$ yarn install\n```\n\n## Commandes utiles\n\n- `$ yarn import` : importe les aides\n"
                    "- `$ yarn test` : lance les tests unitaires\n")
    assert _secs(tmp_path / "runs", runs)["usage"][0] == 11


def test_a_process_described_and_run_is_usage_not_purpose(tmp_path):
    run = INTRO + ("## Description of the process\n\n### Importing LCA databases\n\nThe first step after installation is to import LCA "
                   "databases with:\n\n    just import-all\n\nThey will automatically be downloaded.\n")
    secs = _secs(tmp_path / "run", run)
    assert secs["usage"][:2] == (5, "heading") and secs["purpose"][1] == "sentence"
    stages = INTRO + ("## Description des Workflows\n\nLe processus de traitement des données est divisé en plusieurs parties :\n\n"
                      "1. **Prétraitement** : récupération des données.\n2. **ETL** : création d'une base SQLite.\n")
    secs = _secs(tmp_path / "stages", stages)
    assert "usage" not in secs and secs["purpose"][1] == "sentence"


def test_aims_under_a_heading_of_aims_and_uses_are_no_usage(tmp_path):
    aims = INTRO + ("## Objectifs et usages\n\nCe projet a pour objectif :\n\n+ D'introduire l'utilisateur aux enjeux de l'anonymisation.\n"
                    "+ De construire un espace collaboratif autour de ce thème.\n+ De proposer une méthode robuste de k-anonymisation.\n")
    secs = _secs(tmp_path / "aims", aims)
    assert "usage" not in secs and secs["purpose"][0] == 5
    use = INTRO + ("## Objectifs et usages\n\nL'outil a pour objectif d'anonymiser un fichier :\n\n```\npython anonymize.py data.csv\n```\n")
    assert _secs(tmp_path / "use", use)["usage"][0] == 5


def test_a_workspace_list_is_no_purpose_and_a_rule_ends_a_warning(tmp_path):
    text = ("# Transition écologique des entreprises\n\n---\n\n## `WARNING : work in progress`\n\n---\n\n"
            "**An app + a web component + a dataset to help french entreprises finding public aid programs.**\n\n"
            "## Project Setup\n\n### Description\n\nThis repository is a monorepo composed of two workspaces:\n\n"
            "- the [\"web\" workspace](apps/nuxt/README.md) contains the front-end implementations.\n"
            "- the [\"backend\" workspace](./libs/backend/README.md) contains the back-end implementations.\n\n"
            "### Getting started\n\n```sh\nnpm install\n```\n")
    files = {"apps/nuxt/README.md": "# web\n", "libs/backend/README.md": "# back\n"}
    fact = _readme(tmp_path / "mono", text, files)
    assert fact["description"]["line"] == 9
    assert {d["name"]: (d["line"], d["via"]) for d in fact["section_details"]}["purpose"] == (9, "sentence")
    notice = ("# Outil\n\n## ⚠ Deprecated\n\nCe dépôt n'est plus maintenu et le service a été arrêté en 2022 par son équipe.\n\n"
              "## Installation\n\n```sh\nnpm install\n```\n")
    assert _readme(tmp_path / "notice", notice)["description"] is None
