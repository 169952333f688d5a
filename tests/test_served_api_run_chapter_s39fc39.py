"""documentation.readme-sections (issue 12, s39 fc39 = re-reader vh38, govpf/openfisca-pf): a country package of a rules engine is used
through its Web API. Its README's "## 2. Running …" chapter runs its tests and serves the API (``openfisca serve --reload``, then
``curl "http://localhost:5000/spec"``); the readme fact dropped it as a developer's local run (localhost, --reload), and the check said
"missing: usage". For a library or an API service, a run chapter that serves the project's own API and queries it (or runs the command
its manifest declares) is its usage. Near miss: a web application's "## Lancement" over ``npm run dev`` and localhost stays a local run
(usage missing). Minimal fixtures written for the test (a made-up tax package)."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CHECK = "documentation.readme-sections"
README = ("# OpenFisca-Atoll\n\nThis is the package modeling the tax rules of Atoll.\n\n"
          "## 1. Installation for developers\n\n```bash\ngit clone https://example.org/openfisca-atoll.git\ncd openfisca-atoll\n"
          "pip3 install --editable .[dev]\n```\n\n"
          "## 2. Running OpenFisca Atoll\n\n### 2.1. Run tests\n\nYou can run the tests using:\n```bash\n"
          "openfisca test --country-package openfisca_atoll openfisca_atoll/tests\n```\n\n"
          "### 2.2. Serve the API\n\nAnd you can serve the Openfisca Web API locally:\n```bash\nopenfisca serve --reload -f config.py\n```\n\n"
          "You can make sure that your instance of the API is working by requesting:\n```bash\ncurl \"http://localhost:5000/spec\"\n```\n\n"
          "This endpoint returns the Open API specification of the API.\n")
PACKAGE = {
    "README.md": README,
    "setup.py": ("from setuptools import setup, find_packages\n\nsetup(\n    name='OpenFisca-Atoll',\n    version='0.1.0',\n"
                 "    install_requires=['OpenFisca-Core[web-api] ==43.5.0'],\n    packages=find_packages(),\n)\n"),
    "config.py": "bind = '127.0.0.1:5000'\nworkers = 2\n",
    "openfisca_atoll/__init__.py": "from openfisca_core.taxbenefitsystems import TaxBenefitSystem\n",
    "openfisca_atoll/variables/impot.py": ("from openfisca_core.model_api import Variable, MONTH\n\n\nclass impot(Variable):\n"
                                             "    value_type = float\n    definition_period = MONTH\n\n"
                                             "    def formula(personne, period):\n        return personne('salaire', period) * 0.1\n"),
    "openfisca_atoll/tests/impot.yaml": "- name: impot\n  period: 2024-01\n  input:\n    salaire: 1000\n  output:\n    impot: 100\n",
}
WEB_APP = {
    "README.md": ("# Portail des démarches\n\nApplication web de la mairie pour suivre ses démarches.\n\n"
                  "## Installation\n\n```bash\nnpm install\n```\n\n"
                  "## Lancement\n\n```bash\nnpm run dev\n```\n\nL'application est disponible sur http://localhost:3000.\n"),
    "package.json": ('{"name": "portail-demarches", "private": true, "scripts": {"dev": "next dev", "build": "next build", "start": "next start"},'
                     ' "dependencies": {"next": "14.2.3", "react": "18.3.1", "react-dom": "18.3.1"}}\n'),
    "pages/index.js": "export default function Home() { return <main><h1>Mes démarches</h1></main>; }\n",
    "pages/demarches.js": "export default function Demarches() { return <ul><li>Carte d'identité</li></ul>; }\n",
}


def sections(tmp_path, files, name="r"):
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-03-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / f"c-{name}", offline=True, only=[CHECK]))
    return report["facts"]["project"]["kind"], report["results"][0]


def test_a_packages_chapter_serving_its_web_api_and_querying_it_is_its_usage(tmp_path):
    kind, r = sections(tmp_path, PACKAGE)
    assert kind == "library", kind
    assert "usage" in r["details"]["found"] and "usage" not in r["details"]["missing"], r["message"]
    assert any(e.get("line") == 13 and (e.get("value") or {}).get("section") == "usage" for e in r["evidence"]), r["evidence"]


def test_a_web_applications_local_dev_run_stays_no_usage(tmp_path):
    # near miss: "## Lancement" over npm run dev and localhost
    kind, r = sections(tmp_path, WEB_APP)
    assert kind == "web-application", kind
    assert "usage" in r["details"]["missing"], r["message"]
