"""reusability.secrets (issue 12, session 32, h32 = reader m25o3's 3liz/lizmap-gobsapi-module): a controller's PHPDoc shows the
answer of its sign-in, ``@return jResponseJson token or error code:`` then ``{"token": "<64 random characters>"}`` on the next
doc line; the random string under a key named "token" was taken for a committed key and the check failed.

A doc comment's example (the description of its @return, @example or @response tag, up to the next tag or the block's end) is
written for the reader: a hint to review at most. The same token assigned in the code stays a committed secret."""

from __future__ import annotations

import base64
import hashlib

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
TOKEN = base64.b64encode(hashlib.sha512(b"h32 example").digest()).decode().replace("+", "x").replace("/", "y")[:64]  # (built: none in this file)


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def controller(doc_tag: str, body: str) -> str:
    return ("<?php\n\nclass userCtrl extends jController\n{\n    /**\n     * Logs user into the system and returns a token.\n     *\n"
            "     * @param string username Username of the user to log in\n     *\n"
            f"     * {doc_tag} jResponseJson token or error code:\n     *                       {{\"token\": \"{TOKEN}\"}}\n     */\n"
            f"    public function logUserIn()\n    {{\n        $rep = $this->getResponse('json');\n{body}\n        return $rep;\n    }}\n}}\n")


def test_a_token_shown_in_a_doc_comments_return_is_no_committed_secret(tmp_path):
    r = run(tmp_path, {"README.md": "# API\n", "api/controllers/user.classic.php": controller("@return", "        $rep->data = array();\n")})
    assert r["status"] == "pass", r["message"]  # was fail: 1 probable secret, the docblock's line
    assert TOKEN not in str(r)


def test_the_same_token_assigned_in_the_code_stays_a_secret(tmp_path):
    body = f"        $token = '{TOKEN}';\n        $rep->data = array('token' => $token);\n"
    r = run(tmp_path, {"README.md": "# API\n", "api/controllers/user.classic.php": controller("@return", body)})
    assert r["status"] == "fail", r["message"]
    assert any(e["path"] == "api/controllers/user.classic.php" and e["line"] == 16 for e in r["evidence"]), r["evidence"]
    # (and a doc comment's line outside an example tag, its @param, is not an example either)
    r = run(tmp_path / "p", {"README.md": "# API\n", "api/controllers/user.classic.php": controller("@param", "        $rep->data = array();\n")})
    assert r["status"] == "fail", r["message"]
