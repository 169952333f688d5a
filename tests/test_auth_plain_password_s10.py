"""interoperability.auth: a React front end that signs people in by fetching every account record (with its password) from a
table service and comparing the password typed in the browser was told "local accounts" (score 3), as if a sign-in protected
something (issue 12, session 9's reads). A server comparing an unhashed password is said too; a hash comparison and a form's two
password fields stay "local accounts"."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

AUTH = ["interoperability.auth"]
PKG = json.dumps({"name": "enquete", "private": True, "dependencies": {"react": "^18.2.0", "react-dom": "^18.2.0", "antd": "^5.0.0"},
                  "scripts": {"dev": "vite", "build": "vite build"}})
LOGIN = ('import { Form, Input } from "antd";\nimport { login } from "../../providers/auth";\n\nexport default function Login() {\n'
         '  const submit = (v) => login(v.email, v.password);\n  return (<Form onFinish={submit}><Form.Item name="password">\n'
         '    <Input.Password /></Form.Item></Form>);\n}\n')


def _auth(tmp_path, files):
    return judge(tmp_path, files, AUTH)[1]["interoperability.auth"]


def test_a_password_compared_in_the_browser_with_fetched_account_records_is_exposed(tmp_path):
    api = ('export async function getUsers() {\n  const res = await fetch("/api/table/Users/records");\n  return (await res.json()).records;\n}\n\n'
           'export async function loginUser(email: string, password: string) {\n  const all = await getUsers();\n'
           '  const found = all.find((u) => u.fields.Email === email && u.fields.Password === password);\n'
           '  if (!found) throw new Error("Identifiants incorrects");\n  return found;\n}\n')
    r = _auth(tmp_path, {"package.json": PKG, "src/pages/login/index.tsx": LOGIN, "src/domains/users/api.ts": api,
                         "README.md": "# Enquête\n\nEnquête mobilité des salariés.\n"})
    assert r["score"] == 0, r["message"]
    assert "navigateur" in r["message"]["fr"] and r["evidence"][0]["path"] == "src/domains/users/api.ts"


def test_a_hash_comparison_and_a_forms_two_fields_stay_local_accounts(tmp_path):
    signup = ('export function check(values) {\n  if (values.password !== values.password2) return "différents";\n'
              '  if (values.password === values.confirmPassword) return null;\n}\n')
    server = ('const bcrypt = require("bcrypt");\nexports.login = async (user, password) => bcrypt.compare(password, user.password);\n'
              'exports.same = (user, hashedPassword) => user.password === hashedPassword;\n')
    r = _auth(tmp_path, {"package.json": PKG, "src/pages/login/index.tsx": LOGIN, "src/pages/signup/check.ts": signup,
                         "server/auth.js": server, "README.md": "# Enquête\n\nEnquête mobilité des salariés.\n"})
    assert r["score"] == 3, r["message"]
