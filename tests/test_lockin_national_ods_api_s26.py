"""scaling.vendor-lock-in (issue 12, session 26 reader o4): a national platform's API served by Opendatasoft's engine.

An Angular map application of IGN and beta.gouv (IGNF/geoportail-environnement.beta.gouv.fr) was warned "1 proprietary service:
Opendatasoft" for its one call of the State's Annuaire de l'administration
(``https://api-lannuaire.service-public.fr/api/explore/v2.1/…``, the DILA's API, which runs on Opendatasoft): the same open API
for every reusing body, with no vendor account, like a .gouv.fr portal already was. A local authority's own Opendatasoft portal
stays a dependency on Opendatasoft."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

ENV = ("export const environment = {\n  production: false,\n"
       "  apiAnnuaireUrl : 'https://api-lannuaire.service-public.fr/api/explore/v2.1/catalog/datasets/api-lannuaire-administration/records',\n"
       "  apiUrl: '/api/api',\n};\n")
SERVICE = ("import { environment } from '../environments/environment';\n\n"
           "export async function guichets(insee: string) {\n"
           "  const res = await fetch(`${environment.apiAnnuaireUrl}?where=code_insee_commune=${insee}`);\n  return res.json();\n}\n")


def _lockin(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Carte\n\nCarte des réglementations forestières.\n",
                                                 "package.json": '{"name": "carte", "dependencies": {"@angular/core": "19.0.0", "ol": "10.0.0"}}\n',
                                                 "src/app/annuaire.service.ts": SERVICE, **files},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.vendor-lock-in"]))
    return report["results"][0]


def test_the_states_directory_api_is_no_opendatasoft_lock_in(tmp_path):
    r = _lockin(tmp_path, {"src/environments/environment.ts": ENV})
    assert "Opendatasoft" not in r["message"]["en"], r["message"]
    assert r["status"] == "pass", r["message"]


def test_a_local_authoritys_opendatasoft_portal_stays_a_dependency(tmp_path):
    env = ENV.replace("https://api-lannuaire.service-public.fr", "https://data.metropole-exemple.fr")
    r = _lockin(tmp_path, {"src/environments/environment.ts": env})
    assert r["status"] != "pass" and "Opendatasoft" in r["message"]["en"], r["message"]
