"""reusability.territory-neutral (issue 12, s36 k36 = jtrdt/server-CirculationBordeauxMetropole).

The Express back end of Bordeaux Métropole's traffic control tool signs every mail it sends with the métropole's short name:
config/nodemailer.config.js's functions call transporter.sendMail({subject: '[Circulation BxMetro] Vérifiez votre adresse email', …}).
The check said "pass: no territory-specific value in the code": the short form BxMetro is no place's name, and the file sits in
config/, where a value is a setting. A tag opening a mail's subject, or a sender's display name, that names a place (a commune INSEE
names, "Grand Lyon") or holds a short form an authority signs with (auditor/data/authority_short_names.yml) is now a finding, in a
settings-named file too when that file sends the mails it composes.
Near misses: "[App] Verify your e-mail" names nothing; a settings module declaring a subject for the deployment, without sending
anything, stays outside the code.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"

MAILER = """const nodemailer = require('nodemailer');

const transporter = nodemailer.createTransport({
  host: process.env.NODEMAILER_HOST,
  auth: { user: process.env.NODEMAILER_EMAIL, pass: process.env.NODEMAILER_PASSWORD }
});

module.exports.sendConfirmationEmail = async (name, email, code) => {
  await transporter.sendMail({
    from: process.env.NODEMAILER_EMAIL,
    to: email,
    subject: '[Circulation BxMetro] Vérifiez votre adresse email',
    html: `<p>Bonjour ${name}, votre code : ${code}</p>`
  });
};

module.exports.sendResetPasswordEmail = async (email, token) => {
  await transporter.sendMail({
    from: process.env.NODEMAILER_EMAIL,
    to: email,
    subject: '[Circulation BxMetro] Oubli du mot de passe',
    html: `<p>${token}</p>`
  });
};
"""

APP = {"package.json": '{"name": "backend-tool", "version": "1.0.0", "license": "MIT", "dependencies": {"express": "^4.17.1", "nodemailer": "^6.6.0"}}\n',
       "app.js": "const express = require('express');\nconst app = express();\nmodule.exports = app;\n",
       "controllers/user.controller.js": "const mailer = require('../config/nodemailer.config');\nexports.signup = (req, res) => mailer.sendConfirmationEmail(req.body.name, req.body.email, 'x');\n"}


def test_an_authoritys_short_name_in_the_subjects_of_the_mails_sent_is_found(tmp_path):
    r = check_result(tmp_path, {**APP, "config/nodemailer.config.js": MAILER}, CID)
    assert r["status"] == "warn", r["message"]  # was pass "No territory-specific value in the code"
    lines = {(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("kind") == "finding"}
    assert {("config/nodemailer.config.js", 12), ("config/nodemailer.config.js", 21)} <= lines, r["evidence"]


SENDER = """const nodemailer = require('nodemailer');

exports.notify = (transporter, to) => transporter.sendMail({
  from: '"Signalements MEL" <' + process.env.MAIL_FROM + '>',
  to,
  subject: 'Nouveau signalement',
});
"""


def test_a_senders_name_with_an_authoritys_short_name_is_found(tmp_path):
    r = check_result(tmp_path, {**APP, "services/notify.js": SENDER}, CID)
    assert any(e.get("path") == "services/notify.js" and e.get("line") == 4 for e in r["evidence"]), r["evidence"]


def test_a_tag_naming_no_place_stays_clean(tmp_path):
    plain = MAILER.replace("[Circulation BxMetro]", "[App]").replace("Vérifiez votre adresse email", "Verify your e-mail")
    r = check_result(tmp_path, {**APP, "config/nodemailer.config.js": plain}, CID)
    assert r["status"] == "pass", r["evidence"]


SETTINGS = """module.exports = {
  subject: '[Circulation BxMetro] Notification',
  replyTo: process.env.MAIL_REPLY_TO,
};
"""


def test_a_subject_a_settings_module_declares_without_sending_stays_outside_the_code(tmp_path):
    r = check_result(tmp_path, {**APP, "config/mail.config.js": SETTINGS}, CID)
    assert r["status"] == "pass", r["evidence"]
