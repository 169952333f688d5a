"""scaling.vendor-lock-in weighs a proprietary data store and sign-in above a link (issue 12, session 34 fixer b34).

A commune's web app keeping all its records in a Google spreadsheet through the Sheets API (sheets.googleapis.com/v4) and signing
its users in with Google Identity Services (accounts.google.com/gsi/client, google.accounts.oauth2) passed "1 proprietary
service: Google Sheets" (severity 1, a convenience): another body cannot run it without a Google Cloud project, an OAuth
client and Google accounts. The Sheets API used as a store now weighs as Airtable's base does (severity 2), and Google's sign-in
script is found (severity 2, as the other identity services). A form's or a published sheet's link stays a convenience.
Made-up names below."""

from __future__ import annotations

from tests.test_scaling import ctx_for, one
from tests.test_scaling import run as run_check

SHEETS = ("export class SheetsService {\n  constructor() {\n    this.apiUrl = 'https://sheets.googleapis.com/v4/spreadsheets';\n  }\n"
          "  async read(range) {\n    return fetch(`${this.apiUrl}/${this.id}/values/${range}`);\n  }\n}\n")
AUTH = ("export function load() {\n  const script = document.createElement('script');\n"
        "  script.src = 'https://accounts.google.com/gsi/client';\n  document.head.appendChild(script);\n}\n"
        "export function client(id) {\n  return google.accounts.oauth2.initTokenClient({client_id: id});\n}\n")
PKG = '{"name": "resultats", "dependencies": {"react": "^18.2.0"}}\n'


def test_a_spreadsheet_kept_through_its_api_and_googles_sign_in_are_no_convenience(repo):
    r = one(repo, {"package.json": PKG, "src/services/sheets.js": SHEETS, "src/services/auth.js": AUTH})
    services = {s["name"]: s["severity"] for s in ctx_for(r).fact("vendor_lockin")["services"]}
    assert services == {"Google Forms / Google Sheets / Google Drive": 2, "Google Identity Services (Sign in with Google)": 2}, services
    res = run_check(ctx_for(r), "scaling.vendor-lock-in")
    assert res.status.value == "warn" and "Google Sheets" in res.message["en"] and "Sign in with Google" in res.message["en"], res.message


def test_a_forms_link_stays_a_convenience(repo):
    # near-miss: a page linking a Google form (and a published sheet): no API, no sign-in
    page = ("export const Contact = () => <div><a href=\"https://docs.google.com/forms/d/e/1FAIpQLSd/viewform\">Formulaire</a>"
            "<a href=\"https://docs.google.com/spreadsheets/d/1k0Z/edit\">Tableau</a></div>;\n")
    r = one(repo, {"package.json": PKG, "src/Contact.jsx": page})
    services = {s["name"]: s["severity"] for s in ctx_for(r).fact("vendor_lockin")["services"]}
    assert set(services.values()) == {1}, services
    assert run_check(ctx_for(r), "scaling.vendor-lock-in").status.value == "pass"
