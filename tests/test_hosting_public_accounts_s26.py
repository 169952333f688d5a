"""scaling.hosting (issue 12, session 26, reader o4: ecolabdata/ecospheres-dashboard-backend, ecolabdata/ckanext-ecospheres): files
read from raw.githubusercontent.com/opendatateam/… (data.gouv.fr's team at DINUM) and …/ecolabdata/… (the ecological transition
ministries' data lab) were "a person's or third party's account": both GitHub organisations are public bodies' accounts that
code.gouv.fr lists (codegouvfr-data's comptes-organismes-publics.yml). Offline, the tool knows an account only by such lists.

They are now a public body's servers (another one's, or, with no forge address, "sponsor unknown"); an account of no list stays a person's or third party's."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "scaling.hosting"

CONFIG = ('import os\n\nDATABASE_URL = os.getenv("DATABASE_URL")\n'
          'ORGANIZATIONS_URL = "https://raw.githubusercontent.com/{owner}/udata-front-kit-universe/refs/heads/artifacts/dist/prod/organizations.json"\n'
          'TOPICS_URL = "https://raw.githubusercontent.com/{owner}/udata-front-kit-universe/refs/heads/artifacts/dist/prod/topics.json"\n')


def run(tmp_path, owner: str) -> dict:
    files = {"README.md": "# Dashboard backend\n\nLoads the catalogue into Postgres.\n", "config.py": CONFIG.format(owner=owner),
             "cli.py": "from config import ORGANIZATIONS_URL\n\nprint(ORGANIZATIONS_URL)\n"}
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_a_file_of_a_listed_public_organisation_is_no_personal_account(tmp_path):
    r = run(tmp_path, "opendatateam")
    assert "person's or third party's" not in str(r["details"].get("risk")), r["details"].get("risk")
    assert "a public body's servers" in r["message"]["en"], r["message"]  # (sponsor unknown offline: maybe its own)
    assert not any((e.get("value") or {}).get("class") == "personal" for e in r["evidence"] if isinstance(e.get("value"), dict)), r["evidence"]


def test_an_unlisted_account_stays_a_personal_or_third_party_account(tmp_path):
    r = run(tmp_path, "jdupont-dev")
    assert "personal or third-party accounts" in r["message"]["en"], r["message"]
