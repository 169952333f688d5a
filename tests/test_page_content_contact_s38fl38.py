"""scaling.personal-data (issue 12, s38 fl38 = reader ma38's tanjonaaina559-png/demarche_dembeni): a citizen portal's CMS model
HomeContent (section, title, subtitle, buttonText, ctaTitle, FAQ question/answer, "address // For Footer", phone, email: the
mairie's contact shown in the page footer) was counted a model of personal data. Rule now: a model of the site's own content
(named content, page, home, footer, settings, site…) with page-content fields beside (title, subtitle, buttons, social links…)
and no first name, birth date or login account holds the organisation's published contact. Near miss: a Citizen model with
phone and e-mail stays personal."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PD = "scaling.personal-data"
HOME = ("const mongoose = require('mongoose');\n\nconst homeContentSchema = new mongoose.Schema({\n"
        "  section: { type: String, required: true },\n  title: { type: String },\n  subtitle: { type: String },\n"
        "  buttonText: { type: String },\n  ctaTitle: { type: String },\n  question: { type: String }, // For FAQ\n"
        "  answer: { type: String }, // For FAQ\n  address: { type: String }, // For Footer\n  phone: { type: String },\n"
        "  email: { type: String },\n  socialLinks: { type: mongoose.Schema.Types.Mixed },\n}, { timestamps: true });\n\n"
        "module.exports = mongoose.model('HomeContent', homeContentSchema);\n")
FILES = {"README.md": "# Portail citoyen\n\nDémarches en ligne de la commune.\n",
         "backend/package.json": "{\"name\": \"api\", \"dependencies\": {\"express\": \"^4.18.0\", \"mongoose\": \"^8.0.0\"}}\n",
         "backend/models/HomeContent.js": HOME}


def _pd(tmp_path, files, name):
    return judge(tmp_path, files, [PD], name=name)[1][PD]


def test_the_sites_footer_contact_is_no_personal_data(tmp_path):
    r = _pd(tmp_path, FILES, "home")
    assert not any("HomeContent" in (e.get("path") or "") for e in r.get("evidence") or []), r["evidence"]


def test_a_citizen_model_with_phone_and_email_stays_personal(tmp_path):
    citizen = HOME.replace("homeContentSchema", "citizenSchema").replace("'HomeContent'", "'Citizen'")
    files = {k: v for k, v in FILES.items() if "HomeContent" not in k}
    r = _pd(tmp_path, {**files, "backend/models/Citizen.js": citizen}, "citizen")
    assert any("Citizen" in (e.get("path") or "") for e in r.get("evidence") or []), (r["message"], r.get("evidence"))
