"""A made-up private address under a "mock" comment is no internal server (issue 12, s45 fj45).

Real case: D-OTIsud/badgeuse_oti, src/components/AdminPage.tsx: under the comment "// IP et GPS mock", a handler fills the admin
form with a stand-in client address, setIp('192.168.1.100'), until the real one is read. scaling.hosting counted it as "1 internal
connection" and advised reading "the internal server address" from the environment: any private IPv4 literal was taken for a server
the app calls, whatever the code said of it. Near miss: the same call under a comment naming a real server ("// adresse du
serveur de pointage") stays an internal connection.
"""
from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CHECK = "scaling.hosting"
BASE = {"README.md": "# Pointeuse\n\nApplication de pointage.\n", "package.json": '{"name": "pointeuse", "private": true, "scripts": {"build": "vite build"}}\n'}


def _form(comment: str) -> str:
    return ("import { useState } from 'react';\n\nexport const Admin = () => {\n  const [ip, setIp] = useState('');\n\n"
            f"  {comment}\n  const remplir = async () => {{\n    setIp('10.20.30.40');\n    return ip;\n  }};\n\n"
            "  return <button onClick={remplir}>{ip}</button>;\n};\n")


def _internal(tmp_path, comment, name):
    res = results(run(build(tmp_path / name, {**BASE, "src/Admin.tsx": _form(comment)}), tmp_path / f"c-{name}", only=[CHECK]))[CHECK]
    return res, [e["value"]["internal"] for e in res["evidence"] if "internal" in (e.get("value") or {})]


def test_an_address_under_a_mock_comment_is_no_internal_server(tmp_path):
    res, internal = _internal(tmp_path, "// IP et position factices (mock)", "mock")
    assert internal == [] and res["status"] == "pass", res


def test_near_miss_the_same_address_named_as_a_server_stays_internal(tmp_path):
    res, internal = _internal(tmp_path, "// adresse du serveur de pointage", "server")
    assert internal and res["status"] == "warn", res
