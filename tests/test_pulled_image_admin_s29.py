"""Session 29 (lead, after k29 on a reader's case: a SemApps application whose Compose file starts a Jena Fuseki store from its
image with ``ADMIN_PASSWORD: "admin"``): the administrator's password of a container the project pulls (``image:``, no ``build:``)
configures that third party's software, not an account of the project: interoperability.auth read it as "local accounts only".
The same variable given to the project's own service (``build:``) stays a sign-in."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SEMAPPS = {
    "README.md": "# Observatoire\n\nUne application de données liées pour l'agence d'urbanisme.\n",
    "middleware/package.json": '{"name": "observatoire-middleware", "dependencies": {"moleculer": "^0.14.0"}}\n',
    "middleware/index.js": ("const { ServiceBroker } = require('moleculer');\nconst broker = new ServiceBroker();\n"
                            "broker.createService({ name: 'sparql', settings: { endpoint: process.env.SPARQL_ENDPOINT } });\nbroker.start();\n"),
    "docker-compose.yaml": ("version: '3.5'\nservices:\n  fuseki:\n    image: semapps/jena-fuseki-webacl:latest\n    ports:\n      - \"3030:3030\"\n"
                            "    environment:\n      ADMIN_PASSWORD: \"admin\"\n\n  middleware:\n    build: middleware\n    environment:\n"
                            "      SPARQL_ENDPOINT: http://fuseki:3030/\n"),
}


def _auth(tmp_path, files, name):
    return judge(tmp_path, files, ["interoperability.auth"], name=name)[1]["interoperability.auth"]


def test_a_pulled_images_administrator_is_no_account_of_the_project(tmp_path):
    res = _auth(tmp_path, SEMAPPS, "pulled")
    assert res["details"].get("local_login") is not True, (res["message"], res["evidence"])
    assert "local accounts" not in res["message"]["en"], res["message"]


def test_the_projects_own_services_admin_password_stays_a_sign_in(tmp_path):
    files = dict(SEMAPPS)
    files["docker-compose.yaml"] = files["docker-compose.yaml"].replace('      ADMIN_PASSWORD: "admin"\n', "").replace(
        "      SPARQL_ENDPOINT: http://fuseki:3030/\n", "      SPARQL_ENDPOINT: http://fuseki:3030/\n      ADMIN_PASSWORD: \"admin\"\n")
    res = _auth(tmp_path, files, "own")
    assert res["details"].get("local_login") is True, (res["message"], res["evidence"])
