"""reusability.configuration: the mail server written in the code beside settings read from the environment (issue 12, s46 ff46 =
reader rb46, villerslelac/website).

A commune's Remix site sends its contact form through nodemailer's createTransport({ host: 'smtp-relay.<provider>.com', port: 587,
secure: false, auth: { user: process.env.…, pass: process.env.… } }): the account is a setting, documented in .env.example, but
the relay is written in the code. The check passed ("7 setting(s) read from the environment, 0 undocumented"); another commune
must edit the code to send through its own server. Near miss: the host read from the environment too keeps the pass. Fixtures
written for the test.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.configuration"
ACTION = ("import nodemailer from 'nodemailer';\n\nexport async function envoyer(texte: string) {{\n"
          "  const transport = nodemailer.createTransport({{\n    host: {host},\n    port: 587,\n    secure: false,\n"
          "    auth: {{\n      user: process.env.SMTP_USER,\n      pass: process.env.SMTP_PASS,\n    }},\n  }});\n"
          "  await transport.sendMail({{ from: process.env.SENDER, to: process.env.RECIPIENT, text: texte }});\n}}\n")
ENV = "SMTP_USER=utilisateur\nSMTP_PASS=motdepasse\nSENDER=site@exemple.fr\nRECIPIENT=mairie@exemple.fr\n"
PKG = '{"name": "site", "private": true, "dependencies": {"nodemailer": "^6.9.0"}}\n'


def test_a_mail_relay_written_in_the_code_is_a_setting_to_edit(tmp_path):
    files = {"app/contact.ts": ACTION.format(host="'smtp-relay.fournisseur-mail.com'"), ".env.example": ENV, "package.json": PKG,
             "README.md": "# Site\n\nLe site de la commune.\n"}
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "warn", r["message"]
    assert "smtp-relay.fournisseur-mail.com" in r["message"]["en"], r["message"]
    assert any(e.get("path") == "app/contact.ts" and e.get("line") == 5 for e in r["evidence"]), r["evidence"]


def test_near_miss_the_host_read_from_the_environment_stays_a_pass(tmp_path):
    files = {"app/contact.ts": ACTION.format(host="process.env.SMTP_HOST"), ".env.example": ENV + "SMTP_HOST=smtp.exemple.fr\n",
             "package.json": PKG, "README.md": "# Site\n\nLe site de la commune.\n"}
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "pass", r["message"]
