"""Session 20 (h2, reader m1's mairie-creusot/container-management): a React console's forms show the format of the key to paste
as a placeholder (placeholder="-----BEGIN OPENSSH PRIVATE KEY-----&#10;…": the header, an escaped newline, an ellipsis) and
reusability.secrets failed on "3 probable secrets". A PEM header with no END line after it is a key only when a key's body
(base64) follows it; a header alone, elided, is the shape of a key, not one."""

from __future__ import annotations

import json

from auditor.facts.secret_lines import pem_example
from tests.test_local_authority_verdicts import judge

APP = {
    "package.json": json.dumps({"name": "console", "private": True, "dependencies": {"react": "^18.2.0"}}, indent=2) + "\n",
    "src/main.tsx": "import { createRoot } from 'react-dom/client';\nimport { Form } from './Form';\ncreateRoot(document.body).render(<Form />);\n",
}
BODY = "\n".join("MIIEowIBAAKCAQEAx7Vb2mN4LpQ9rT3wZk8yHdF2sJ6uXcV1bN0" + c * 12 for c in "ABCDEFGHIJKLMNOPQR")


def _form(placeholder: str) -> str:
    return ("export function Form() {\n  return (\n    <form>\n      <label htmlFor=\"k\">Clé</label>\n      <textarea\n        id=\"k\"\n"
            "        rows={3}\n        placeholder=\"" + placeholder + "\"\n        required\n      />\n    </form>\n  );\n}\n")


def _private_keys(report_results) -> list:
    return [e for e in report_results["reusability.secrets"]["evidence"] if "Private Key" in json.dumps(e)]


def test_a_placeholder_showing_a_key_header_is_no_secret(tmp_path):
    files = {**APP, "src/Form.tsx": _form("-----BEGIN OPENSSH PRIVATE KEY-----&#10;…"),
             "src/Tls.tsx": _form("-----BEGIN PRIVATE KEY-----\\n...")}
    res = judge(tmp_path, files, ["reusability.secrets"])[1]
    assert not _private_keys(res), res["reusability.secrets"]
    assert res["reusability.secrets"]["status"] == "pass", res["reusability.secrets"]["message"]


def test_a_key_body_after_the_header_still_is_a_secret(tmp_path):
    # the END line cut off (a truncated file), the body on the next lines or on the header's line after escaped newlines
    cut = {**APP, "deploy/ssh.txt": "-----BEGIN RSA PRIVATE KEY-----\n" + BODY + "\n"}
    assert _private_keys(judge(tmp_path, cut, ["reusability.secrets"], name="a")[1])
    inline = {**APP, "src/key.ts": "export const key = \"-----BEGIN RSA PRIVATE KEY-----\\n" + BODY.replace("\n", "\\n") + "\";\n"}
    assert _private_keys(judge(tmp_path, inline, ["reusability.secrets"], name="b")[1])


def test_the_rule_on_lines():
    assert pem_example('x\n  placeholder="-----BEGIN EC PRIVATE KEY-----&#x0A;…"\n  disabled\n', 2)
    assert not pem_example("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\n" + BODY + "\n", 1)
    assert not pem_example("PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: k\n", 1)  # another format: as before
