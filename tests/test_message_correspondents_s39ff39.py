"""scaling.personal-data (issue 12, s39 ff39 = reader rc39, Alex7209UwU/mail2pdf-nextgen): a commune's mail converter models each uploaded
e-mail as a dataclass EmailMessage(subject, sender, recipients, cc, bcc, date, body…), filled from the message's From/To/Cc: people's
addresses, yet "1 model read: no personal-data field". A message's correspondents (recipients, bcc, reply_to, destinataires) are
personal data; "sender" or "cc" alone are not. Near miss: a job model with a sender queue name and a cc field code stays clean."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

MODEL = ("from dataclasses import dataclass, field\nfrom typing import List, Optional\n\n\n@dataclass\nclass EmailMessage:\n"
         "    subject: str\n    sender: str\n    recipients: List[str]\n    cc: List[str] = field(default_factory=list)\n"
         "    bcc: List[str] = field(default_factory=list)\n    date: Optional[str] = None\n    body: str = ''\n")
JOB = ("from dataclasses import dataclass\n\n\n@dataclass\nclass Job:\n    title: str\n    sender: str\n    cc: str\n    priority: int = 0\n")
CHECKS = ["scaling.personal-data"]


def _app(model: str) -> dict:
    return {"README.md": "# Convertisseur\n\nConvertit des courriels en PDF.\n", "requirements.txt": "Flask==3.0.0\n",
            "app.py": "from flask import Flask\nfrom main import *\n\napp = Flask(__name__)\n", "main.py": model}


def test_a_message_s_recipients_are_personal_data(tmp_path):
    _, res = kind_and_results(tmp_path, _app(MODEL), CHECKS)
    r = res["scaling.personal-data"]
    assert "Personal data in 1 table(s) or model(s)" in r["message"]["en"] and "correspondents" in r["message"]["en"], r


def test_a_sender_and_cc_alone_are_none(tmp_path):
    _, res = kind_and_results(tmp_path, _app(JOB), CHECKS)
    r = res["scaling.personal-data"]
    assert "correspondents" not in str(r) and "Personal data in" not in r["message"]["en"], r
