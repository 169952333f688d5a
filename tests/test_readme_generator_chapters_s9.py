"""README sections: a generator's README chapters kept under the project's own are no sections of the project (issue 12, session 9's
State facts: anct-cnum/api-conseiller-numerique kept Feathers' "## Help" — "For more information on all the things you can do with
Feathers visit docs.feathersjs.com" — taken as the contact, and its getting-started steps under "### API" taken as the usage)."""

from __future__ import annotations

from auditor.facts.readme import analyse

README = ("# api-conseiller-numerique\n\n## About\n\nThis project uses [Feathers](http://feathersjs.com). An open source web framework for "
          "building modern real-time applications.\n\n## Getting Started\n\n### Base de données mongo\n\nCréer un volume persistant :\n\n"
          "```shell\ndocker volume create mongo.recette\n```\n\n### API\n\nGetting up and running is as easy as 1, 2, 3.\n\n"
          "1. Make sure you have [NodeJS](https://nodejs.org/) and [npm](https://www.npmjs.com/) installed.\n2. Install your dependencies\n\n"
          "    ```bash\n    npm install\n    ```\n\n3. Start your app\n\n    ```bash\n    npm start\n    ```\n\n"
          "## Help\n\nFor more information on all the things you can do with Feathers visit [docs.feathersjs.com](http://docs.feathersjs.com).\n")


def sections(text: str) -> dict:
    return {d["name"]: d["text"] for d in analyse(text, "README.md")["section_details"]}


def test_the_generators_help_and_getting_started_chapters_are_no_contact_nor_usage():
    s = sections(README)
    assert "contact" not in s and "usage" not in s
    assert s["install"] == "Getting Started"


def test_a_teams_own_help_and_api_chapters_stay_sections():
    own = README.replace("Getting up and running is as easy as 1, 2, 3.", "Appelez `GET /conseillers?codePostal=44000` pour lister les conseillers.")
    own = own.replace("For more information on all the things you can do with Feathers visit", "Pour toute question, écrivez à l'équipe :")
    s = sections(own.replace("[docs.feathersjs.com](http://docs.feathersjs.com)", "conseiller-numerique@example.org"))
    assert s["contact"] == "Help" and s["usage"] == "API"
