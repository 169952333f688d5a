"""A team's own install steps written above a framework's README (issue 12, s30 b30/q30 = reader s29 r6b, anct-cnum/portail-backoffice):
"# Webpack config" / "1. With npm install, when prompted … put assets/fonts" / "2. After npm install, run npm run watch" over Create React
App's README left as it is. The whole README was read as the untouched template: no install, "it says nothing about the project". The
team's own chapter above the template's first line is the project's; the template's chapters and links below it stay the framework's,
and a template's own heading above its first signature (Vue CLI's "## Project setup") is no chapter of the team's."""

from __future__ import annotations

from auditor.facts.readme import analyse
from auditor.facts.readme_templates import untouched_template
from tests.test_local_authority_verdicts import judge

CRA = ("# Getting Started with Create React App\n\nThis project was bootstrapped with [Create React App](https://github.com/facebook/create-react-app).\n\n"
       "## Available Scripts\n\nIn the project directory, you can run:\n\n### `npm start`\n\nRuns the app in the development mode.\\\n"
       "Open [http://localhost:3000](http://localhost:3000) to view it in the browser.\n\n### `npm test`\n\nLaunches the test runner in the "
       "interactive watch mode.\n\n### `npm run build`\n\nBuilds the app for production to the `build` folder.\n\nSee the section about "
       "[deployment](https://facebook.github.io/create-react-app/docs/deployment) for more information.\n\n"
       "## Learn More\n\nYou can learn more in the [Create React App documentation](https://facebook.github.io/create-react-app/docs/getting-started).\n\n"
       "### Deployment\n\nThis section has moved here: [https://facebook.github.io/create-react-app/docs/deployment]"
       "(https://facebook.github.io/create-react-app/docs/deployment)\n")
OWN = ("# Webpack config\n\n1. With npm install, when prompted to choose directory to copy fonts file @gouv : put assets/fonts\n"
       "2. After npm install, run npm run watch to compile assets to public\n\n")
VUE = ("# mon-app\n\n## Project setup\n```\nnpm install\n```\n\n### Compiles and hot-reloads for development\n```\nnpm run serve\n```\n\n"
       "### Compiles and minifies for production\n```\nnpm run build\n```\n\n### Lints and fixes files\n```\nnpm run lint\n```\n\n"
       "### Customize configuration\nSee [Configuration Reference](https://cli.vuejs.org/config/).\n")
APP = {"package.json": '{"name": "portail-backoffice", "private": true, "scripts": {"start": "react-scripts start", "build": "react-scripts build"},'
                       ' "dependencies": {"react": "17.0.2", "react-scripts": "4.0.3"}}\n',
       "src/index.js": "import React from 'react';\nimport ReactDOM from 'react-dom';\n\nReactDOM.render(<div>Portail</div>, document.getElementById('root'));\n"}


def test_own_install_steps_above_a_generator_readme_are_the_install():
    result = analyse(OWN + CRA, "README.md")
    assert [(d["name"], d["line"]) for d in result["section_details"]] == [("install", 3)], result["section_details"]
    assert result["description"] is None and untouched_template(result) is None


def test_a_generator_readme_left_as_it_is_has_no_section():
    result = analyse(CRA, "README.md")
    assert result["section_details"] == [] and result["description"] is None and untouched_template(result)


def test_vue_clis_project_setup_above_its_first_signature_is_the_template_s():
    result = analyse(VUE, "README.md")
    assert result["template"]["line"] == 8 and untouched_template(result), result["section_details"]
    assert result["section_details"] == []


def test_a_numbered_step_without_install_command_is_no_install():
    text = "# Portail\n\nUn portail pour les agents de la collectivité, qui publie les démarches en ligne.\n\n1. Ouvrir la page d'accueil\n2. Choisir une démarche\n"
    assert "install" not in analyse(text, "README.md")["sections"]


def test_the_verdicts_read_the_teams_steps_but_not_the_templates_links(tmp_path):
    report, res = judge(tmp_path, dict(APP, **{"README.md": OWN + CRA}), ["documentation.readme", "documentation.docs", "reusability.install"])
    assert "(Webpack config)" in res["documentation.readme"]["message"]["en"], res["documentation.readme"]["message"]
    assert res["reusability.install"]["status"] != "fail", res["reusability.install"]["message"]
    # CRA's facebook.github.io links, below the template's first line, are no documentation site of the project's
    assert "site" not in (res["documentation.docs"]["details"].get("found") or {}), res["documentation.docs"]["message"]
    assert "documentation site" not in res["documentation.docs"]["message"]["en"].split("; missing")[0], res["documentation.docs"]["message"]
