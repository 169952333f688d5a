"""A licence chapter stating its owner's property is a proprietary statement; a help chapter sending only to other products'
documentation is no contact (issue 12, s41 fg41 = reader rd41's Samuelalhadef/RH-reservation).

RH-reservation: a commune's HR web app whose README ends "## 📝 Licence" over "Propriété de la Mairie de Chartrettes" (the code
belongs to the commune, no licence granted). The chapter was dropped (no licence named), so readme-sections said the licence
section missing and the licence checks "No license found". Rule now: "Propriété (exclusive) de …", "est la propriété de …",
"Property of …" under a licence heading reserves the rights as "Tous droits réservés" does. A weak copyleft dependency (MPL-2.0)
of a proprietary project, used as a separate library, is compatible as in a permissive project; a strong copyleft one is not.
And its "## Support" chapter only listed Next.js's, Turso's and Resend's documentation pages: no one of the project to reach.
Near misses: a licence chapter saying the licence is still to be chosen states none; a Support chapter with an issue tracker or an
address is the contact."""

from __future__ import annotations

from auditor.licenses.compat import pair
from tests.test_reusability_fixtures import build, run_audit

CODE = {"package.json": '{"name": "portail-agent", "version": "1.0.0", "private": true, "scripts": {"dev": "next dev"}}\n',
        "src/app/page.js": "export default function Page() {\n  return <h1>Mon portail agent</h1>;\n}\n"}
HEAD = ("# Mon Portail Agent\n\nApplication de gestion des congés des agents de la commune.\n\n## Installation\n\n```bash\nnpm install\n"
        "npm run dev\n```\n\n")
OWNED = "## 📝 Licence\n\nPropriété de la Mairie de Valbois\n"
DOCS_ONLY = ("## Support\n\nPour toute question ou problème, consultez:\n- Documentation Next.js: https://nextjs.org/docs\n"
             "- Documentation Turso: https://docs.turso.tech\n- Documentation Resend: https://resend.com/docs\n\n")
LICENCE_CHECKS = ["licensing.license-file", "licensing.open-license", "licensing.consistent", "documentation.readme-sections"]


def _audit(tmp_path, readme: str, name: str):
    report = run_audit(build(tmp_path / name, {**CODE, "README.md": readme}), tmp_path / f"c-{name}", LICENCE_CHECKS)
    return report, {r["id"]: r for r in report["results"]}


def test_a_licence_chapter_stating_the_communes_property_is_proprietary(tmp_path):
    report, res = _audit(tmp_path, HEAD + OWNED, "owned")
    lic = report["facts"]["license"]
    assert lic["spdx"] == "LicenseRef-proprietary" and lic["sources"][0]["path"] == "README.md", lic
    assert "license" in report["facts"]["readme"]["sections"], report["facts"]["readme"]["sections"]
    assert "LicenseRef-proprietary" in res["licensing.open-license"]["message"]["en"], res["licensing.open-license"]["message"]
    msg = res["licensing.license-file"]["message"]["en"]
    assert res["licensing.license-file"]["status"] == "fail" and "reserves all rights" in msg, msg
    assert "spdx.org/licenses/LicenseRef" not in (res["licensing.license-file"].get("remediation") or {}).get("en", "")


def test_near_miss_a_licence_still_to_choose_states_none(tmp_path):
    report, res = _audit(tmp_path, HEAD + "## Licence\n\nÀ définir avant publication.\n", "undecided")
    assert report["facts"]["license"]["status"] == "none", report["facts"]["license"]
    assert "No license found" in res["licensing.open-license"]["message"]["en"], res["licensing.open-license"]["message"]


def test_a_proprietary_projects_weak_copyleft_library_is_compatible_its_strong_copyleft_one_is_not():
    assert pair("LicenseRef-proprietary", "MPL-2.0")[0] == "ok"
    assert pair("LicenseRef-proprietary", "LGPL-3.0-only")[0] == "ok"
    assert pair("LicenseRef-proprietary", "GPL-3.0-only")[0] == "incompatible"


def test_a_support_chapter_listing_other_products_documentation_is_no_contact(tmp_path):
    report, _res = _audit(tmp_path, HEAD + DOCS_ONLY + OWNED, "support")
    assert "contact" not in report["facts"]["readme"]["sections"], report["facts"]["readme"]["sections"]


def test_near_miss_a_support_chapter_with_an_issue_tracker_is_the_contact(tmp_path):
    support = DOCS_ONLY + "Ou ouvrez un ticket : https://github.com/valbois/portail-agent/issues\n\n"
    report, _res = _audit(tmp_path, HEAD + support + OWNED, "tracker")
    assert "contact" in report["facts"]["readme"]["sections"], report["facts"]["readme"]["sections"]
