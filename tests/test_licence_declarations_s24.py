"""Session 24 (o4): licence declarations a State start-up's repositories make, or do not make.

- MTES-MCT/verseau2: a NestJS back end kept the package.json `nest new` writes ("description": "", "author": "", "private":
  true, "license": "UNLICENSED") and the repository has no licence at all; the report said the project declared a proprietary
  licence (LicenseRef-proprietary, declared-only). A framework starter's untouched "UNLICENSED" is no one's choice, like npm
  init's "ISC"; an "UNLICENSED" beside a written author or description is a choice and stays.
- betagouv/recommandations-collaboratives: pyproject.toml's `license = { name = "AGPL-v3", file = "LICENSE" }` was not read
  (only a string or { text = … }), and the README's "Son code est couvert par la licence AGPL v3.0." was not taken as stating
  the project's licence ("son code" is no self-reference, "couvert par la licence" no stating verb). Both are sources now;
  a sentence about a dependency, or under a chapter on others' work, stays out.
"""

from __future__ import annotations

import json

from tests.test_licensing_checks import run, text  # noqa: F401 (the fixture)

ONLY = ["licensing.license-file", "licensing.open-license", "licensing.consistent"]


def _nest(**fields) -> str:
    base = {"name": "api", "version": "0.0.1", "description": "", "author": "", "private": True, "license": "UNLICENSED",
            "scripts": {"build": "nest build", "start": "nest start", "test": "jest"},
            "dependencies": {"@nestjs/common": "^11.0.0", "@nestjs/core": "^11.0.0"}}
    return json.dumps({**base, **fields}, indent=2) + "\n"


def _monorepo(back_manifest: str) -> dict:
    lib = json.dumps({"name": "@lib/outils", "version": "1.0.0", "description": "", "license": "ISC", "author": "",
                      "main": "./dist/index.js", "scripts": {"build": "tsc"}}, indent=2) + "\n"
    return {"package.json": json.dumps({"name": "controle-eau", "private": False, "workspaces": ["apps/*", "packages/*"],
                                        "scripts": {"dev": "npm run dev --workspace=apps/api"}}, indent=2) + "\n",
            "README.md": "# Contrôle eau\n\nDépôt et contrôle des fichiers de mesures.\n\n## Installation\n\n```\nnpm install\n```\n",
            "apps/api/package.json": back_manifest,
            "apps/api/src/main.ts": "import { NestFactory } from '@nestjs/core';\nimport { AppModule } from './app.module';\n\n"
                                    "async function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  await app.listen(3000);\n}\n"
                                    "bootstrap();\n",
            "apps/api/src/app.module.ts": "import { Module } from '@nestjs/common';\n\n@Module({})\nexport class AppModule {}\n",
            "apps/api/src/depot.service.ts": "export class DepotService {\n  lire(nom: string) {\n    return nom.trim();\n  }\n}\n",
            "packages/outils/package.json": lib,
            "packages/outils/src/index.ts": "export const somme = (a: number, b: number) => a + b;\n"}


def test_a_nest_starters_untouched_unlicensed_is_no_licence(run):  # noqa: F811
    res, lic = run(_monorepo(_nest()), only=ONLY)
    assert lic["spdx"] is None and lic["status"] == "none" and lic["declared"] == [], lic
    assert not any("LicenseRef-proprietary" in (s.get("ids") or []) for s in lic["sources"]), lic["sources"]
    assert res["licensing.open-license"]["status"] == "fail"
    assert "LicenseRef-proprietary" not in res["licensing.open-license"]["message"]["en"], res["licensing.open-license"]["message"]
    assert "proprietary" not in res["licensing.license-file"]["message"]["en"], res["licensing.license-file"]["message"]


def test_an_unlicensed_somebody_wrote_stays_a_proprietary_declaration(run):  # noqa: F811
    for manifest in (_nest(author="Direction du numérique"), _nest(description="API interne de contrôle des mesures"),
                     json.dumps({"name": "api", "private": True, "license": "UNLICENSED"})):
        _, lic = run(_monorepo(manifest), only=ONLY)
        assert lic["spdx"] == "LicenseRef-proprietary" and lic["status"] == "declared-only", (manifest, lic)


PY = {"recoco/__init__.py": "", "recoco/apps.py": "from django.apps import AppConfig\n\n\nclass RecoConfig(AppConfig):\n    name = 'recoco'\n",
      "manage.py": "import sys\n\nif __name__ == '__main__':\n    from django.core.management import execute_from_command_line\n"
                   "    execute_from_command_line(sys.argv)\n"}


def _pyproject(licence_line: str) -> str:
    return ('[project]\nname = "entraide"\ndynamic = ["version"]\nauthors = [{ name = "Équipe Entraide" }]\n'
            f'{licence_line}\ndescription = "Accompagnement des collectivités"\nrequires-python = ">=3.11"\n')


def test_a_pyproject_licence_table_naming_the_licence_is_a_declaration(run):  # noqa: F811
    base = {**PY, "LICENSE": text("AGPL-3.0-only"), "README.md": "# Entraide\n\nAccompagner les collectivités dans leurs projets.\n"}
    for line in ('license = { name = "AGPL-v3", file = "LICENSE" }', 'license = { file = "LICENSE", name = "AGPL-3.0-or-later" }',
                 'license = { text = "AGPL-3.0-or-later" }'):
        _, lic = run({**base, "pyproject.toml": _pyproject(line)}, only=ONLY)
        assert [d["file"] for d in lic["declared"]] == ["pyproject.toml"] and lic["declared"][0]["line"] == 5, (line, lic["declared"])
        assert any(s["kind"] == "manifest" and s["ids"] and s["ids"][0].startswith("AGPL-3.0") for s in lic["sources"]), lic["sources"]
    # a table pointing only at the file names no licence: the file is the source
    _, lic = run({**base, "pyproject.toml": _pyproject('license = { file = "LICENSE" }')}, only=ONLY)
    assert lic["declared"] == [] and [s["kind"] for s in lic["sources"]] == ["license-file"], lic["sources"]


def _readme(body: str) -> str:
    return ("# Entraide\n\nUne plateforme pour accompagner les collectivités dans leurs projets.\n\n"
            "Il est réalisé en Python et Django.\n\n" + body + "\n\n## Installation\n\n```\nuv sync\n```\n")


def test_a_readme_sentence_saying_its_code_is_covered_by_a_licence_is_a_source(run):  # noqa: F811
    base = {**PY, "LICENSE": text("AGPL-3.0-only")}
    for sentence in ("Son code est couvert par la licence AGPL v3.0.", "Its source code is covered by the GNU AGPL v3 license.",
                     "Ce logiciel est soumis à la licence AGPL-3.0.", "Le code est sous licence AGPL-3.0."):
        res, lic = run({**base, "README.md": _readme(sentence)}, only=ONLY)
        readme = [s for s in lic["sources"] if s["kind"] == "readme"]
        assert readme and readme[0]["line"] == 7 and readme[0]["ids"][0].startswith("AGPL-3.0"), (sentence, lic["sources"])
        assert lic["spdx"] == "AGPL-3.0-only" and res["licensing.consistent"]["status"] != "fail", res["licensing.consistent"]


def test_a_sentence_about_another_work_states_nothing_of_the_project(run):  # noqa: F811
    base = {**PY, "LICENSE": text("AGPL-3.0-only")}
    for body in ("La carte utilise Leaflet, publié sous licence BSD-2-Clause.",
                 "## Dépendances\n\nLeaflet affiche la carte ; son code est couvert par la licence BSD-2-Clause.",
                 "## Bibliothèques utilisées\n\nCette bibliothèque est distribuée sous licence BSD-2-Clause."):
        _, lic = run({**base, "README.md": _readme(body)}, only=ONLY)
        assert [s["kind"] for s in lic["sources"]] == ["license-file"], (body, lic["sources"])
