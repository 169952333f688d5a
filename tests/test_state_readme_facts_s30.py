"""README facts of State repositories (issue 12, session 30 reader r7a, fixer o30).

- A State crawler built with NestJS kept the README `nest new` writes (Nest's logo and tagline, "## Description" saying it is Nest's
  TypeScript starter, "## Support" asking for sponsors, "## Stay in touch" with Nest's author, "## License": "Nest is MIT licensed."):
  the tagline was read as the project's description, "Support" as its contact and "Nest is MIT licensed" as its licence (declared-only,
  with no licence file and the starter's "UNLICENSED" manifest). Nest's starter README is a framework's template like Laravel's: its
  chapters are Nest's; left as it is, it says nothing about the project. A team's own chapters beside them stay the project's.
- A State site's README describes the site's pages: "### Support" under "## Pages", "La page de support permet de centraliser … les
  questions": a page of the site, not a way to reach the team. A "## Support" chapter giving an address stays a contact.
"""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

NEST_HEAD = ('<p align="center">\n  <a href="http://nestjs.com/" target="blank"><img src="https://nestjs.com/img/logo_text.svg" width="320" alt="Nest Logo" /></a>\n'
             '</p>\n\n  <p align="center">A progressive <a href="http://nodejs.org" target="_blank">Node.js</a> framework for building efficient and '
             'scalable server-side applications.</p>\n\n')
NEST_DESCRIPTION = "## Description\n\n[Nest](https://github.com/nestjs/nest) framework TypeScript starter repository.\n\n"
NEST_COMMANDS = ("## Installation\n\n```bash\n$ npm install\n```\n\n## Running the app\n\n```bash\n# development\n$ npm run start\n```\n\n"
                 "## Test\n\n```bash\n# unit tests\n$ npm run test\n```\n\n")
NEST_TAIL = ("## Support\n\nNest is an MIT-licensed open source project. It can grow thanks to the sponsors and support by the amazing backers. "
             "If you'd like to join them, please [read more here](https://docs.nestjs.com/support).\n\n"
             "## Stay in touch\n\n- Author - [Kamil Myśliwiec](https://kamilmysliwiec.com)\n- Website - [https://nestjs.com](https://nestjs.com/)\n\n"
             "## License\n\nNest is [MIT licensed](LICENSE).\n")
NEST_APP = {
    "package.json": json.dumps({"name": "crawler", "version": "0.0.1", "description": "", "author": "", "private": True, "license": "UNLICENSED",
                                "scripts": {"start": "nest start"}, "dependencies": {"@nestjs/core": "^9.0.0", "@nestjs/common": "^9.0.0"}}, indent=2),
    "src/main.ts": "import { NestFactory } from '@nestjs/core';\nimport { AppModule } from './app.module';\n\nasync function bootstrap() {\n"
                   "  const app = await NestFactory.create(AppModule);\n  await app.listen(3000);\n}\nbootstrap();\n",
    "src/app.module.ts": "import { Module } from '@nestjs/common';\n\n@Module({})\nexport class AppModule {}\n",
}
CHECKS = ["documentation.readme", "documentation.readme-sections", "licensing.license-file"]


def test_nests_untouched_starter_readme_says_nothing_of_the_project(tmp_path):
    report, res = judge(tmp_path, {**NEST_APP, "README.md": NEST_HEAD + NEST_DESCRIPTION + NEST_COMMANDS + NEST_TAIL}, CHECKS)
    readme, lic = report["facts"]["readme"], report["facts"]["license"]
    assert (readme["template"] or {}).get("framework") == "nestjs", readme["template"]
    assert readme["description"] is None and readme["sections"] == [], (readme["description"], readme["section_details"])
    assert lic["spdx"] is None and lic["status"] == "none" and lic["sources"] == [], lic
    assert res["documentation.readme"]["status"] == "fail" and "NestJS" in res["documentation.readme"]["message"]["en"], res["documentation.readme"]["message"]


def test_a_teams_own_chapters_beside_nests_stay_the_projects(tmp_path):
    own = ("## Variables d'environnement\n\nCopiez `.env.example` en `.env` et renseignez `DATABASE_URL`, l'adresse de la base de données.\n\n"
           "## Contact\n\nÉcrivez à l'équipe : equipe-crawler@sante.gouv.fr.\n\n## Licence\n\nCe projet est publié sous licence EUPL-1.2.\n\n")
    readme_text = NEST_HEAD + NEST_DESCRIPTION + NEST_COMMANDS + own + NEST_TAIL
    report, res = judge(tmp_path, {**NEST_APP, "README.md": readme_text}, CHECKS)
    readme = report["facts"]["readme"]
    details = {d["name"]: d for d in readme["section_details"]}
    assert {"install", "configuration", "contact"} <= set(details), readme["section_details"]
    assert details["contact"]["text"] == "Contact", details["contact"]  # not Nest's "Support" nor "Stay in touch"
    assert readme["description"] is None, readme["description"]  # Nest's tagline is no description of the project
    sources = report["facts"]["license"]["sources"]
    assert [(s["kind"], s["ids"]) for s in sources] == [("readme", ["EUPL-1.2"])], sources  # the team's; "Nest is MIT licensed" is Nest's


SITE = {"_config.yml": "title: Site vitrine\nbaseurl: /site\n", "index.md": "---\nlayout: default\n---\n# Accueil\n",
        "support.md": "---\nlayout: default\n---\n# Support\n"}
SITE_HEAD = ("# Site vitrine de l'API Exemple\n\nLe site vitrine de l'API Exemple présente le service aux administrations qui l'utilisent.\n\n"
             "## Lancer le site en local\n\n```sh\nbundle exec jekyll serve\n```\n\n")


def test_a_support_chapter_describing_the_sites_support_page_is_no_contact(tmp_path):
    pages = ("## Pages\n\n### Support\n\nLa page de support permet de centraliser les questions les plus fréquemment posées, et dans le cas où la "
             "réponse n'y est pas, on précise l'adresse email pour nous écrire.\n\n### Accueil\n\nLa page d'accueil présente le service.\n")
    report, _ = judge(tmp_path, {**SITE, "README.md": SITE_HEAD + pages}, ["documentation.readme-sections"])
    readme = report["facts"]["readme"]
    assert "contact" not in readme["sections"], readme["section_details"]


def test_a_support_chapter_giving_an_address_stays_a_contact(tmp_path):
    support = "## Support\n\nPour toute question sur le site, écrivez à support@exemple.gouv.fr.\n"
    report, _ = judge(tmp_path, {**SITE, "README.md": SITE_HEAD + support}, ["documentation.readme-sections"])
    readme = report["facts"]["readme"]
    assert any(d["name"] == "contact" and d["line"] == SITE_HEAD.count("\n") + 1 for d in readme["section_details"]), readme["section_details"]


ARCHIVED_SITE = ("# Projet archivé\n\nCe dépôt est archivé au profit de https://github.com/exemple/nouveau-site/\n\n"
                 "# Website for API Territoires\n\nYou can view the sandbox branch at this url:\nhttps://api-territoires-sandbox.netlify.app/\n\n"
                 "## Local serve\n\n`bundle exec jekyll serve`\n\n"
                 "## PDF version\n\nThe PDF is generated by mina with Pandoc (+texlive) with a command like this:\n\n`pandoc cgu.md -o cgu.pdf`\n\n"
                 "# API Territoires\n\nLe site vitrine d'API Territoires est disponible à l'adresse https://territoires.api.gouv.fr.\n\n"
                 "Il s'agit d'un site statique en Jekyll dont les sources sont sur GitHub.\n")


def test_a_link_line_under_the_title_is_no_description_and_the_named_chapter_presents_the_site(tmp_path):
    report, _ = judge(tmp_path, {**SITE, "README.md": ARCHIVED_SITE}, ["documentation.readme", "documentation.readme-sections"])
    readme = report["facts"]["readme"]
    lines = ARCHIVED_SITE.splitlines()
    named = lines.index("# API Territoires") + 1
    assert (readme["description"] or {}).get("line") == named + 2, readme["description"]  # "Le site vitrine d'API Territoires …", not the link line
    details = {d["name"]: d for d in readme["section_details"]}
    assert details["purpose"]["line"] == named, details  # the chapter named as the site presents it
    assert details.get("usage", {}).get("line") != named, details  # no use of the site


def test_a_librarys_api_chapter_and_a_demo_link_after_its_description_stay(tmp_path):
    text = ("# exemple-client\n\nUne bibliothèque JavaScript qui interroge l'API Territoires et renvoie ses enregistrements.\n\n"
            "You can view the demo at this url: https://exemple.github.io/demo/\n\n## API Territoires\n\n`client.get(id)` renvoie l'enregistrement.\n")
    report, _ = judge(tmp_path, {"package.json": json.dumps({"name": "exemple-client", "version": "1.0.0"}), "README.md": text},
                      ["documentation.readme-sections"])
    readme = report["facts"]["readme"]
    assert readme["description"]["line"] == 3, readme["description"]
    assert any(d["name"] == "usage" and d["line"] == 7 for d in readme["section_details"]), readme["section_details"]
