"""README sections claimed from a keyword without the substance (issue 12, session 24 fixer c24; reader s23 n3: udata-front,
boris, passemarche).

1. A licence chapter must state a licence: name one (or its SPDX id), say the code is proprietary, give a copyright, or point to the
   licence's file. "## 📄 Licence" over "Ce projet est développé pour l'administration française…" states none; the same chapter
   naming the EUPL, or pointing to the LICENSE file, stays the licence section.
2. "[how to use it](https://<tool's site>)" after "learn more about <tool>" tells where another tool's use is explained, not how to
   use the project; a link to the project's own documentation site on how to use it stays the usage.
3. "Le projet est un monorepo, utilisant les workspaces de npm" under "## Environnement technique" tells the repository's layout
   and stack, not what the project does: no description; a sentence saying what it does stays the description.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

APP = {"package.json": '{"name": "marches-simples", "scripts": {"dev": "vite", "build": "vite build"}}\n',
       "src/main.js": "export const start = () => 1;\n"}


def line_of(readme: str, start: str) -> int:
    """The number of the README's first line that starts with ``start``."""
    return next(n for n, line in enumerate(readme.splitlines(), 1) if line.startswith(start))


def readme_fact(tmp_path, readme: str, files=None, app=APP) -> dict:
    """The readme fact of a repository holding ``readme``, the project's files ``app`` and ``files`` (test_readme_sections_s24 too)."""
    make_repo(tmp_path, [{"files": {"README.md": readme, **app, **(files or {})}}])
    return ctx_for(tmp_path).fact("readme")


def section_details(tmp_path, readme: str, files=None, app=APP) -> dict[str, dict]:
    """The first detail of each section the readme fact finds, by section name."""
    out: dict[str, dict] = {}
    for d in readme_fact(tmp_path, readme, files, app)["section_details"]:
        out.setdefault(d["name"], d)
    return out


HEAD = ("# Marchés simples\n\n## 🎯 Objectif\n\nMarchés simples aide les petites entreprises à répondre aux consultations des acheteurs "
        "publics sans ressaisir leurs pièces.\n\n## 🚀 Installation\n\n```\nnpm install\nnpm run dev\n```\n\n")


def test_a_licence_chapter_naming_no_licence_is_no_licence_section(tmp_path):
    none = HEAD + ("## 📄 Licence\n\nCe projet est réalisé pour les services de l'État afin de simplifier l'accès des entreprises "
                   "à la commande publique.\n\n## 🙋 Support\n\nOuvrez un ticket sur le dépôt.\n")
    assert "license" not in section_details(tmp_path / "none", none)  # was license, by the heading's word alone
    # the neighbours: the chapter naming a licence, or pointing to the licence file, or a copyright, stays the licence section
    named = none.replace("Ce projet est réalisé", "Publié sous licence EUPL 1.2. Ce projet est réalisé")
    assert section_details(tmp_path / "named", named)["license"]["line"] == line_of(named, "## 📄 Licence")
    linked = none.replace("Ce projet est réalisé", "Voir le fichier [LICENSE](LICENSE). Ce projet est réalisé")
    assert section_details(tmp_path / "linked", linked, {"LICENSE": "MIT License\n"})["license"]["line"] == line_of(linked, "## 📄 Licence")
    gpl = none.replace("Ce projet est réalisé", "[GNU GPLv3](https://www.gnu.org/licenses/gpl-3.0.html) ; ce projet est réalisé")
    assert "license" in section_details(tmp_path / "gpl", gpl)
    restricted = none.replace("Ce projet est réalisé pour", "Usage restreint aux")
    assert "license" in section_details(tmp_path / "restricted", restricted)


STORY = ("# Thème du portail de données\n\nCe thème habille le portail de données ouvertes de la région.\n\n## Installation\n\n"
         "```\npip install -e .\n```\n\n## Développement du thème\n\n### Lancer le serveur de maquettes\n\n"
         "Pour travailler sur les composants, lancez `npm run storybook`.\n\n")


def test_how_to_use_another_tool_is_no_usage(tmp_path):
    other = STORY + ("You can visit their website to [learn more about storybook](https://storybook.js.org/docs/get-started) "
                     "and [how to use it](https://storybook.js.org/docs/writing-stories).\n")
    assert "usage" not in section_details(tmp_path / "other", other)  # was usage, by "how to use it" in the link's label
    # the neighbour: the project's own documentation site on how to use it stays the usage
    own = STORY + "Read [how to use it](https://theme-portail.readthedocs.io/usage) on the theme's documentation site.\n"
    assert section_details(tmp_path / "own", own)["usage"]["line"] == line_of(own, "Read [how to use it]")


STACK = ("# Boréal\n\n## Environnement technique\n\nLe projet est un monorepo, utilisant le système de [workspaces]"
         "(https://docs.npmjs.com/cli/using-npm/workspaces) de npm.\n\n- Frontend : SvelteKit\n- Backend : NestJS\n\n"
         "## Installation\n\n1. Cloner le dépôt\n2. `npm install`\n")


def test_a_layout_sentence_is_no_description(tmp_path):
    readme = readme_fact(tmp_path / "layout", STACK)
    assert readme["description"] is None and "purpose" not in readme["sections"]  # was the purpose, from the monorepo sentence
    # the same sentence at the top, without the stack chapter, is no description either
    bare = STACK.replace("## Environnement technique\n\n", "")
    assert "purpose" not in readme_fact(tmp_path / "bare", bare)["sections"]
    # the neighbours: a monorepo sentence saying what the service is for, and a first line saying what it does, are descriptions
    what = bare.replace("Le projet est un monorepo, utilisant le système de [workspaces](https://docs.npmjs.com/cli/using-npm/workspaces) de npm.",
                        "Le projet est un monorepo pour le service Boréal, qui aide les communes à suivre leurs bornes de recharge.")
    assert readme_fact(tmp_path / "what", what)["description"]["line"] == 3
    said = STACK.replace("# Boréal\n\n", "# Boréal\n\nBoréal aide les communes à suivre l'état de leurs bornes de recharge.\n\n")
    described = readme_fact(tmp_path / "said", said)
    assert described["description"]["line"] == 3 and "purpose" in described["sections"]
