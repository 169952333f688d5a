"""Issue 12, session 44 fixer fq44 (remifroger/gestion-projet-app): an Express app's controller sends mail through
Nodemailer, ``createTransport({host: "smtp.<provider>", auth: {user: "<mailbox>", pass: "<literal>"}})``. reusability.secrets
said "No secret detected": the key ``pass`` was read by no rule (``password:`` was). A key named just ``pass`` beside a login
key, given a literal, in code naming a server on the Internet (a URL or the transport's ``host:``), is that account's password.
Near misses: an environment read, a placeholder, and an identifier only ending in "pass" (bypass) keep the old verdict."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SECRETS = "reusability.secrets"


def _ctrl(pass_value: str = "'qwhzrtkvmplnbxcd'", key: str = "pass") -> str:
    return ("const nodemailer = require('nodemailer')\n\nmodule.exports = {\n    sendMail: async (req, res) => {\n"
            "        const transporter = nodemailer.createTransport({\n"
            "            host: 'smtp.mailprovider-exemple.com',\n            port: 465,\n            secure: true,\n"
            "            auth: {\n                user: 'agent.projets@mailprovider-exemple.com',\n"
            f"                {key}: {pass_value}\n            }}\n        }})\n"
            "        await transporter.sendMail({ to: req.body.mail, text: req.body.text })\n"
            "        return res.status(200).send({ ok: true })\n    }\n}\n")


def _files(ctrl: str) -> dict:
    return {"src/server/controllers/mailCtrl.js": ctrl,
            "package.json": '{"name": "gestion", "dependencies": {"express": "^4.17.1", "nodemailer": "^6.4.0"}}\n',
            "src/server/app.js": "const express = require('express')\nconst app = express()\napp.listen(process.env.PORT)\n"}


def _hits(res) -> set:
    return {(e["path"].rsplit("/", 1)[-1], e["line"]) for e in res["evidence"]}


def test_a_mail_transports_pass_key_beside_its_user_is_a_password(tmp_path):
    _, res = judge(tmp_path, _files(_ctrl()), [SECRETS])
    r = res[SECRETS]
    assert r["status"] == "fail", r["message"]
    assert ("mailCtrl.js", 11) in _hits(r), r["evidence"]


def test_env_reads_placeholders_and_a_bypass_key_stay_out(tmp_path):
    for name, ctrl in (("a", _ctrl("process.env.SMTP_PASS")), ("b", _ctrl("'your_password'")), ("c", _ctrl(key="bypass"))):
        _, res = judge(tmp_path, _files(ctrl), [SECRETS], name=name)
        assert res[SECRETS]["status"] == "pass", (name, res[SECRETS]["message"])
        assert ("mailCtrl.js", 11) not in _hits(res[SECRETS]), (name, res[SECRETS]["evidence"])
