"""A CI pipeline's own OpenID Connect token to its cloud is no sign-in of people (issue 12, s40 fg40 = reader rg40, fbonhomme/calordure).

A waste-collection calendar (an Express API, no login anywhere) deploys its front end with Azure Static Web Apps workflows that ask
GitHub for the CI's OIDC token (`permissions: id-token: write`, a step "Install OIDC Client from Core Package", core.getIDToken())
and its API with azure/login: the "OIDC" of two such workflows made a "Standard authentication (OpenID Connect…)" (auth warn 7.0).
The deployment's workload-identity federation signs nobody in. Near miss: a deploy workflow that hands the application its own
OIDC settings (OIDC_ISSUER_URL, OIDC_CLIENT_ID) beside an application reading them still signs people in through OpenID Connect.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

AUTH = "interoperability.auth"
APP = {
    "README.md": "# Calendrier des collectes\n\nCalendrier de collecte des déchets ménagers de la commune.\n",
    "backend/package.json": '{"name": "api", "scripts": {"start": "node src/index.js"}, "dependencies": {"express": "^4.18.0"}}\n',
    "backend/src/index.js": "const express = require('express');\nconst app = express();\n"
                            "app.get('/api/collectes', (req, res) => res.json([]));\napp.listen(3000);\n",
}
SWA = ("name: Azure Static Web Apps CI/CD\non:\n  push:\n    branches: [{branch}]\njobs:\n  build_and_deploy_job:\n    runs-on: ubuntu-latest\n"
       "    permissions:\n       id-token: write\n       contents: read\n    steps:\n      - uses: actions/checkout@v3\n"
       "      - name: Install OIDC Client from Core Package\n        run: npm install @actions/core@1.6.0 @actions/http-client\n"
       "      - name: Get Id Token\n        uses: actions/github-script@v6\n        id: idtoken\n        with:\n"
       "           script: |\n               const coredemo = require('@actions/core')\n               return await coredemo.getIDToken()\n"
       "      - name: Build And Deploy\n        uses: Azure/static-web-apps-deploy@v1\n        with:\n"
       "          app_location: './frontend'\n          github_id_token: ${{{{ steps.idtoken.outputs.result }}}}\n")
API_DEPLOY = ("name: Deploy API\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    permissions:\n      id-token: write\n"
              "    steps:\n      - name: Login to Azure (OIDC)\n        uses: azure/login@v2\n        with:\n"
              "          client-id: ${{ secrets.AZUREAPPSERVICE_CLIENTID }}\n      - uses: azure/webapps-deploy@v3\n{env}")


def _auth(tmp_path, files, name):
    return judge(tmp_path, files, [AUTH], name=name)[1][AUTH]


def test_the_ci_token_of_cloud_deploy_workflows_signs_nobody_in(tmp_path):
    files = {**APP, ".github/workflows/swa-front.yml": SWA.format(branch="frontend"),
             ".github/workflows/swa-preview.yml": SWA.format(branch="preview"),
             ".github/workflows/api.yml": API_DEPLOY.format(env="")}
    r = _auth(tmp_path, files, "ci")
    assert r["status"] == "not_applicable", (r["message"], r["evidence"])


def test_the_applications_oidc_settings_handed_by_the_deploy_still_count(tmp_path):
    env = ("        env:\n          OIDC_ISSUER_URL: https://auth.example.org/realms/agents\n"
           "          OIDC_CLIENT_ID: ${{ secrets.OIDC_CLIENT_ID }}\n")
    login = ("const { Issuer } = require('openid-client');\n"
             "async function client() {\n  const issuer = await Issuer.discover(process.env.OIDC_ISSUER_URL);\n"
             "  return new issuer.Client({ client_id: process.env.OIDC_CLIENT_ID });\n}\nmodule.exports = { client };\n")
    files = {**APP, ".github/workflows/api.yml": API_DEPLOY.format(env=env), "backend/src/login.js": login}
    r = _auth(tmp_path, files, "app")
    assert r["status"] == "warn" and r["score"] == 7.0, (r["message"], r["evidence"])
